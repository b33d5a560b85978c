namespace Concurrency.Benchmarks.Articles;

/// <summary>What <c>python3 -m articles run</c> prints: one experiment, calibrated, under every model.</summary>
/// <param name="Experiment">e.g. <c>cpu-countdown</c>.</param>
/// <param name="Workload">The .NET workload it matches.</param>
/// <param name="Python">The interpreter.</param>
/// <param name="Size">The task size the calibration picked (or was given).</param>
/// <param name="Unit">What the size counts.</param>
/// <param name="TargetMs">The time one task was calibrated to.</param>
/// <param name="CalibrationMs">One task's median time at that size during calibration; null where the size is the latency.</param>
/// <param name="Tasks">Tasks per batch.</param>
/// <param name="Warmup">Unmeasured batches per case.</param>
/// <param name="Repetitions">Measured batches per case.</param>
/// <param name="TaskChecksum">One task's checksum, which every task of every batch matched.</param>
/// <param name="Runs">One entry per model and worker count.</param>
internal sealed record PythonRunRecord(
    string Experiment,
    string Workload,
    PythonInfoRecord Python,
    long Size,
    string Unit,
    double TargetMs,
    double? CalibrationMs,
    int Tasks,
    int Warmup,
    int Repetitions,
    long TaskChecksum,
    IReadOnlyList<PythonModelRunRecord> Runs);
