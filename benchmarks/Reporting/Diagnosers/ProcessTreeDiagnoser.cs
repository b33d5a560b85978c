using System.Collections.Concurrent;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// A diagnoser that watches the benchmark process and every process it started over the measured workload runs only:
/// a <typeparamref name="TProbe"/> is started at <see cref="HostSignal.BeforeActualRun"/> and stopped at
/// <see cref="HostSignal.AfterActualRun"/>, while the benchmark waits for the host, into a
/// <typeparamref name="TReading"/> per case that becomes the case's metrics.
/// </summary>
/// <remarks>
/// The host watches while the benchmark waits for it, so the diagnoser rides along with the measured run
/// (<see cref="RunMode.NoOverhead"/>) instead of asking BenchmarkDotNet for an extra one.
/// </remarks>
internal abstract class ProcessTreeDiagnoser<TProbe, TReading> : IDiagnoser
{
    private readonly ConcurrentDictionary<BenchmarkCase, TProbe> _probes = new();
    private readonly ConcurrentDictionary<BenchmarkCase, TReading> _readings = new();

    public IEnumerable<string> Ids => [GetType().Name];

    public IEnumerable<IExporter> Exporters => [];

    public IEnumerable<IAnalyser> Analysers => [];

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        // Both toolchains call this in the host: out of process, Process is the benchmark child; in process, ourselves.
        switch (signal)
        {
            case HostSignal.BeforeActualRun:
                // A case that failed inside its window never stopped its probe (one case runs at a time): a probe that
                // holds a resource (PeakSampler's thread) is released here.
                foreach (var stale in _probes.Keys)
                {
                    if (_probes.TryRemove(stale, out var leftover) && leftover is IDisposable disposable)
                    {
                        disposable.Dispose();
                    }
                }

                _probes[parameters.BenchmarkCase] = Start(parameters.Process.Id);
                break;
            case HostSignal.AfterActualRun when _probes.TryRemove(parameters.BenchmarkCase, out var probe):
                _readings[parameters.BenchmarkCase] = Stop(probe);
                break;
        }
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        if (!_readings.TryRemove(results.BenchmarkCase, out var reading))
        {
            yield break;
        }

        foreach (var metric in Metrics(reading, results))
        {
            yield return metric;
        }
    }

    /// <summary>Starts watching the tree rooted at <paramref name="rootProcessId"/> as the measured runs begin.</summary>
    protected abstract TProbe Start(int rootProcessId);

    /// <summary>Stops watching as the measured runs end, with what was seen.</summary>
    protected abstract TReading Stop(TProbe probe);

    /// <summary>The case's metrics from its reading; none where the reading cannot be honest.</summary>
    protected abstract IEnumerable<Metric> Metrics(TReading reading, DiagnoserResults results);
}
