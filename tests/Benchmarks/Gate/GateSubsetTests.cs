using Concurrency.Benchmarks.Gate;
using Concurrency.Benchmarks.Results;

using static Concurrency.Tests.Benchmarks.Gate.SyntheticRounds;

namespace Concurrency.Tests.Benchmarks.Gate;

public sealed class GateSubsetTests
{
    private static readonly Figures Steady = new(100, 100, 144);

    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("gate-subset-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Read_NoFile_GoesByFullNamesAndGuardsNoPath()
    {
        var subset = GateSubset.Read(Path.Combine(_folder, GateSubset.FileName));
        var result = Result(CpuSequential, Steady);

        Assert.Multiple(() =>
        {
            Assert.That(subset.Find(result), Is.Null);
            Assert.That(subset.RoundName(result), Is.EqualTo(result.FullName));
        });
    }

    [Test]
    public void Read_ListedCase_IsFoundWithItsPathAndRoundName()
    {
        string file = Write("Scaling.RunBatch(Workers: 1, Workload: CpuCountdown, Strategy: Sequential)\tbatch\tthe workloads themselves\n");

        var entry = GateSubset.Read(file).Find(Result(CpuSequential, Steady));

        Assert.That(entry, Is.EqualTo(new SubsetCase("Scaling.RunBatch(Workers: 1, Workload: CpuCountdown, Strategy: Sequential)", "batch", "the workloads themselves")));
    }

    [Test]
    public void Read_BadLineAfterABlankOne_NamesItsLineInTheFile()
    {
        string file = Write("Overhead.RunTinyTasks(Strategy: Threads)\ttiny\tdedicated threads\n\nonly a name\n");

        Assert.That(() => GateSubset.Read(file), Throws.TypeOf<UsageException>().With.Message.Contains($"{file}:3:"));
    }

    private string Write(string text)
    {
        string file = Path.Combine(_folder, GateSubset.FileName);
        File.WriteAllText(file, text);
        return file;
    }
}
