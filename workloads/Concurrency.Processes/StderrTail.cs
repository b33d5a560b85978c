namespace Concurrency.Processes;

/// <summary>The last lines a worker wrote to its stderr, kept as they arrive: what a crash report quotes.</summary>
internal sealed class StderrTail
{
    /// <summary>How many lines are kept; older ones are dropped.</summary>
    public const int Lines = 20;

    private readonly Queue<string> _lines = new();
    private readonly Lock _lock = new();

    /// <summary>The kept lines, oldest first, one per line.</summary>
    public string Text
    {
        get
        {
            lock (_lock)
            {
                return string.Join(Environment.NewLine, _lines);
            }
        }
    }

    /// <summary>Keeps a line; null, which ends a process's stderr, is ignored.</summary>
    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _lines.Enqueue(line);
            if (_lines.Count > Lines)
            {
                _lines.Dequeue();
            }
        }
    }
}
