using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Articles;

/// <summary>One of the articles' experiments: its name in both runtimes' results and the .NET workload it matches.</summary>
/// <param name="Name">The name on the Python command line and in <c>articles.json</c>, e.g. <c>cpu-countdown</c>.</param>
/// <param name="Workload">The .NET workload that does the same task with the same checksum.</param>
/// <param name="NeedsNumPy">True where the Python side needs NumPy.</param>
/// <param name="Unit">What a size counts in the .NET workload (the Python module says its own).</param>
/// <param name="Note">What differs between the two runtimes' tasks beyond their size, for the report; null where nothing does.</param>
internal sealed record ArticleExperiment(string Name, WorkloadKind Workload, bool NeedsNumPy, string Unit, string? Note = null)
{
    private const string FloatWidths =
        "CPython's arrays are float64 (the checksum stays exact whatever NumPy's summation order), .NET's float32 (TensorPrimitives).";

    /// <summary>The articles' experiments, in the order the reports show them.</summary>
    public static IReadOnlyList<ArticleExperiment> All { get; } =
    [
        new("cpu-countdown", WorkloadKind.CpuCountdown, NeedsNumPy: false, "steps"),
        new("sleep", WorkloadKind.IoSleep, NeedsNumPy: false, "ms",
            "Both runtimes block in their sleep (time.sleep, Thread.Sleep), except asyncio, which awaits asyncio.sleep. .NET's "
            + "TaskWhenAll runs the blocking Thread.Sleep, so one task at a time: async/await over a blocking call does not overlap; "
            + "its awaiting counterpart is the IoDelay workload (Task.Delay) of the Scaling suite."),
        new("download", WorkloadKind.IoHttp, NeedsNumPy: false, "ms",
            "CPython's urllib opens a connection per request, as the article's did; .NET's HttpClient keeps its connections."),
        new("file-write", WorkloadKind.IoFile, NeedsNumPy: false, "KiB"),
        new("numpy-add", WorkloadKind.MemAdd, NeedsNumPy: true, "elements", FloatWidths),
        new("numpy-dot", WorkloadKind.MemDot, NeedsNumPy: true, "elements", FloatWidths),
        new("sha256", WorkloadKind.CpuHash, NeedsNumPy: false, "bytes"),
    ];
}
