namespace Concurrency.Benchmarks.Results;

/// <summary>
/// Bad input from the user (an unknown name, a missing or corrupt result file): the entry point prints the message
/// alone and exits with 2. It lives here, at the bottom of the suite's namespaces, so the libraries that throw it
/// (Comparison, Configuration, Reporting) need not reach the CLI that catches it.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
