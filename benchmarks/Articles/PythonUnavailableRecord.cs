namespace Concurrency.Benchmarks.Articles;

/// <summary>What the Python side prints, with exit code 3, for an experiment this interpreter cannot run (no NumPy).</summary>
/// <param name="Unavailable">Why, naming the interpreter and the missing module.</param>
/// <param name="Python">The interpreter.</param>
internal sealed record PythonUnavailableRecord(string Unavailable, PythonInfoRecord Python);
