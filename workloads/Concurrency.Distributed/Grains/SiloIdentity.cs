namespace Concurrency.Distributed.Grains;

/// <summary>Which silo a grain lives in: its operating-system process and its Orleans address.</summary>
/// <param name="ProcessId">The silo process's id, valid on the silo's machine.</param>
/// <param name="Address">The silo's Orleans address (<c>S127.0.0.1:port:generation</c>).</param>
[GenerateSerializer, Immutable]
public sealed record SiloIdentity([property: Id(0)] int ProcessId, [property: Id(1)] SiloAddress Address)
{
    public override string ToString() => $"silo {Address.Endpoint} (pid {ProcessId})";
}
