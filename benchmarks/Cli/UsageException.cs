namespace Concurrency.Benchmarks.Cli;

/// <summary>Bad input from the user: the CLI prints the message alone and exits with <see cref="ExitCodes.BadInput"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
