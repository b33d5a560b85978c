using System.Diagnostics;
using System.Net.Sockets;
using Concurrency.Distributed;
using Concurrency.Distributed.Hosting;

namespace Concurrency.Tests.Distributed;

/// <summary>
/// A real redis-server (the one CI installs) on 127.0.0.1 and a free port, with a password, persisting nothing, in a
/// folder of its own; disposing stops it and deletes the folder.
/// </summary>
internal sealed class RedisServer : IDisposable
{
    private const string Executable = "/usr/bin/redis-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly string _folder;

    private RedisServer(Process process, string folder, RedisAddress address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public RedisAddress Address { get; }

    public static RedisServer Start(string password)
    {
        TestCategories.RequireSlow("a redis-server");
        Prerequisites.Require("redis-server", File.Exists(Executable), $"the Redis clustering tests start {Executable}");
        int port = FreePorts.Take(1)[0];
        string folder = Directory.CreateTempSubdirectory("redis-").FullName;
        var start = new ProcessStartInfo(Executable) { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = folder };
        foreach (string argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder, "--requirepass", password })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        var server = new RedisServer(process, folder, new RedisAddress("127.0.0.1", port, password));
        try
        {
            server.WaitUntilListening();
            return server;
        }
        catch
        {
            // A server that never listened is no fixture's to stop: stop it here, or it outlives the test run.
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            _process.Kill();
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It exited already.
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void WaitUntilListening()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect("127.0.0.1", Address.Port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < StartTimeout && !_process.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }
}
