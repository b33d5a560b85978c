using System.Runtime;

namespace Concurrency.Benchmarks.WarmUp;

/// <summary>
/// Waits for the runtime's compiler before a case is measured. The runtime compiles a method quickly first, then again,
/// optimised, on a background thread after 30 calls (twice with tiered PGO); a workload that runs much code (the HTTP
/// stack) is still being recompiled over its first seconds of batches, and measured inside that time its CPU share
/// reads high and its iterations drift downwards (the runs that showed it: docs/CALIBRATION.md).
/// </summary>
internal static class CompilerWarmUp
{
    /// <summary>How long the compiler must stay quiet: five call-counting delays of the runtime's tiering (100 ms each).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Compilation that still counts as quiet: 1 % of the window; on traced cases little compilation came after that
    /// point (docs/CALIBRATION.md).
    /// </summary>
    public static readonly TimeSpan Quiet = Window / 100;

    /// <summary>The time this process's compiler has spent, all threads together.</summary>
    public static WarmUpSignal OfThisProcess() =>
        new("compilation", () => JitInfo.GetCompilationTime().Ticks, Window, Quiet.Ticks);
}
