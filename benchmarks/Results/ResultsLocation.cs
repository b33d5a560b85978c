namespace Concurrency.Benchmarks.Results;

/// <summary>
/// Where a run writes: <c>results/&lt;machine label&gt;/&lt;UTC timestamp&gt;/</c> under the repository, so no run
/// overwrites another and result sets group by hardware configuration.
/// </summary>
internal static class ResultsLocation
{
    public const string TimestampFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>
    /// A new, not yet existing folder for a run that starts at <paramref name="utcNow"/>; a second run in the
    /// same second gets a numbered suffix instead of sharing (and overwriting) the first one's folder.
    /// </summary>
    public static string NewRunFolder(string resultsRoot, string label, DateTimeOffset utcNow)
    {
        string baseName = Path.Combine(resultsRoot, MachineLabel.Sanitize(label), utcNow.UtcDateTime.ToString(TimestampFormat, System.Globalization.CultureInfo.InvariantCulture));
        string candidate = baseName;
        for (int attempt = 2; Directory.Exists(candidate) || File.Exists(candidate); attempt++)
        {
            candidate = $"{baseName}-{attempt}";
        }

        return candidate;
    }

    /// <summary>
    /// A new run folder under the repository's <c>results/</c> (found from the current folder), named by
    /// <paramref name="label"/> or, when null, by this machine's detected label: what every command that writes
    /// results uses.
    /// </summary>
    public static string NewRunFolder(string? label) =>
        NewRunFolder(FindResultsRoot(Directory.GetCurrentDirectory()), label ?? MachineLabel.Detect(), DateTimeOffset.UtcNow);

    /// <summary>
    /// The repository's <c>results/</c> folder: found by walking up from <paramref name="start"/> to the folder
    /// holding the solution, so <c>dotnet run --project benchmarks</c> works from any folder inside the repo;
    /// outside a checkout, <c>results/</c> under <paramref name="start"/>.
    /// </summary>
    public static string FindResultsRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Concurrency.Benchmarks.sln")))
            {
                return Path.Combine(folder.FullName, "results");
            }
        }

        return Path.Combine(start, "results");
    }
}
