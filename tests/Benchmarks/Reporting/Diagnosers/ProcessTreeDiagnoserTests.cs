using System.Diagnostics;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Benchmarks.Suites;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

/// <summary>The measured-window bookkeeping both process-tree diagnosers share, on probes that only record calls.</summary>
public sealed class ProcessTreeDiagnoserTests
{
    private static readonly BenchmarkCase[] Cases = BenchmarkConverter.TypeToBenchmarks(
        typeof(Scaling),
        SuiteConfig.Create(new SuiteOptions(null, null, null, null, FirstRun: true, ReplacementJob: FirstRunJob.Job))).BenchmarksCases;

    private Process? _process;

    [SetUp]
    public void FindProcess() => _process = Process.GetCurrentProcess();

    [TearDown]
    public void DisposeProcess() => _process?.Dispose();

    private Process CurrentProcess => _process ?? throw new InvalidOperationException("the set-up did not run");

    [Test]
    public void Handle_BeforeActualRun_StartsAProbeOnTheBenchmarkProcess()
    {
        var diagnoser = new RecordingDiagnoser();

        diagnoser.Handle(HostSignal.BeforeActualRun, Parameters(Cases[0]));

        Assert.That(diagnoser.Probes.Single().RootProcessId, Is.EqualTo(CurrentProcess.Id));
    }

    [Test]
    public void Handle_AfterActualRun_StopsThatCasesProbe()
    {
        var diagnoser = new RecordingDiagnoser();
        diagnoser.Handle(HostSignal.BeforeActualRun, Parameters(Cases[0]));

        diagnoser.Handle(HostSignal.AfterActualRun, Parameters(Cases[0]));

        Assert.That(diagnoser.Probes.Single().Stopped, Is.True);
    }

    [Test]
    public void Handle_NextCaseStartsWhileAProbeIsLeftOver_DisposesTheLeftover()
    {
        var diagnoser = new RecordingDiagnoser();
        diagnoser.Handle(HostSignal.BeforeActualRun, Parameters(Cases[0]));

        diagnoser.Handle(HostSignal.BeforeActualRun, Parameters(Cases[1]));

        Assert.That(diagnoser.Probes.Select(probe => probe.Disposed), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void Ids_AreTheDiagnosersTypeNames()
    {
        string[] ids = [.. CpuUsageDiagnoser.Default.Ids, .. ResidentMemoryDiagnoser.Default.Ids];

        Assert.That(ids, Is.EqualTo(new[] { nameof(CpuUsageDiagnoser), nameof(ResidentMemoryDiagnoser) }));
    }

    private DiagnoserActionParameters Parameters(BenchmarkCase benchmarkCase) =>
        new(CurrentProcess, benchmarkCase, new BenchmarkId(0, benchmarkCase));

    private sealed class RecordingProbe(int rootProcessId) : IDisposable
    {
        public int RootProcessId { get; } = rootProcessId;

        public bool Stopped { get; set; }

        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    private sealed class RecordingDiagnoser : ProcessTreeDiagnoser<RecordingProbe, int>
    {
        public List<RecordingProbe> Probes { get; } = [];

        protected override RecordingProbe Start(int rootProcessId)
        {
            var probe = new RecordingProbe(rootProcessId);
            Probes.Add(probe);
            return probe;
        }

        protected override int Stop(RecordingProbe probe)
        {
            probe.Stopped = true;
            return probe.RootProcessId;
        }

        protected override IEnumerable<Metric> Metrics(int reading, DiagnoserResults results) => [];
    }
}
