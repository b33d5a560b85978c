namespace Concurrency.Benchmarks.Articles;

/// <summary>Everything one <c>articles</c> run measured, and where and how.</summary>
/// <param name="Plan">The worker counts and batches.</param>
/// <param name="Python">The interpreter, or null when none could run.</param>
/// <param name="PythonProblem">Why no interpreter could run, or null.</param>
/// <param name="Experiments">Each experiment's result, in <see cref="ArticleExperiment.All"/> order.</param>
/// <param name="Started">When the run started.</param>
/// <param name="Wall">How long it took, both runtimes and all set-up.</param>
internal sealed record ArticlesReport(
    ArticlesPlan Plan,
    PythonInfoRecord? Python,
    string? PythonProblem,
    IReadOnlyList<ExperimentResult> Experiments,
    DateTimeOffset Started,
    TimeSpan Wall)
{
    public IReadOnlyList<ArticleRow> Rows => [.. Experiments.SelectMany(experiment => experiment.Rows)];

    /// <summary>True when something that should have run did not: a Python run failed, or a .NET case.</summary>
    public bool Failed => Experiments.Any(experiment => experiment.Python.Failed || experiment.DotNet.Failures.Count > 0);
}
