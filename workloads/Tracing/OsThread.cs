using System.Runtime.InteropServices;

namespace Concurrency.Workloads.Tracing;

/// <summary>The operating system's id of the calling thread, which .NET does not expose; it names the thread in <c>/proc</c>.</summary>
internal static class OsThread
{
    /// <summary>The calling thread's Linux thread id, or 0 on other systems.</summary>
    public static int CurrentId() => OperatingSystem.IsLinux() ? GetTid() : 0;

    // DllImport, not LibraryImport: this library builds without unsafe code, and gettid has nothing to marshal.
    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();
}
