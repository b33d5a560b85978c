namespace Concurrency.Tests.Architecture;

/// <summary>
/// The source reader on a two-folder project written for each test: every kind of use that leaves nothing in IL is seen,
/// and the rule fails on a use that goes up.
/// </summary>
public sealed class SourceUseReaderTests
{
    private static readonly FolderLayers Layers = new(["Lower", "Upper"]);

    private ScratchProject? _project;

    private ScratchProject Project => _project!;

    [SetUp]
    public void CreateProject()
    {
        _project = new ScratchProject("global using System;");
        Project.Write("Upper/Suite.cs", "namespace Fixture.Upper; public sealed class Suite { public const int Tasks = 16; }");
        Project.Write("Upper/SuiteConfig.cs", "namespace Fixture.Upper; public sealed class SuiteConfig : Attribute { public SuiteConfig(Type type) { } }");
    }

    [TearDown]
    public void RemoveProject() => ScratchFolders.Delete(_project?.Source.Folder);

    [TestCase("using Fixture.Upper; namespace Fixture.Lower; public static class Figures { public static int Tasks() => Suite.Tasks; }", "Suite", TestName = "CrossFolderUses_AConstant_IsAUse")]
    [TestCase("namespace Fixture.Lower; [Fixture.Upper.SuiteConfig(typeof(Fixture.Upper.Suite))] public sealed class Chart { }", "Suite", TestName = "CrossFolderUses_ATypeofInAnAttribute_IsAUse")]
    [TestCase("using Fixture.Upper; namespace Fixture.Lower; public sealed class Chart { }", "Upper", TestName = "CrossFolderUses_AnUnusedUsingLine_IsAUse")]
    public void CrossFolderUses_LowerFolderReachingUp_BreaksTheRule(string lowerSource, string name)
    {
        Project.Write("Lower/Lower.cs", lowerSource);

        var violations = Layers.Violations(SourceUseReader.CrossFolderUses(Project.Source)).ToList();

        Assert.That(violations.Select(use => (use.Folder, use.TargetFolder, use.Name)), Does.Contain(("Lower", "Upper", name)));
    }

    [Test]
    public void CrossFolderUses_UpperFolderReachingDown_Holds()
    {
        Project.Write("Lower/Ratio.cs", "namespace Fixture.Lower; public static class Ratio { public const double Limit = 1.0; }");
        Project.Write("Upper/Report.cs", "using Fixture.Lower; namespace Fixture.Upper; public static class Report { public static double Limit => Ratio.Limit; }");

        var uses = SourceUseReader.CrossFolderUses(Project.Source);

        Assert.That(uses.Select(use => (use.Folder, use.TargetFolder)), Does.Contain(("Upper", "Lower")).And.Not.Contain(("Lower", "Upper")));
        Assert.That(Layers.Violations(uses), Is.Empty);
    }

    [Test]
    public void CrossFolderUses_AnUnresolvedType_Throws()
    {
        Project.Write("Lower/Broken.cs", "namespace Fixture.Lower; public sealed class Broken { public Missing? Field; }");

        Assert.That(() => SourceUseReader.CrossFolderUses(Project.Source), Throws.InvalidOperationException.With.Message.Contains("Missing"));
    }

    [Test]
    public void Violations_AFolderWithNoPlace_IsReported()
    {
        Project.Write("Other/Stray.cs", "using Fixture.Upper; namespace Fixture.Other; public static class Stray { public static int Tasks => Suite.Tasks; }");

        var violations = Layers.Violations(SourceUseReader.CrossFolderUses(Project.Source));

        Assert.That(violations.Select(use => use.Folder), Does.Contain("Other"));
    }
}
