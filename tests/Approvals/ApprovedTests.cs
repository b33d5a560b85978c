namespace Concurrency.Tests.Approvals;

/// <summary>
/// The approval helper itself, on files in a temporary folder (so no checked-in approved file is touched): a match
/// passes, a change or a missing file fails with a diff and the line that approves it, and only line endings are forgiven.
/// </summary>
public sealed class ApprovedTests
{
    private const string Approved3Lines = "# Title\nfirst line\nsecond line\nthird line\n";

    private string _folder = "";
    private ApprovalFile _file = new("", "", "", "", null);

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("approved-").FullName;
        // The folder stands for the repository's root, so the paths in the messages are relative, as in a real failure.
        _file = new ApprovalFile(_folder, "SomeTests", "output", "md", _folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Check_SameText_Passes()
    {
        File.WriteAllText(_file.ApprovedPath, Approved3Lines);

        Assert.That(Approved.Check(Approved3Lines, _file, ApprovalMode.Compare), Is.Null);
    }

    [Test]
    public void Check_SameTextAfterAFailure_RemovesTheStaleReceivedFile()
    {
        File.WriteAllText(_file.ApprovedPath, Approved3Lines);
        File.WriteAllText(_file.ReceivedPath, "an older, wrong output");

        Approved.Check(Approved3Lines, _file, ApprovalMode.Compare);

        Assert.That(File.Exists(_file.ReceivedPath), Is.False);
    }

    [Test]
    public void Check_ApprovedFileWithCrlf_MatchesOutputWithLf()
    {
        // A Windows checkout may turn the approved file's line endings into CRLF: that alone is no change.
        File.WriteAllText(_file.ApprovedPath, Approved3Lines.ReplaceLineEndings("\r\n"));

        Assert.That(Approved.Check(Approved3Lines, _file, ApprovalMode.Compare), Is.Null);
    }

    [Test]
    public void Check_ChangedLine_FailsWithTheNumberedLinesOfBothSides()
    {
        File.WriteAllText(_file.ApprovedPath, Approved3Lines);

        string? failure = Approved.Check(Approved3Lines.Replace("second line", "2nd line", StringComparison.Ordinal), _file, ApprovalMode.Compare);

        Assert.That(failure, Does.Contain("First difference at line 3, column 1")
            .And.Contain("@@ approved line 1, received line 1 @@")
            .And.Contain("-     3       | second line")
            .And.Contain("+           3 | 2nd line")
            .And.Contain("      2     2 | first line"));
    }

    [Test]
    public void Check_ChangedLine_FailsWithTheLineThatApprovesIt()
    {
        File.WriteAllText(_file.ApprovedPath, Approved3Lines);

        string? failure = Approved.Check("# Title\nfirst line\n", _file, ApprovalMode.Compare);

        Assert.That(failure, Does.Contain("To approve, from the repository root: mv SomeTests.output.received.md SomeTests.output.approved.md")
            .And.Contain("APPROVE=1 dotnet test tests/Concurrency.Tests.csproj --filter \"FullyQualifiedName~SomeTests\""));
    }

    [Test]
    public void Check_ChangedLine_WritesTheOutputAsReceivedAndKeepsTheApprovedFile()
    {
        File.WriteAllText(_file.ApprovedPath, Approved3Lines);

        Approved.Check("changed\r\n", _file, ApprovalMode.Compare);

        Assert.That((File.ReadAllText(_file.ReceivedPath), File.ReadAllText(_file.ApprovedPath)), Is.EqualTo(("changed\n", Approved3Lines)));
    }

    [Test]
    public void Check_TrailingSpaceAdded_Fails()
    {
        // Nothing but line endings is normalised: a space a renderer starts writing is a real change.
        File.WriteAllText(_file.ApprovedPath, Approved3Lines);

        string? failure = Approved.Check(Approved3Lines.Replace("first line", "first line ", StringComparison.Ordinal), _file, ApprovalMode.Compare);

        Assert.That(failure, Does.Contain("First difference at line 2, column 11"));
    }

    [Test]
    public void Check_MissingApprovedFile_FailsWithTheLineThatApprovesIt()
    {
        string? failure = Approved.Check(Approved3Lines, _file, ApprovalMode.Compare);

        Assert.That(failure, Does.StartWith("No approved file SomeTests.output.approved.md yet")
            .And.Contain("mv SomeTests.output.received.md SomeTests.output.approved.md"));
    }

    [Test]
    public void Check_MissingApprovedFile_WritesReceivedAndNoApprovedFile()
    {
        Approved.Check(Approved3Lines, _file, ApprovalMode.Compare);

        Assert.That((File.Exists(_file.ReceivedPath), File.Exists(_file.ApprovedPath)), Is.EqualTo((true, false)));
    }

    [Test]
    public void Check_ApproveMode_WritesTheApprovedFileAndPasses()
    {
        File.WriteAllText(_file.ApprovedPath, Approved3Lines);

        string? failure = Approved.Check("new output\n", _file, ApprovalMode.Approve);

        Assert.That((failure, File.ReadAllText(_file.ApprovedPath), File.Exists(_file.ReceivedPath)), Is.EqualTo(((string?)null, "new output\n", false)));
    }

    [Test]
    public void Check_ApproveRefusedInCi_MissingFileStillFailsAndSaysWhy()
    {
        string? failure = Approved.Check(Approved3Lines, _file, ApprovalMode.ApproveRefusedInCi);

        Assert.Multiple(() =>
        {
            Assert.That(failure, Does.Contain("APPROVE is ignored because CI is set"));
            Assert.That(File.Exists(_file.ApprovedPath), Is.False);
        });
    }

    [TestCase(null, null, ExpectedResult = "Compare")]
    [TestCase("0", null, ExpectedResult = "Compare")]
    [TestCase("1", null, ExpectedResult = "Approve")]
    [TestCase("true", "false", ExpectedResult = "Approve")]
    [TestCase("1", "true", ExpectedResult = "ApproveRefusedInCi")]
    [TestCase("1", "1", ExpectedResult = "ApproveRefusedInCi")]
    [TestCase("1", "yes", ExpectedResult = "ApproveRefusedInCi")]
    public string ModeOf_ApproveAndCiVariables_CiNeverApproves(string? approve, string? ci) =>
        // The mode travels by name: ApprovalMode is internal, and a public test cannot return it.
        Approved.ModeOf(approve, ci).ToString();

    [Test]
    public void For_SourceFileOfATest_NamesTheFileAfterItsClassBesideIt()
    {
        var file = ApprovalFile.For(Path.Combine(_folder, "SomeTests.cs"), "summary.md");

        Assert.That(file.ApprovedPath, Is.EqualTo(Path.Combine(_folder, "SomeTests.summary.approved.md")));
    }

    [Test]
    public void For_NameWithoutExtension_IsRefused()
    {
        Assert.That(() => ApprovalFile.For(Path.Combine(_folder, "SomeTests.cs"), "summary"), Throws.ArgumentException);
    }

    [Test]
    public void Render_LineChanged_ShowsTheOldLineBeforeTheNew()
    {
        string diff = LineDiff.Render("a\nb\nc", "a\nB\nc");

        Assert.That(diff.Split('\n').Where(line => line.StartsWith("+ ", StringComparison.Ordinal) || line.StartsWith("- ", StringComparison.Ordinal)), Is.EqualTo(new[] { "-     2       | b", "+           2 | B" }), diff);
    }

    [Test]
    public void Render_LineInserted_ShowsOnlyTheAddedLineAsChanged()
    {
        string diff = LineDiff.Render("a\nb\nc\nd\ne\nf\ng", "a\nb\nc\nX\nd\ne\nf\ng");

        Assert.That(diff.Split('\n').Where(line => line.StartsWith("+ ", StringComparison.Ordinal) || line.StartsWith("- ", StringComparison.Ordinal)), Is.EqualTo(new[] { "+           4 | X" }), diff);
    }
}
