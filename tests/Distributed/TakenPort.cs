using System.Net;
using System.Net.Sockets;

namespace Concurrency.Tests.Distributed;

/// <summary>A loopback port this process listens on, so a silo told to use it cannot start; disposing frees it.</summary>
internal sealed class TakenPort : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public TakenPort()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    public void Dispose() => _listener.Dispose();
}
