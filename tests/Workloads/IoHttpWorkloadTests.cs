using System.Net.Sockets;
using Concurrency.Workloads.Http;
using Concurrency.Workloads.Io;

namespace Concurrency.Tests.Workloads;

/// <summary>The HTTP workload and its shared local server: checksum, sharing, start and stop, the child-process address.</summary>
public sealed class IoHttpWorkloadTests
{
    [Test]
    public async Task ChecksumIsTheLatencyTheServerReports()
    {
        await using var workload = new IoHttpWorkload(3);

        Assert.That(workload.Run(0), Is.EqualTo(3));
        Assert.That(await workload.RunAsync(1, CancellationToken.None), Is.EqualTo(3));
    }

    [Test]
    public async Task ServerListensOnLoopbackWhileAWorkloadHoldsIt()
    {
        await using var workload = new IoHttpWorkload(1);

        Assert.That(SharedLatencyServer.IsRunning, Is.True);
        Assert.That(workload.ServerAddress.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(Environment.GetEnvironmentVariable(SharedLatencyServer.AddressVariable), Is.EqualTo(workload.ServerAddress.ToString()));
    }

    [Test]
    public async Task WorkloadsInOneProcessShareOneServer()
    {
        await using var first = new IoHttpWorkload(1);
        await using var second = new IoHttpWorkload(2);

        Assert.That(second.ServerAddress, Is.EqualTo(first.ServerAddress));
    }

    [Test]
    public async Task LastDisposeStopsTheServerAndClosesItsPort()
    {
        var first = new IoHttpWorkload(1);
        var second = new IoHttpWorkload(1);
        var address = first.ServerAddress;
        first.Run(0);

        await first.DisposeAsync();
        Assert.That(second.Run(0), Is.EqualTo(1), "the server stopped while a workload still held it");
        await second.DisposeAsync();

        Assert.That(SharedLatencyServer.IsRunning, Is.False);
        Assert.That(Environment.GetEnvironmentVariable(SharedLatencyServer.AddressVariable), Is.Null);
        using var probe = new TcpClient();
        Assert.That(() => probe.Connect(address.Host, address.Port), Throws.InstanceOf<SocketException>());
    }

    [Test]
    public async Task AnAnnouncedServerIsUsedWithoutStartingOne()
    {
        // What a process-pool worker sees: the variable inherited from its parent, no server of its own.
        const string Announced = "http://127.0.0.1:9/";
        Environment.SetEnvironmentVariable(SharedLatencyServer.AddressVariable, Announced);
        try
        {
            await using var lease = SharedLatencyServer.Acquire();

            Assert.That(lease.BaseAddress.ToString(), Is.EqualTo(Announced));
            Assert.That(SharedLatencyServer.IsRunning, Is.False);
        }
        finally
        {
            Environment.SetEnvironmentVariable(SharedLatencyServer.AddressVariable, null);
        }
    }
}
