using System.Net;
using System.Net.Sockets;
using Orleans.Configuration;

namespace Concurrency.Distributed;

/// <summary>
/// TCP ports free on 127.0.0.1 right now, chosen by the operating system, never Orleans' defaults (11111, 30000): a
/// local cluster must not meet a developer's own silo. A port can be taken between here and the silo's bind; the silo
/// then fails to start with an error that names the port.
/// </summary>
internal static class FreePorts
{
    public static int[] Take(int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            while (listeners.Count < count)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                if (Port(listener) is EndpointOptions.DEFAULT_SILO_PORT or EndpointOptions.DEFAULT_GATEWAY_PORT)
                {
                    listener.Stop();
                    continue;
                }

                listeners.Add(listener);
            }

            return [.. listeners.Select(Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;
}
