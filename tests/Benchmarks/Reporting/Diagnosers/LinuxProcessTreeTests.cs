using Concurrency.Benchmarks.Reporting.Diagnosers;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

/// <summary>The tree walk, the consistent pass and the resident memory, over a scripted process table (1 tick = 1 s).</summary>
public sealed class LinuxProcessTreeTests
{
    private const int Root = 10;

    /// <summary>Root 10 with children 11 (whose child is 12) and 13; 1 and 20 belong to another tree.</summary>
    private static ScriptedProcessTable Machine() => new ScriptedProcessTable()
        .Add(1, 0, ownTicks: 1000)
        .Add(Root, 1, ownTicks: 5)
        .Add(11, Root, ownTicks: 7)
        .Add(20, 1, ownTicks: 17)
        .Add(12, 11, ownTicks: 11)
        .Add(13, Root, ownTicks: 13, reapedTicks: 2);

    [Test]
    public void Members_AreTheRootAndItsDescendants_ParentsFirst() =>
        Assert.That(new LinuxProcessTree(Machine()).Members(Root), Is.EqualTo(new[] { Root, 11, 13, 12 }));

    [Test]
    public void Members_RootNotRunning_Throws() =>
        Assert.That(() => new LinuxProcessTree(Machine()).Members(99), Throws.InvalidOperationException.With.Message.Contains("99"));

    [Test]
    public void CpuTime_SumsOwnAndReapedTimesOfTheMembersOnly() =>
        Assert.That(new LinuxProcessTree(Machine()).CpuTime([Root, 11, 13, 12]), Is.EqualTo(TimeSpan.FromSeconds(5 + 7 + 13 + 2 + 11)));

    [Test]
    public void CpuTime_PreciseOwnTime_IsPreferredOverTicks()
    {
        var table = Machine().WithPreciseCpu(Root, TimeSpan.FromSeconds(5.25));

        Assert.That(new LinuxProcessTree(table).CpuTime([Root]), Is.EqualTo(TimeSpan.FromSeconds(5.25)));
    }

    /// <summary>Read 1 is the root, read 2 the child: the child is gone, its time already in the root's reaped time read before.</summary>
    [Test]
    public void CpuTime_ChildReapedAfterItsParentWasRead_IsCountedOnce()
    {
        var table = Machine().ReapBeforeRead(11, atRead: 2);

        Assert.That(new LinuxProcessTree(table).CpuTime([Root, 11]), Is.EqualTo(TimeSpan.FromSeconds(5 + 7)));
    }

    /// <summary>Read 3 re-reads the root after the pass: the child was counted alive and is now in the root's reaped time too.</summary>
    [Test]
    public void CpuTime_ChildReapedAfterItWasRead_IsCountedOnce()
    {
        var table = Machine().ReapBeforeRead(11, atRead: 3);

        Assert.That(new LinuxProcessTree(table).CpuTime([Root, 11]), Is.EqualTo(TimeSpan.FromSeconds(5 + 7)));
    }

    [Test]
    public void Read_AfterAPreviousReading_AddsProcessesStartedSince()
    {
        var table = Machine();
        var tree = new LinuxProcessTree(table);
        var before = tree.Read(Root);

        table.Add(14, 11, ownTicks: 3);
        var after = tree.Read(Root, before);

        Assert.That(after.CpuTime - before.CpuTime, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void ResidentBytes_SumsTheRootAndItsDescendantsOnly()
    {
        var table = new ScriptedProcessTable()
            .Add(1, 0, ownTicks: 0, residentBytes: 1000)
            .Add(Root, 1, ownTicks: 0, residentBytes: 100)
            .Add(11, Root, ownTicks: 0, residentBytes: 20)
            .Add(12, 11, ownTicks: 0, residentBytes: 3)
            .Add(20, 1, ownTicks: 0, residentBytes: 4000);

        Assert.That(new LinuxProcessTree(table).ResidentBytes(Root), Is.EqualTo(100 + 20 + 3));
    }

    /// <summary>After vfork the child's statm is its parent's: counting it would count the parent twice.</summary>
    [Test]
    public void ResidentBytes_ChildBetweenForkAndExec_IsLeftOut()
    {
        var table = new ScriptedProcessTable()
            .Add(Root, 1, ownTicks: 0, residentBytes: 100)
            .Add(11, Root, ownTicks: 0, residentBytes: 100, execPending: true);

        Assert.That(new LinuxProcessTree(table).ResidentBytes(Root), Is.EqualTo(100));
    }

    [Test]
    public void ResidentBytes_ProcessStartedSinceTheLastReading_Counts()
    {
        var table = new ScriptedProcessTable().Add(Root, 1, ownTicks: 0, residentBytes: 100);
        var tree = new LinuxProcessTree(table);
        tree.ResidentBytes(Root);

        table.Add(11, Root, ownTicks: 0, residentBytes: 30);

        Assert.That(tree.ResidentBytes(Root), Is.EqualTo(130));
    }
}
