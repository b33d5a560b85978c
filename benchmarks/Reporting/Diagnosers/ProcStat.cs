using System.Globalization;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// The fields of one <c>/proc/&lt;pid&gt;/stat</c> line the CPU accounting needs, in clock ticks (USER_HZ).
/// <see cref="OwnTicks"/> is utime + stime, the process's own CPU; <see cref="ReapedTicks"/> is cutime + cstime,
/// that of the children it has reaped, so a tree summed over its living members also holds every member that has
/// already exited. <see cref="ExecPending"/> marks a child between fork and exec (the kernel's PF_FORKNOEXEC), whose
/// memory is still its parent's.
/// </summary>
internal sealed record ProcStat(int ProcessId, int ParentId, long OwnTicks, long ReapedTicks, bool ExecPending = false)
{
    // Fields after the command name, counted from the state field (field 3 of proc(5)).
    private const int ParentField = 1;
    private const int FlagsField = 6;
    private const int UserTimeField = 11;

    /// <summary>PF_FORKNOEXEC of include/linux/sched.h: set by fork, cleared by exec.</summary>
    private const uint ForkedWithoutExec = 0x40;

    /// <summary>Null when the line is not a stat line.</summary>
    public static ProcStat? Parse(string line)
    {
        // The command name is in parentheses and may itself hold spaces and ')': split after the last ')'.
        int open = line.IndexOf('(', StringComparison.Ordinal);
        int close = line.LastIndexOf(')');
        if (open <= 0 || close < open
            || !int.TryParse(line.AsSpan(0, open).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int processId))
        {
            return null;
        }

        string[] fields = line[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < UserTimeField + 4
            || !int.TryParse(fields[ParentField], NumberStyles.None, CultureInfo.InvariantCulture, out int parentId)
            || !uint.TryParse(fields[FlagsField], NumberStyles.None, CultureInfo.InvariantCulture, out uint flags))
        {
            return null;
        }

        var times = new long[4];
        for (int i = 0; i < times.Length; i++)
        {
            if (!long.TryParse(fields[UserTimeField + i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out times[i]))
            {
                return null;
            }
        }

        return new ProcStat(
            processId, parentId, OwnTicks: times[0] + times[1], ReapedTicks: times[2] + times[3], ExecPending: (flags & ForkedWithoutExec) != 0);
    }
}
