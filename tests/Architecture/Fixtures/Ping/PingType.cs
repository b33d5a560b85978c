using Concurrency.Tests.Architecture.Fixtures.Lone;
using Concurrency.Tests.Architecture.Fixtures.Pong;

namespace Concurrency.Tests.Architecture.Fixtures.Ping;

/// <summary>Uses Lone directly, and Pong only through its nested type: Ping ↔ Pong is the fixture's one cycle.</summary>
internal sealed record PingType(LoneType Lone)
{
    internal sealed record Echo(PongType Pong);
}
