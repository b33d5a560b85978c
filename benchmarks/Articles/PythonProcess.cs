using System.ComponentModel;
using System.Diagnostics;

namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// Runs <c>python -B -m articles …</c> in the programs' folder and waits for it. Its stderr (progress lines) is passed
/// to <paramref name="progress"/> as it comes; its stdout is the JSON answer. A run past <paramref name="limit"/> is
/// killed with its children (the multiprocessing workers).
/// </summary>
internal sealed class PythonProcess(string executable, string programsFolder, TimeSpan limit, Action<string>? progress = null)
{
    /// <summary>Exit code of an experiment this interpreter cannot run (NumPy missing); its JSON says why.</summary>
    public const int UnavailableExitCode = 3;

    private const int ErrorTailLines = 15;

    public string Executable { get; } = executable;

    /// <summary>Runs the command; a program that cannot be started at all is an <see cref="InvalidOperationException"/>.</summary>
    public async Task<PythonResult> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = programsFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // -B and the variable: the run writes no __pycache__ into the repository, in this process or its children.
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach (string argument in (string[])["-B", "-m", PythonPrograms.Package, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        var errorTail = new Queue<string>();
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not { } text)
            {
                return;
            }

            lock (errorTail)
            {
                errorTail.Enqueue(text);
                if (errorTail.Count > ErrorTailLines)
                {
                    errorTail.Dequeue();
                }
            }

            progress?.Invoke(text);
        };

        try
        {
            process.Start();
        }
        catch (Win32Exception failure)
        {
            throw new InvalidOperationException($"{Executable} could not be started: {failure.Message}", failure);
        }

        process.BeginErrorReadLine();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Executable} -m {PythonPrograms.Package} {string.Join(' ', arguments)} did not finish within {limit}; it was stopped.");
        }

        // The parameterless wait also waits until every stderr line has reached the handler above.
        process.WaitForExit();
        string json = await output.ConfigureAwait(false);
        lock (errorTail)
        {
            return new PythonResult(process.ExitCode, json, string.Join(Environment.NewLine, errorTail));
        }
    }
}
