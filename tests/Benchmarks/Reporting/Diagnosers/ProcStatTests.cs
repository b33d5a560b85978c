using Concurrency.Benchmarks.Reporting.Diagnosers;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

public sealed class ProcStatTests
{
    [Test]
    public void Parse_CommandWithSpacesAndParentheses_ReadsParentOwnAndReapedTimes()
    {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
        const string line = "4242 (a (b) c) S 17 4242 4242 0 -1 4194304 100 0 0 0 30 5 200 7 20 0 4 0 123 456 789";

        Assert.That(ProcStat.Parse(line), Is.EqualTo(new ProcStat(ProcessId: 4242, ParentId: 17, OwnTicks: 30 + 5, ReapedTicks: 200 + 7)));
    }

    [Test]
    public void Parse_ForkedAndNotYetExeced_IsExecPending()
    {
        // flags = PF_RANDOMIZE | PF_FORKNOEXEC (0x400000 | 0x40).
        const string line = "4243 (dotnet) R 4242 4242 4242 0 -1 4194368 0 0 0 0 0 0 0 0 20 0 1 0 124 456 789";

        Assert.That(ProcStat.Parse(line)!.ExecPending, Is.True);
    }

    [Test]
    public void Parse_ExecedProcess_IsNotExecPending()
    {
        const string line = "4242 (dotnet) S 17 4242 4242 0 -1 4194304 100 0 0 0 30 5 200 7 20 0 4 0 123 456 789";

        Assert.That(ProcStat.Parse(line)!.ExecPending, Is.False);
    }

    [Test]
    public void Parse_NotAStatLine_IsNull() => Assert.That(ProcStat.Parse("no such thing"), Is.Null);
}
