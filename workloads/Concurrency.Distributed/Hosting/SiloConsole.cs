namespace Concurrency.Distributed.Hosting;

/// <summary>
/// What a silo process says on its streams: one line on stdout once it has joined its cluster, and on stderr, if it
/// cannot start, the chain of reasons (Orleans wraps the socket error that names a taken port several times).
/// </summary>
public static class SiloConsole
{
    /// <summary>The stdout line of a silo that has started, followed by its pid.</summary>
    public const string Ready = "silo ready";

    /// <summary>Exit code of a silo that could not start.</summary>
    public const int StartFailedExitCode = 1;

    /// <summary>Exit code of a silo given arguments it cannot read.</summary>
    public const int BadArgumentsExitCode = 2;

    /// <summary>Every message of an exception and its inner exceptions, outermost first, each once.</summary>
    public static string Reasons(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            string message = $"{current.GetType().Name}: {current.Message}";
            if (!messages.Contains(message))
            {
                messages.Add(message);
            }

            if (current is AggregateException { InnerExceptions.Count: > 1 } aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Skip(1).Select(Reasons));
            }
        }

        return string.Join(" → ", messages);
    }
}
