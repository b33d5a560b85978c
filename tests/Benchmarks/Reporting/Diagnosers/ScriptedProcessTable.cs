using Concurrency.Benchmarks.Reporting.Diagnosers;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// A process table whose processes a test sets up, in 1-second ticks and resident bytes, and which can reap a child
/// at a chosen read: a race of the real /proc, made to happen every time.
/// </summary>
internal sealed class ScriptedProcessTable : IProcessTable
{
    private readonly Dictionary<int, ProcStat> _processes = [];
    private readonly Dictionary<int, TimeSpan> _preciseCpu = [];
    private readonly Dictionary<int, long> _resident = [];
    private readonly Dictionary<int, int> _statReads = [];
    private (int ProcessId, int AtRead)? _reap;

    public TimeSpan Tick => TimeSpan.FromSeconds(1);

    public ScriptedProcessTable Add(int processId, int parentId, long ownTicks, long reapedTicks = 0, long residentBytes = 0, bool execPending = false)
    {
        _processes[processId] = new ProcStat(processId, parentId, ownTicks, reapedTicks, execPending);
        _resident[processId] = residentBytes;
        return this;
    }

    public ScriptedProcessTable WithPreciseCpu(int processId, TimeSpan cpuTime)
    {
        _preciseCpu[processId] = cpuTime;
        return this;
    }

    /// <summary>Reaps <paramref name="processId"/> into its parent's reaped time just before the stat read numbered <paramref name="atRead"/> (from 1), of any process.</summary>
    public ScriptedProcessTable ReapBeforeRead(int processId, int atRead)
    {
        _reap = (processId, atRead);
        return this;
    }

    public int StatReads => _statReads.Values.Sum();

    public IEnumerable<int> ProcessIds() => [.. _processes.Keys];

    public ProcStat? Stat(int processId)
    {
        _statReads[processId] = _statReads.GetValueOrDefault(processId) + 1;
        if (_reap is { } reap && StatReads == reap.AtRead)
        {
            var child = _processes[reap.ProcessId];
            var parent = _processes[child.ParentId];
            _processes[parent.ProcessId] = parent with { ReapedTicks = parent.ReapedTicks + child.OwnTicks + child.ReapedTicks };
            _processes.Remove(child.ProcessId);
            _preciseCpu.Remove(child.ProcessId);
        }

        return _processes.GetValueOrDefault(processId);
    }

    public TimeSpan? OwnCpuTime(int processId) => _preciseCpu.TryGetValue(processId, out var cpu) ? cpu : null;

    public long? ResidentBytes(int processId) => _processes.ContainsKey(processId) ? _resident[processId] : null;
}
