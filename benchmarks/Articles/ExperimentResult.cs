namespace Concurrency.Benchmarks.Articles;

/// <summary>Both halves of one experiment and the rows computed from them.</summary>
/// <param name="Experiment">The experiment.</param>
/// <param name="Python">The CPython half, or why it did not run.</param>
/// <param name="DotNet">The .NET half.</param>
internal sealed record ExperimentResult(ArticleExperiment Experiment, PythonOutcome Python, DotNetOutcome DotNet)
{
    /// <summary>The CPython rows, then the .NET rows, each in <see cref="ModelOrder"/>.</summary>
    public IReadOnlyList<ArticleRow> Rows { get; } =
    [
        .. ArticleFigures.Rows(Experiment.Name, Runtimes.CPython, PythonMeasurements(Python.Run), ArticlesPlan.Tasks),
        .. ArticleFigures.Rows(Experiment.Name, Runtimes.DotNet, DotNet.Measurements, ArticlesPlan.Tasks),
    ];

    /// <summary>One task's cost in a runtime: its sequential row's per-task time, or null where it did not run.</summary>
    public double? SequentialTaskMs(string runtime) =>
        Rows.FirstOrDefault(row => row.Runtime == runtime && row.Model == Runtimes.SequentialModel(runtime))?.PerTaskMs;

    private static IReadOnlyList<ModelMeasurements> PythonMeasurements(PythonRunRecord? run) =>
        run is null ? [] : [.. run.Runs.Select(measured => new ModelMeasurements(Runtimes.CPython, measured.Model, measured.Workers, measured.MeasurementsMs))];
}
