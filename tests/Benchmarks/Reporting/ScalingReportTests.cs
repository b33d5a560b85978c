using System.Text.RegularExpressions;

namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>
/// The scaling columns, their intervals, the CPU-usage metrics and the plausibility warnings as a reader gets them:
/// from real (Dry, in-process) runs of the CLI, in the CSV, JSON and markdown reports. Each run is made once and read
/// by every test that needs it. Checks what is shown, never how fast anything was.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class ScalingReportTests
{
    /// <summary>A ratio and its 99 % interval as the columns show it, e.g. <c>1.87 [1.84–1.90]</c>.</summary>
    private const string RatioWithInterval = @"^≈?\d+\.\d\d \[\d+\.\d\d–\d+\.\d\d\]$";

    /// <summary>A <c>RatioInterval</c> in the JSON with its indentation removed.</summary>
    private const string JsonInterval = @"\{""Low"":[-+.\dE]+,""High"":[-+.\dE]+,""Confidence"":0\.99\}";

    private static readonly string[] ThreadsOnly = ["--strategies", "Threads"];
    private static readonly string[] WithBaseline = ["--strategies", "Sequential,Threads"];

    // Every iteration kept, so each case has the 10 measurements an interval needs whatever the machine's noise.
    private static readonly string[] TenMeasurements = [.. WithBaseline, "--iterationCount", "10", "--outliers", "DontRemove"];

    private readonly Dictionary<string[], string> _runs = [];

    [OneTimeTearDown]
    public void DeleteArtifacts()
    {
        foreach (string artifacts in _runs.Values)
        {
            ScratchFolders.Delete(artifacts);
        }
    }

    [Test]
    public void CaseWithoutSequentialBaseline_ShowsDashNotANumber()
    {
        string artifacts = Run(ThreadsOnly);

        Assert.Multiple(() =>
        {
            Assert.That(Csv(artifacts).Select(row => (row["Speedup"], row["Ideal"], row["Efficiency"])), Is.All.EqualTo(("-", "-", "-")));
            Assert.That(FullJson(artifacts), Does.Contain("\"Scaling\":null").And.Not.Contain("\"Speedup\""));
        });
    }

    [Test]
    public void SequentialCase_IsAtItsOwnLimit_AndEveryCaseHasCpuUsage()
    {
        string artifacts = Run(WithBaseline);
        var rows = Csv(artifacts);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Single(row => row["Strategy"] == "Sequential")["Efficiency"], Is.EqualTo("1.00"));
            Assert.That(rows.Select(row => row["Cores"]), Has.All.Match(@"^\d+\.\d\d$"));
            Assert.That(rows.Select(row => row["CPU/op"]), Has.All.Not.EqualTo("-").And.Not.Empty);
            Assert.That(FullJson(artifacts), Does.Contain("\"CpuUsage.Cores\"").And.Contain("\"CpuUsage.CpuPerOp\"")
                .And.Contain("\"Efficiency\":1").And.Contain("\"UsableCores\""));
        });
    }

    [Test]
    public void EveryCase_HasItsPeakRss_AndSequentialCostsNothingPerWorker()
    {
        string artifacts = Run(WithBaseline);
        var rows = Csv(artifacts);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(row => row["Peak RSS"]), Has.All.Match(@"^\d+\.\d\d MB$"));
            Assert.That(rows.Single(row => row["Strategy"] == "Sequential")["RSS/Worker"], Is.EqualTo("0.00 MB"));
            Assert.That(Regex.Matches(FullJson(artifacts), @"""Id"":""Memory\.PeakRss"""), Has.Count.EqualTo(rows.Count));
            Assert.That(Regex.Matches(FullJson(artifacts), @"""RssPerWorkerBytes"":-?\d"), Has.Count.EqualTo(rows.Count));
        });
    }

    [Test]
    public void OneMeasurementACase_RatiosWithoutIntervals()
    {
        string artifacts = Run(WithBaseline);

        Assert.Multiple(() =>
        {
            Assert.That(Csv(artifacts).Select(row => row["Speedup"]), Has.All.Match(@"^\d+\.\d\d$"));
            Assert.That(FullJson(artifacts), Does.Contain("\"SpeedupInterval\":null").And.Contain("\"EfficiencyInterval\":null")
                .And.Not.Contain("\"Low\""));
        });
    }

    [Test]
    public void TenMeasurementsACase_ColumnsShowTheIntervals()
    {
        var rows = Csv(Run(TenMeasurements));

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(row => row["Speedup"]), Has.All.Match(RatioWithInterval));
            Assert.That(rows.Select(row => row["Efficiency"]), Has.All.Match(RatioWithInterval));
        });
    }

    [Test]
    public void TenMeasurementsACase_JsonHoldsBothIntervalsOfEveryCase()
    {
        string artifacts = Run(TenMeasurements);
        string json = FullJson(artifacts);
        int cases = Csv(artifacts).Count;

        Assert.Multiple(() =>
        {
            Assert.That(Regex.Matches(json, $"\"SpeedupInterval\":{JsonInterval}"), Has.Count.EqualTo(cases));
            Assert.That(Regex.Matches(json, $"\"EfficiencyInterval\":{JsonInterval}"), Has.Count.EqualTo(cases));
        });
    }

    [Test]
    public void EveryCase_HasAWarningsListInTheJson()
    {
        string artifacts = Run(WithBaseline);

        Assert.That(Regex.Matches(FullJson(artifacts), @"""Warnings"":\["), Has.Count.EqualTo(Csv(artifacts).Count));
    }

    [Test]
    public void MarkdownReport_IsStillBenchmarkDotNetsGitHubTable()
    {
        string markdown = File.ReadAllText(Directory.GetFiles(Path.Combine(Run(WithBaseline), "results"), "*Scaling-report-github.md").Single());

        Assert.That(markdown, Does.Contain("| Speedup").And.Contain("| Efficiency"));
    }

    /// <summary>The artifacts folder of a run of the Scaling suite sliced by <paramref name="slice"/>, run on first use.</summary>
    private string Run(string[] slice)
    {
        if (_runs.TryGetValue(slice, out string? artifacts))
        {
            return artifacts;
        }

        artifacts = Directory.CreateTempSubdirectory("scaling-report-").FullName;
        _runs[slice] = artifacts;
        var (exitCode, output) = SuiteProcess.Run(
            ["--filter", "*Scaling*", "--job", "Dry", "--inProcess", "--workloads", "IoSleep", "--workers", "1,2", "--artifacts", artifacts, .. slice]);
        Assert.That(exitCode, Is.Zero, output);
        return artifacts;
    }

    /// <summary>The JSON with its indentation removed, so a test can look for <c>"Key":value</c>.</summary>
    private static string FullJson(string artifacts) =>
        string.Concat(File.ReadAllText(Directory.GetFiles(Path.Combine(artifacts, "results"), "*Scaling-report-full.json").Single())
            .Where(c => !char.IsWhiteSpace(c)));

    private static List<Dictionary<string, string>> Csv(string artifacts)
    {
        // BenchmarkDotNet's CSV quotes no field of these reports: every value here is free of commas.
        string[] lines = File.ReadAllLines(Directory.GetFiles(Path.Combine(artifacts, "results"), "*Scaling-report.csv").Single());
        string[] header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line => header.Zip(line.Split(',')).ToDictionary(pair => pair.First, pair => pair.Second))];
    }
}
