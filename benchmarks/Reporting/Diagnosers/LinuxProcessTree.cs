namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// CPU time and resident memory of a process tree on Linux. Members are found by walking parent ids over the whole
/// process table (slow: every process on the machine), and read apart from that walk, in one short pass over the
/// members alone, so the reading happens close to the moment it stands for. Each member counts its own time plus its
/// reaped children's (<see cref="ProcStat.ReapedTicks"/>): a child alive at the start and reaped before the end moves
/// from "living" to its parent's reaped time, so the difference of two readings counts it once. Orphans re-parented
/// away from the tree are lost; the suite's pools never orphan a child.
/// </summary>
internal sealed class LinuxProcessTree(IProcessTable table)
{
    public static readonly LinuxProcessTree Proc = new(ProcFileSystem.Instance);

    /// <summary>A pass retried this often found children exiting through every one of them: no reading is consistent.</summary>
    private const int MaxPasses = 10;

    /// <summary>
    /// Reads the tree of <paramref name="rootProcessId"/>. Given the <paramref name="previous"/> reading, the members
    /// it found are read first, in one short pass, and only then is the machine searched for processes started since
    /// (whose whole CPU time falls after the previous reading): the search takes long, and the tree keeps running.
    /// </summary>
    public TreeCpuReading Read(int rootProcessId, TreeCpuReading? previous = null)
    {
        if (previous is null)
        {
            var members = Members(rootProcessId);
            return new TreeCpuReading(CpuTime(members), members);
        }

        var cpuTime = CpuTime(previous.Members);
        int[] started = [.. Members(rootProcessId).Except(previous.Members)];
        return started.Length == 0
            ? new TreeCpuReading(cpuTime, previous.Members)
            : new TreeCpuReading(cpuTime + CpuTime(started), [.. previous.Members, .. started]);
    }

    /// <summary>The root and its living descendants, each parent before its children.</summary>
    public IReadOnlyList<int> Members(int rootProcessId)
    {
        var processes = table.ProcessIds().Select(table.Stat).OfType<ProcStat>().ToList();
        if (processes.All(process => process.ProcessId != rootProcessId))
        {
            throw NotRunning(rootProcessId);
        }

        var children = processes.ToLookup(process => process.ParentId, process => process.ProcessId);
        var members = new List<int> { rootProcessId };
        for (int i = 0; i < members.Count; i++)
        {
            members.AddRange(children[members[i]]);
        }

        return members;
    }

    /// <summary>
    /// The CPU time of <paramref name="members"/> (parents before children), each counted once: a
    /// child reaped while the pass runs moves from "living" to its parent's reaped time, and depending on which of the
    /// two was read first would count twice or not at all. Every parent's reaped time is read again after the pass;
    /// if one changed, the pass is repeated.
    /// </summary>
    public TimeSpan CpuTime(IReadOnlyList<int> members)
    {
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            var total = TimeSpan.Zero;
            var reaped = new List<(int ProcessId, long Ticks)>(members.Count);
            foreach (int processId in members)
            {
                if (table.Stat(processId) is not { } stat)
                {
                    continue;
                }

                total += (table.OwnCpuTime(processId) ?? stat.OwnTicks * table.Tick) + stat.ReapedTicks * table.Tick;
                reaped.Add((processId, stat.ReapedTicks));
            }

            if (reaped.All(read => table.Stat(read.ProcessId) is not { } now || now.ReapedTicks == read.Ticks))
            {
                return total;
            }
        }

        throw new InvalidOperationException(
            $"Children of processes {string.Join(", ", members)} kept exiting during {MaxPasses} readings: no consistent CPU time.");
    }

    /// <summary>
    /// The resident memory of the tree of <paramref name="rootProcessId"/> now: the members found by a fresh walk (so
    /// processes started since the last reading count), each one's resident set summed. A child between fork and exec
    /// is left out: its pages are its parent's (shared outright after vfork), and counting them would count the parent twice.
    /// </summary>
    public long ResidentBytes(int rootProcessId) =>
        Members(rootProcessId)
            .Where(processId => table.Stat(processId) is { ExecPending: false })
            .Sum(processId => table.ResidentBytes(processId) ?? 0);

    private static InvalidOperationException NotRunning(int processId) =>
        new($"Process {processId} is not running: its process tree cannot be read.");
}
