namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// The models side by side: each CPython model with its .NET counterparts, in the order the tables and charts list
/// them, and each one's colour in the charts (a Category20 index: a CPython model and its counterpart share a hue, dark
/// and light). <c>multiprocessing.Process</c> starts its processes inside every batch and has no counterpart among the
/// .NET cases the comparison runs (ProcessPerTask is the suite's nearest).
/// </summary>
internal static class ModelOrder
{
    private static readonly (string Runtime, string Model, int Colour)[] Rows =
    [
        (Runtimes.CPython, Runtimes.CPythonSequential, 0), (Runtimes.DotNet, Runtimes.DotNetSequential, 1),
        (Runtimes.CPython, "threading.Thread", 2), (Runtimes.DotNet, "Threads", 3), (Runtimes.DotNet, "GilThreads", 16),
        (Runtimes.CPython, "ThreadPoolExecutor", 4), (Runtimes.DotNet, "ThreadPool", 5),
        (Runtimes.CPython, "multiprocessing.Process", 14),
        (Runtimes.CPython, "ProcessPoolExecutor", 8), (Runtimes.DotNet, "ProcessPool", 9),
        (Runtimes.CPython, "asyncio", 10), (Runtimes.DotNet, "TaskWhenAll", 11),
    ];

    /// <summary>The row's place; a model not listed goes last.</summary>
    public static int Of(string runtime, string model)
    {
        int index = Array.FindIndex(Rows, row => row.Runtime == runtime && row.Model == model);
        return index >= 0 ? index : Rows.Length;
    }

    /// <summary>The model's colour in the charts' palette; a model not listed gets one no listed model uses.</summary>
    public static int Colour(string runtime, string model) =>
        Of(runtime, model) is var index && index < Rows.Length ? Rows[index].Colour : 18;
}
