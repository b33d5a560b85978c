using Concurrency.Benchmarks.Results;

namespace Concurrency.Tests.Benchmarks.Results;

public sealed class ResultsLocationTests
{
    private string _root = "";

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("results-").FullName;

    [TearDown]
    public void DeleteRoot() => ScratchFolders.Delete(_root);

    [Test]
    public void RunFolderIsLabelThenUtcTimestamp()
    {
        var start = new DateTimeOffset(2026, 11, 25, 9, 30, 5, TimeSpan.FromHours(2));

        string folder = ResultsLocation.NewRunFolder(_root, "linux-xeon-2c", start);

        Assert.That(folder, Is.EqualTo(Path.Combine(_root, "linux-xeon-2c", "20261125T073005Z")));
    }

    [Test]
    public void ASecondRunInTheSameSecondGetsItsOwnFolder()
    {
        var start = DateTimeOffset.UtcNow;
        string first = ResultsLocation.NewRunFolder(_root, "box", start);
        Directory.CreateDirectory(first);

        string second = ResultsLocation.NewRunFolder(_root, "box", start);

        Assert.That(second, Is.Not.EqualTo(first).And.StartsWith(first));
    }

    [Test]
    public void ResultsRootIsBesideTheSolution()
    {
        File.WriteAllText(Path.Combine(_root, "Concurrency.Benchmarks.sln"), "");
        string nested = Directory.CreateDirectory(Path.Combine(_root, "benchmarks", "bin")).FullName;

        Assert.That(ResultsLocation.FindResultsRoot(nested), Is.EqualTo(Path.Combine(_root, "results")));
    }

    [TestCase("Linux Intel(R) Xeon(R) CPU @ 2.80GHz 2c", "linux-intel-r-xeon-r-cpu-2.80ghz-2c")]
    [TestCase("my box", "my-box")]
    public void LabelsBecomeSafeFolderNames(string label, string expected)
    {
        Assert.That(MachineLabel.Sanitize(label), Is.EqualTo(expected));
    }

    [Test]
    public void ALabelWithNothingUsableIsRejected()
    {
        Assert.That(() => MachineLabel.Sanitize("///"), Throws.ArgumentException);
    }
}
