using System.Text.Json;
using Concurrency.Benchmarks.Articles;

namespace Concurrency.Tests.Benchmarks.Articles;

/// <summary>
/// One tiny run of a Python program under every model (1 ms sleeps, 4 tasks, 2 batches): the JSON it prints parses
/// with the contract the command reads, and holds every measurement.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class PythonRunTests
{
    private static readonly string[] Models =
        ["sequential", "threading.Thread", "ThreadPoolExecutor", "multiprocessing.Process", "ProcessPoolExecutor", "asyncio"];

    private PythonRunRecord _run = null!;

    [OneTimeSetUp]
    public void RunOnce()
    {
        var python = PythonInterpreter.Require();
        string output = python.Output(
            "run", "--experiment", "sleep", "--size", "1", "--workers", "1,2", "--tasks", "4", "--warmup", "0", "--repetitions", "2");
        _run = JsonSerializer.Deserialize(output, ArticlesJsonContext.Default.PythonRunRecord)!;
    }

    [Test]
    public void Run_Json_RecordsThePythonVersion() =>
        Assert.That(_run.Python.Version, Does.Match(@"^3\.\d+"));

    [Test]
    public void Run_Json_HasEveryModel() =>
        Assert.That(_run.Runs.Select(run => run.Model).Distinct(), Is.EqualTo(Models));

    [Test]
    public void Run_Json_HasEveryWorkerCountOfTheModels() =>
        Assert.That(_run.Runs.Where(run => run.Model != "sequential").Select(run => run.Workers), Is.EqualTo(Enumerable.Repeat(new[] { 1, 2 }, Models.Length - 1).SelectMany(counts => counts)));

    [Test]
    public void Run_Json_HasEveryMeasuredBatch() =>
        Assert.That(_run.Runs.Select(run => run.MeasurementsMs.Count), Is.All.EqualTo(2));

    [Test]
    public void Run_Json_BatchChecksumIsTheTasksSummed() =>
        Assert.That(_run.Runs.Select(run => run.BatchChecksum), Is.All.EqualTo(4 * _run.TaskChecksum));
}
