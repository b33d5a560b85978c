namespace Concurrency.Tests.Architecture.Fixtures.Ping.Inner;

/// <summary>A type under Ping's namespace: using it is not using Ping.</summary>
internal sealed record InnerType(int Value);
