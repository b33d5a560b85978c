using System.Runtime;

namespace Concurrency.Benchmarks.WarmUp;

/// <summary>
/// Waits for the runtime's compiler before a case is measured. The runtime compiles a method quickly first, then again,
/// optimised, on a background thread after 30 calls (twice with tiered PGO); a workload that runs much code (the HTTP
/// stack) spends 0.9 s of compilation over its first 3–4 s of batches. Measured inside that time, its CPU share reads
/// twice what it is (IoHttp Sequential: 0.13–0.14 in full runs without this warm-up, 0.06 with it) and its iterations
/// drift downwards.
/// </summary>
internal static class CompilerWarmUp
{
    /// <summary>How long the compiler must stay quiet: five call-counting delays of the runtime's tiering (100 ms each).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Compilation that still counts as quiet: 1 % of the window. Traced on 20 Scaling cases for 10 s of batches each,
    /// 11–97 ms of their 25–1,478 ms of compilation came after that point.
    /// </summary>
    public static readonly TimeSpan Quiet = Window / 100;

    /// <summary>The time this process's compiler has spent, all threads together.</summary>
    public static WarmUpSignal OfThisProcess() =>
        new("compilation", () => JitInfo.GetCompilationTime().Ticks, Window, Quiet.Ticks);
}
