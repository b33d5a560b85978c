namespace Concurrency.Tests;

/// <summary>
/// Deletes a test's scratch folder from a teardown whatever its set-up got to. NUnit runs a teardown even when the set-up
/// was skipped or threw; a path never set (the set-up stopped before creating it) or a folder already gone is then
/// nothing to delete, so the teardown cannot fail and hide the set-up's own outcome.
/// </summary>
internal static class ScratchFolders
{
    public static void Delete(string? folder)
    {
        if (!string.IsNullOrEmpty(folder) && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
