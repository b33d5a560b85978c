namespace Concurrency.Benchmarks.Articles;

/// <summary>Which Python ran (<c>python3 -m articles info</c>, and inside every run's JSON): what the report records.</summary>
/// <param name="Implementation">e.g. CPython.</param>
/// <param name="Version">e.g. 3.11.2.</param>
/// <param name="Executable">The interpreter's path as Python sees it.</param>
/// <param name="Numpy">NumPy's version, or null when it cannot be imported.</param>
/// <param name="NumpyError">Why NumPy cannot be imported, or null.</param>
/// <param name="StartMethod">multiprocessing's start method (fork, forkserver, spawn): what a new process costs.</param>
/// <param name="CpuCount">os.cpu_count().</param>
internal sealed record PythonInfoRecord(
    string Implementation,
    string Version,
    string Executable,
    string? Numpy,
    string? NumpyError,
    string StartMethod,
    int? CpuCount);
