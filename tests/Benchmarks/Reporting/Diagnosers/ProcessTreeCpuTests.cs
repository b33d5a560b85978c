using System.Diagnostics;
using System.Globalization;
using Concurrency.Benchmarks.Reporting.Diagnosers;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// The /proc accounting: a bash child burns CPU and reports its own CPU time with the <c>times</c> builtin; the
/// tree's CPU time must grow by that much beyond our own, whether the child is alive or reaped. /proc counts in
/// 10 ms ticks, so each reading may be a tick or two off.
/// </summary>
public sealed class ProcessTreeCpuTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(40);

    // About 0.2–0.5 s of CPU in bash; the exact amount does not matter, the child reports it.
    private const string Burn = "i=0; while [ $i -lt 150000 ]; do i=$((i+1)); done";

    [SetUp]
    public void OnLinuxWithBash() => Assume.That(OperatingSystem.IsLinux() && File.Exists("/bin/bash"), "needs /proc and bash");

    [Test]
    public void TreeTicks_SumsRootAndDescendantsOnly()
    {
        ProcStat[] processes = [new(1, 0, 1000), new(10, 1, 5), new(11, 10, 7), new(12, 10, 11), new(20, 1, 13)];

        Assert.That(LinuxProcessTree.TreeTicks(processes, rootProcessId: 10), Is.EqualTo(5 + 7 + 11));
    }

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

    /// <summary>The tree's CPU time and our own (all our threads), read back to back.</summary>
    private static (TimeSpan Tree, TimeSpan Own) Read()
    {
        using var self = Process.GetCurrentProcess();
        return (ProcessTreeCpu.CpuTime(Environment.ProcessId), self.TotalProcessorTime);
    }

    private static TimeSpan ChildShare((TimeSpan Tree, TimeSpan Own) before, (TimeSpan Tree, TimeSpan Own) after) =>
        (after.Tree - before.Tree) - (after.Own - before.Own);

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
