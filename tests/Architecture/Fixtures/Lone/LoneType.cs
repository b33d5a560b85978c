using Concurrency.Tests.Architecture.Fixtures.Ping.Inner;

namespace Concurrency.Tests.Architecture.Fixtures.Lone;

/// <summary>Used by Ping and using Ping.Inner: a cycle only to a check that takes Ping.Inner for Ping.</summary>
internal sealed record LoneType(InnerType Inner);
