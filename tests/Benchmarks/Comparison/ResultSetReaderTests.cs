using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Comparison;
using Concurrency.Benchmarks.Results;
using Concurrency.Workloads;

using static Concurrency.Tests.Benchmarks.Comparison.FullJsonReports;

namespace Concurrency.Tests.Benchmarks.Comparison;

public sealed class ResultSetReaderTests
{
    private string _root = "";

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("reader-").FullName;

    [TearDown]
    public void DeleteRoot() => ScratchFolders.Delete(_root);

    [Test]
    public void OnlyMeasuredIterationsAreReadPerOperation()
    {
        Write(_root, Case("Workload=CpuCountdown&Workers=2", [10, 20, 30]));

        Assert.That(ResultSetReader.Read(_root).Cases.Single().Measurements, Is.EqualTo(new double[] { 10, 20, 30 }));
    }

    [Test]
    public void CaseKeyHoldsMethodTypedParametersAndJob()
    {
        Write(_root, Case("Workload=CpuCountdown&Workers=2", [10, 20]));

        var result = ResultSetReader.Read(_root).Cases.Single();

        Assert.That(
            (result.Key, result.FullName, result.DisplayName),
            Is.EqualTo((
                new CaseKey("Scaling.RunBatch", WorkloadKind.CpuCountdown, null, 2, "", Job),
                "Concurrency.Benchmarks.Suites.Scaling.RunBatch(Workload: CpuCountdown, Workers: 2)",
                "Scaling.RunBatch [Workload=CpuCountdown, Workers=2]")));
    }

    [Test]
    public void CaseIsShownWithItsParametersInTheReportsOrder()
    {
        Write(_root, Case("Workers=2&Workload=CpuCountdown&Strategy=Threads", [10, 20]));

        Assert.That(ResultSetReader.Read(_root).Cases.Single().DisplayName, Is.EqualTo("Scaling.RunBatch [Workers=2, Workload=CpuCountdown, Strategy=Threads]"));
    }

    [Test]
    public void UnknownWorkload_IsBadInputNamingFileCaseAndValue()
    {
        string file = Write(_root, Case("Workload=CpuCountdwn&Strategy=Threads&Workers=2", [10, 20]));

        var error = Assert.Throws<UsageException>(() => ResultSetReader.Read(_root));

        Assert.That(error!.Message, Does.StartWith($"{file}: benchmark #1: Workload=CpuCountdwn: not a workload").And.Contain("CpuCountdown"));
    }

    [Test]
    public void EnvironmentComesFromTheHostInfo()
    {
        Write(_root, Case("Workload=CpuCountdown&Workers=2", [10, 20]));

        Assert.That(ResultSetReader.Read(_root).Environment, Is.EqualTo(new MachineEnvironment("Test CPU", 2, 2, "Linux Test OS", ".NET 10.0.0")));
    }

    [Test]
    public void AFullJsonFileIsReadDirectly()
    {
        string file = Write(_root, Case("Workload=CpuCountdown&Workers=2", [10, 20]));

        Assert.That(ResultSetReader.Read(file).Cases, Has.Count.EqualTo(1));
    }

    [Test]
    public void CompressedReportIsRead()
    {
        string file = Write(_root, Case("Workload=CpuCountdown&Workers=2", [10, 20]));
        File.Move(file, file.Replace("-report-full.json", "-report-full-compressed.json", StringComparison.Ordinal));

        Assert.That(ResultSetReader.Read(_root).Cases, Has.Count.EqualTo(1));
    }

    [Test]
    public void CompressedTwinOfAFullReportIsNotReadTwice()
    {
        string file = Write(_root, Case("Workload=CpuCountdown&Workers=2", [10, 20]));
        File.Copy(file, file.Replace("-report-full.json", "-report-full-compressed.json", StringComparison.Ordinal));

        Assert.That(ResultSetReader.Read(_root).Cases, Has.Count.EqualTo(1));
    }

    [Test]
    public void MissingFolderIsBadInput()
    {
        AssertBadInput(Path.Combine(_root, "nope"), "no such file or folder");
    }

    [Test]
    public void FolderWithoutReportIsBadInput()
    {
        File.WriteAllText(Path.Combine(_root, "notes.json"), "{}");

        AssertBadInput(_root, "no BenchmarkDotNet full JSON report");
    }

    [Test]
    public void CorruptJsonIsBadInputNamingTheFile()
    {
        string file = Write(_root, Case("Workload=CpuCountdown&Workers=2", [10, 20]));
        File.WriteAllText(file, "{ \"Benchmarks\": [ {");

        AssertBadInput(_root, $"{file}: not valid JSON");
    }

    [Test]
    public void JsonThatIsNotAReportIsBadInput()
    {
        string file = Write(_root, Case("Workload=CpuCountdown&Workers=2", [10, 20]));
        File.WriteAllText(file, "{ \"Title\": \"x\" }");

        AssertBadInput(_root, $"{file}: not a BenchmarkDotNet full JSON report");
    }

    [Test]
    public void ReportWithoutAFullName_IsBadInputNamingTheField()
    {
        string file = Write(_root, Case("Workload=CpuCountdown&Workers=2", [10, 20]));
        File.WriteAllText(file, "{ \"Benchmarks\": [ { \"DisplayInfo\": \"Scaling.RunBatch: Dry\" } ] }");

        var error = Assert.Throws<UsageException>(() => ResultSetReader.Read(_root));

        Assert.That(error!.Message, Does.StartWith($"{file}: not a BenchmarkDotNet full JSON report").And.Contain("'FullName'"));
    }

    [Test]
    public void NaNMean_ReadsAsNoMean()
    {
        string file = Write(_root, Case("Workload=CpuCountdown&Workers=2", [10, 20]));
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"Mean\":15", "\"Mean\":\"\"", StringComparison.Ordinal));

        Assert.That(ResultSetReader.Read(_root).Cases.Single().Mean, Is.Null);
    }

    [Test]
    public void SavedScalingFigures_AreReadAsSaved()
    {
        var figures = Figures(usableCores: 1, speedup: 1.6, efficiency: 1.6);
        Write(_root, Case("Workload=CpuCountdown&Strategy=Threads&Workers=2", [10, 20], scaling: figures));

        Assert.That(ResultSetReader.Read(_root).Cases.Single().Scaling, Is.EqualTo(figures));
    }

    [Test]
    public void ScalingWithoutFigures_IsBadInput()
    {
        string file = Write(_root, Case("Workload=CpuCountdown&Strategy=Threads&Workers=2", [10, 20], scaling: Figures(2, 1, 1)));
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"UsableCores\":2", "\"UsableCores\":0", StringComparison.Ordinal));

        AssertBadInput(_root, $"{file}: benchmark #1: 'Scaling' needs UsableCores ≥ 1");
    }

    [Test]
    public void SeveralRunsUnderOneFolderAreAmbiguous()
    {
        Write(Path.Combine(_root, "20260101T000000Z"), Case("Workload=CpuCountdown&Workers=2", [10, 20]));
        Write(Path.Combine(_root, "20260102T000000Z"), Case("Workload=CpuCountdown&Workers=2", [10, 20]));

        AssertBadInput(_root, "holds 2 result sets; pass one of them");
    }

    private static void AssertBadInput(string path, string reason)
    {
        var error = Assert.Throws<UsageException>(() => ResultSetReader.Read(path));

        Assert.That(error!.Message, Does.Contain(reason));
    }
}
