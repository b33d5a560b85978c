using System.Diagnostics;
using System.Globalization;
using Concurrency.Benchmarks.Reporting.Diagnosers;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// The /proc accounting: a bash child burns CPU and reports its own CPU time with the <c>times</c> builtin; the
/// tree's CPU time must grow by that much beyond our own, whether the child is alive or reaped. /proc counts in
/// 10 ms ticks, so each reading may be a tick or two off.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class ProcessTreeCpuTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(40);

    // About 0.2–0.5 s of CPU in bash; the exact amount does not matter, the child reports it.
    private const string Burn = "i=0; while [ $i -lt 150000 ]; do i=$((i+1)); done";

    [SetUp]
    public void OnLinuxWithBash() => Assume.That(OperatingSystem.IsLinux() && File.Exists("/bin/bash"), "needs /proc and bash");

    [Test]
    public void ReapedChild_IsCounted()
    {
        var before = Read();

        using var child = StartBash($"{Burn}; times");
        var childCpu = ReportedCpu(child);
        child.WaitForExit();

        Assert.That(ChildShare(before, Read()), Is.EqualTo(childCpu).Within(Tolerance));
    }

    [Test]
    public void LivingChild_IsCounted()
    {
        var before = Read();

        using var child = StartBash($"{Burn}; times; read");
        var childCpu = ReportedCpu(child);
        var during = Read();
        child.StandardInput.Close();
        child.WaitForExit();

        Assert.That(ChildShare(before, during), Is.EqualTo(childCpu).Within(Tolerance));
    }

    [Test]
    public void ChildAliveAtStartAndReapedBeforeEnd_IsCountedOnce()
    {
        using var child = StartBash($"{Burn}; times; read; {Burn}; times");
        var cpuBeforeStart = ReportedCpu(child);
        var before = Read();
        child.StandardInput.Close();
        var cpuAtExit = ReportedCpu(child);
        child.WaitForExit();

        Assert.That(ChildShare(before, Read()), Is.EqualTo(cpuAtExit - cpuBeforeStart).Within(Tolerance));
    }

    [Test]
    public void ChildStartedAfterAReading_IsCountedByTheNextReading()
    {
        var before = Read();

        using var child = StartBash($"{Burn}; times; read");
        var childCpu = ReportedCpu(child);
        var during = Read(before.Tree);
        child.StandardInput.Close();
        child.WaitForExit();

        Assert.That(ChildShare(before, during), Is.EqualTo(childCpu).Within(Tolerance));
    }

    /// <summary>
    /// The tree's CPU time (after <paramref name="previous"/> if given) and our own (all our threads, on the same
    /// nanosecond clock the tree reads for its root), read back to back.
    /// </summary>
    private static (TreeCpuReading Tree, TimeSpan Own) Read(TreeCpuReading? previous = null) =>
        (ProcessTreeCpu.Read(Environment.ProcessId, previous), ProcFileSystem.Instance.OwnCpuTime(Environment.ProcessId)!.Value);

    private static TimeSpan ChildShare((TreeCpuReading Tree, TimeSpan Own) before, (TreeCpuReading Tree, TimeSpan Own) after) =>
        (after.Tree.CpuTime - before.Tree.CpuTime) - (after.Own - before.Own);

    private static Process StartBash(string script)
    {
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardInput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        return Process.Start(start)!;
    }

    /// <summary>
    /// The shell's own user + system time from <c>times</c>, which prints two lines: the shell's, e.g. "0m0.310s 0m0.004s",
    /// then its children's.
    /// </summary>
    private static TimeSpan ReportedCpu(Process shell)
    {
        string? timesLine = shell.StandardOutput.ReadLine();
        shell.StandardOutput.ReadLine();
        Assert.That(timesLine, Does.Match(@"^\d+m[\d.]+s \d+m[\d.]+s$"));
        return timesLine!.Split(' ').Select(ParseMinutesSeconds).Aggregate(TimeSpan.Zero, (sum, part) => sum + part);
    }

    private static TimeSpan ParseMinutesSeconds(string text)
    {
        int m = text.IndexOf('m', StringComparison.Ordinal);
        return TimeSpan.FromMinutes(int.Parse(text[..m], CultureInfo.InvariantCulture))
            + TimeSpan.FromSeconds(double.Parse(text[(m + 1)..^1], CultureInfo.InvariantCulture));
    }
}
