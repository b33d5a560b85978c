namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// The models side by side: each CPython model with its .NET counterparts, in the order the tables and charts list
/// them. <c>multiprocessing.Process</c> starts its processes inside every batch and has no counterpart among the .NET
/// cases the comparison runs (ProcessPerTask is the suite's nearest).
/// </summary>
internal static class ModelOrder
{
    private static readonly (string Runtime, string Model)[] Rows =
    [
        (Runtimes.CPython, Runtimes.CPythonSequential), (Runtimes.DotNet, Runtimes.DotNetSequential),
        (Runtimes.CPython, "threading.Thread"), (Runtimes.DotNet, "Threads"), (Runtimes.DotNet, "GilThreads"),
        (Runtimes.CPython, "ThreadPoolExecutor"), (Runtimes.DotNet, "ThreadPool"),
        (Runtimes.CPython, "multiprocessing.Process"),
        (Runtimes.CPython, "ProcessPoolExecutor"), (Runtimes.DotNet, "ProcessPool"),
        (Runtimes.CPython, "asyncio"), (Runtimes.DotNet, "TaskWhenAll"),
    ];

    /// <summary>The row's place; a model not listed goes last.</summary>
    public static int Of(string runtime, string model)
    {
        int index = Array.IndexOf(Rows, (runtime, model));
        return index >= 0 ? index : Rows.Length;
    }
}
