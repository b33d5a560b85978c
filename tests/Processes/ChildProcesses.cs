namespace Concurrency.Tests.Processes;

/// <summary>Counts this process's live children from /proc (Linux), which sees what no handle in this process does.</summary>
internal static class ChildProcesses
{
    public static int Count()
    {
        Assume.That(OperatingSystem.IsLinux(), "child processes are counted through /proc");
        int self = Environment.ProcessId;
        return Directory.EnumerateDirectories("/proc").Count(folder => int.TryParse(Path.GetFileName(folder), out _) && ParentOf(folder) == self);
    }

    private static int? ParentOf(string procFolder)
    {
        try
        {
            // "pid (comm) state ppid …": the command may hold spaces and parentheses, so read after the last ')'.
            string stat = File.ReadAllText(Path.Combine(procFolder, "stat"));
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1]);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
