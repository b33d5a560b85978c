using System.Text.Json;
using Concurrency.Benchmarks.Articles;
using Concurrency.Workloads;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Tests.Benchmarks.Articles;

/// <summary>
/// The Python programs' checksum for a size equals the .NET workload's for the same size, so both runtimes provably do
/// the same task. Sizes are tiny (no timing) and cross .NET's chunk boundaries where it has them (8,192 floats).
/// </summary>
[Category(TestCategories.Slow)]
public sealed class PythonChecksumTests
{
    private PythonProcess _python = null!;
    private PythonInfoRecord _info = null!;

    private static IEnumerable<TestCaseData> Cases() =>
    [
        Case("cpu-countdown", 10_007),
        Case("sleep", 1),
        Case("download", 1),
        Case("file-write", 3),
        Case("numpy-add", 100_003),
        Case("numpy-dot", 100_003),
        Case("sha256", 1_000_003),
    ];

    [OneTimeSetUp]
    public void FindPython()
    {
        _python = PythonInterpreter.Require();
        _info = JsonSerializer.Deserialize(_python.Output("info"), ArticlesJsonContext.Default.PythonInfoRecord)!;
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Checksum_SameSize_EqualsTheDotNetWorkloads(string experimentName, int size)
    {
        var experiment = ArticleExperiment.All.Single(candidate => candidate.Name == experimentName);
        Prerequisites.Require("python3-numpy", !experiment.NeedsNumPy || _info.Numpy is not null, $"{experiment.Name} imports NumPy in {_info.Executable}");
        var workload = WorkloadCatalog.Create(new WorkloadSpec(experiment.Workload, size));
        try
        {
            // The download goes to the server the .NET workload started and announced, as the articles command sends it.
            string url = Environment.GetEnvironmentVariable(ArticlesRun.LatencyServerVariable) ?? "";
            string output = _python.Output("checksum", "--experiment", experiment.Name, "--size", size.ToString(System.Globalization.CultureInfo.InvariantCulture), "--url", url);
            var python = JsonSerializer.Deserialize(output, ArticlesJsonContext.Default.PythonChecksumRecord)!;

            Assert.That(python.Checksum, Is.EqualTo(workload.Run(0)));
        }
        finally
        {
            if (workload is IAsyncDisposable owned)
            {
                await owned.DisposeAsync();
            }
        }
    }

    private static TestCaseData Case(string experiment, int size) =>
        new TestCaseData(experiment, size).SetArgDisplayNames(experiment, size.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
