using System.Diagnostics;

namespace Concurrency.Strategies;

/// <summary>
/// Every live child process a strategy started (worker processes, silos), killed when this process exits or Ctrl-C
/// stops it. The children also exit on their own when their stdin closes, which covers a parent that dies without
/// running these handlers. One registry for every kind of child, so no strategy's children can outlive the suite.
/// </summary>
public static class ChildProcessRegistry
{
    private static readonly HashSet<Process> Live = [];

    static ChildProcessRegistry()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
    }

    public static void Add(Process process)
    {
        lock (Live)
        {
            Live.Add(process);
        }
    }

    public static void Remove(Process process)
    {
        lock (Live)
        {
            Live.Remove(process);
        }
    }

    private static void KillAll()
    {
        Process[] live;
        lock (Live)
        {
            live = [.. Live];
        }

        foreach (var process in live)
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already exited.
            }
        }
    }
}
