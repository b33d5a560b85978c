using Concurrency.Benchmarks.Results;
using Concurrency.Benchmarks.Comparison;
using Concurrency.Benchmarks.Gate;

using static Concurrency.Tests.Benchmarks.Gate.RoundReports;

namespace Concurrency.Tests.Benchmarks.Gate;

public sealed class RoundReaderTests
{
    private const string Parameters = SyntheticRounds.CpuSequential;

    private string _outDir = "";

    private string RoundsFolder => Path.Combine(_outDir, "rounds");

    [SetUp]
    public void CreateOutDir() => _outDir = Directory.CreateTempSubdirectory("gate-rounds-").FullName;

    [TearDown]
    public void DeleteOutDir() => ScratchFolders.Delete(_outDir);

    [Test]
    public void Read_RoundsInGateOrder_PairsEachBaseRoundWithTheHeadRoundNextToIt()
    {
        WriteRounds("01-base", "02-head", "03-head", "04-base");

        var pairs = RoundReader.Read(RoundsFolder);

        Assert.That(pairs.Select(pair => (pair.Number, pair.Base.Name, pair.Head.Name)), Is.EqualTo(new[] { (1, "01-base", "02-head"), (2, "04-base", "03-head") }));
    }

    [Test]
    public void Read_OddNumberOfRounds_IsBadInput()
    {
        WriteRounds("01-base", "02-head", "03-head");

        Assert.That(() => RoundReader.Read(RoundsFolder), Throws.TypeOf<UsageException>().With.Message.Contains("no partner"));
    }

    [Test]
    public void Read_NeighboursOfOneSide_AreBadInput()
    {
        WriteRounds("01-base", "02-base");

        Assert.That(() => RoundReader.Read(RoundsFolder), Throws.TypeOf<UsageException>().With.Message.Contains("same side"));
    }

    [Test]
    public void Read_GapInTheNumbering_IsBadInput()
    {
        WriteRounds("01-base", "02-head", "04-head", "05-base");

        Assert.That(() => RoundReader.Read(RoundsFolder), Throws.TypeOf<UsageException>().With.Message.Contains("round 03"));
    }

    [Test]
    public void Read_FolderThatIsNoRound_IsBadInput()
    {
        WriteRounds("01-base", "02-head");
        Directory.CreateDirectory(Path.Combine(RoundsFolder, "extra"));

        Assert.That(() => RoundReader.Read(RoundsFolder), Throws.TypeOf<UsageException>().With.Message.Contains("not a round folder"));
    }

    [Test]
    public void Read_MissingFolder_IsBadInput()
    {
        Assert.That(() => RoundReader.Read(RoundsFolder), Throws.TypeOf<UsageException>().With.Message.Contains("no such folder"));
    }

    [Test]
    public void ResultSetReader_RoundReport_CarriesAllocatedBytesAndCpuPerOp()
    {
        string folder = Round(_outDir, "01-base", Case(Parameters, [100, 110], cpuPerOp: 95, allocated: 144));

        var result = ResultSetReader.Read(folder).Cases.Single();

        Assert.That((result.AllocatedBytes, result.CpuPerOp), Is.EqualTo(((double?)144, (double?)95)));
    }

    private void WriteRounds(params string[] names)
    {
        foreach (string name in names)
        {
            Round(_outDir, name, Case(Parameters, [100, 101, 99], cpuPerOp: 100, allocated: 144));
        }
    }
}
