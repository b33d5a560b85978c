using Concurrency.Tests.Architecture.Fixtures.Ping;

namespace Concurrency.Tests.Architecture.Fixtures.Pong;

/// <summary>Uses Ping back, closing the cycle.</summary>
internal sealed record PongType(PingType Ping);
