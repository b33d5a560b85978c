namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>
/// The scaling columns and the CPU-usage metrics as a reader gets them: from a real (Dry, in-process) run of the CLI,
/// in the CSV and JSON reports. Checks what is shown, never how fast anything was.
/// </summary>
public sealed class ScalingReportTests
{
    private string _artifacts = "";

    [SetUp]
    public void CreateArtifacts() => _artifacts = Directory.CreateTempSubdirectory("scaling-report-").FullName;

    [TearDown]
    public void DeleteArtifacts() => Directory.Delete(_artifacts, recursive: true);

    [Test]
    public void CaseWithoutSequentialBaseline_ShowsDashNotANumber()
    {
        var rows = RunAndReadCsv("--strategies", "Threads");

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(row => (row["Speedup"], row["Ideal"], row["Efficiency"])), Is.All.EqualTo(("-", "-", "-")));
            Assert.That(FullJson(), Does.Contain("\"Scaling\":null").And.Not.Contain("\"Speedup\""));
        });
    }

    [Test]
    public void SequentialCase_IsAtItsOwnLimit_AndEveryCaseHasCpuUsage()
    {
        var rows = RunAndReadCsv("--strategies", "Sequential,Threads");

        Assert.Multiple(() =>
        {
            Assert.That(rows.Single(row => row["Strategy"] == "Sequential")["Efficiency"], Is.EqualTo("1.00"));
            Assert.That(rows.Select(row => row["Cores"]), Has.All.Match(@"^\d+\.\d\d$"));
            Assert.That(rows.Select(row => row["CPU/op"]), Has.All.Not.EqualTo("-").And.Not.Empty);
            Assert.That(FullJson(), Does.Contain("\"CpuUsage.Cores\"").And.Contain("\"CpuUsage.CpuPerOp\"")
                .And.Contain("\"Efficiency\":1").And.Contain("\"UsableCores\""));
        });
    }

    /// <summary>The JSON with its indentation removed, so a test can look for <c>"Key":value</c>.</summary>
    private string FullJson() =>
        string.Concat(File.ReadAllText(Directory.GetFiles(Path.Combine(_artifacts, "results"), "*Scaling-report-full.json").Single())
            .Where(c => !char.IsWhiteSpace(c)));

    private List<Dictionary<string, string>> RunAndReadCsv(params string[] slice)
    {
        var (exitCode, output) = SuiteProcess.Run(
            ["--filter", "*Scaling*", "--job", "Dry", "--inProcess", "--workloads", "IoSleep", "--workers", "1,2", "--artifacts", _artifacts, .. slice]);
        Assert.That(exitCode, Is.Zero, output);

        // BenchmarkDotNet's CSV quotes no field of these reports: every value here is free of commas.
        string[] lines = File.ReadAllLines(Directory.GetFiles(Path.Combine(_artifacts, "results"), "*Scaling-report.csv").Single());
        string[] header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line => header.Zip(line.Split(',')).ToDictionary(pair => pair.First, pair => pair.Second))];
    }
}
