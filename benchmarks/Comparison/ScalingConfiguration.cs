namespace Concurrency.Benchmarks.Comparison;

/// <summary>
/// One hardware configuration of the scaling report: one job of one result set. A machine's run is one; a run
/// with <c>--cores 1,2</c> is one per core count, each pinned to its cores by its job.
/// </summary>
/// <param name="Set">The result set the job ran in.</param>
/// <param name="Job">The job as BenchmarkDotNet displays it.</param>
/// <param name="Cases">The job's scaling cases.</param>
internal sealed record ScalingConfiguration(ResultSet Set, string Job, IReadOnlyList<ScalingCase> Cases)
{
    /// <summary>The cores C the job could use, as saved with its figures; null if no case has figures.</summary>
    public int? UsableCores => Cases.Select(scalingCase => scalingCase.Figures?.UsableCores).FirstOrDefault(cores => cores is not null);
}
