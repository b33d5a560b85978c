namespace Concurrency.Tests.Architecture;

/// <summary>
/// The source reader on a two-folder project written for each test: every kind of use that leaves nothing in IL is seen,
/// and the rule fails on a use that goes up.
/// </summary>
public sealed class SourceUseReaderTests
{
    private const string Root = "Fixture";

    private static readonly FolderLayers Layers = new("fixture", Root, ["Lower", "Upper"]);

    private string _project = "";

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("source-use-reader-").FullName;
        Write("obj/Fixture.GlobalUsings.g.cs", "global using System;");
        Write("Upper/Suite.cs", "namespace Fixture.Upper; public sealed class Suite { public const int Tasks = 16; }");
        Write("Upper/SuiteConfig.cs", "namespace Fixture.Upper; public sealed class SuiteConfig : Attribute { public SuiteConfig(Type type) { } }");
    }

    [TearDown]
    public void RemoveProject()
    {
        if (Directory.Exists(_project))
        {
            Directory.Delete(_project, recursive: true);
        }
    }

    [TestCase("using Fixture.Upper; namespace Fixture.Lower; public static class Figures { public static int Tasks() => Suite.Tasks; }", "Suite", TestName = "CrossFolderUses_AConstant_IsAUse")]
    [TestCase("namespace Fixture.Lower; [Fixture.Upper.SuiteConfig(typeof(Fixture.Upper.Suite))] public sealed class Chart { }", "Suite", TestName = "CrossFolderUses_ATypeofInAnAttribute_IsAUse")]
    [TestCase("using Fixture.Upper; namespace Fixture.Lower; public sealed class Chart { }", "Upper", TestName = "CrossFolderUses_AnUnusedUsingLine_IsAUse")]
    public void CrossFolderUses_LowerFolderReachingUp_BreaksTheRule(string lowerSource, string name)
    {
        Write("Lower/Lower.cs", lowerSource);

        var violations = Layers.Violations(SourceUseReader.CrossFolderUses(_project, Root)).ToList();

        Assert.That(violations.Select(use => (use.Folder, use.TargetFolder, use.Name)), Does.Contain(("Lower", "Upper", name)));
    }

    [Test]
    public void CrossFolderUses_UpperFolderReachingDown_Holds()
    {
        Write("Lower/Ratio.cs", "namespace Fixture.Lower; public static class Ratio { public const double Limit = 1.0; }");
        Write("Upper/Report.cs", "using Fixture.Lower; namespace Fixture.Upper; public static class Report { public static double Limit => Ratio.Limit; }");

        var uses = SourceUseReader.CrossFolderUses(_project, Root);

        Assert.That(uses.Select(use => (use.Folder, use.TargetFolder)), Does.Contain(("Upper", "Lower")).And.Not.Contain(("Lower", "Upper")));
        Assert.That(Layers.Violations(uses), Is.Empty);
    }

    [Test]
    public void CrossFolderUses_AnUnresolvedType_Throws()
    {
        Write("Lower/Broken.cs", "namespace Fixture.Lower; public sealed class Broken { public Missing? Field; }");

        Assert.That(() => SourceUseReader.CrossFolderUses(_project, Root), Throws.InvalidOperationException.With.Message.Contains("Missing"));
    }

    [Test]
    public void Violations_AFolderWithNoPlace_IsReported()
    {
        Write("Other/Stray.cs", "using Fixture.Upper; namespace Fixture.Other; public static class Stray { public static int Tasks => Suite.Tasks; }");

        var violations = Layers.Violations(SourceUseReader.CrossFolderUses(_project, Root));

        Assert.That(violations.Select(use => use.Folder), Does.Contain("Other"));
    }

    private void Write(string relativePath, string source)
    {
        string path = Path.Combine(_project, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, source);
    }
}
