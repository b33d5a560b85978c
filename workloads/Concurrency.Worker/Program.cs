namespace Concurrency.Worker;

/// <summary>
/// The worker's entry point. An explicit class rather than top-level statements: ASP.NET Core (which the
/// workload library references for its HTTP server) would make a top-level <c>Program</c> public and global.
/// </summary>
internal static class Program
{
    // Reads requests from stdin until it closes, then exits: a parent that dies leaves no orphan behind.
    private static int Main() => WorkerHost.Run(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
}
