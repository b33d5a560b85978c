namespace Concurrency.Tests.Architecture;

/// <summary>
/// A name in a source file that resolves to a type or namespace of the same project: <paramref name="Folder"/> is the
/// top folder of the file that uses it, <paramref name="TargetFolder"/> the top folder it is declared in ("" for the
/// project's root folder).
/// </summary>
internal sealed record SourceUse(string File, int Line, string Name, string Folder, string TargetFolder)
{
    public override string ToString() => $"{Describe(Folder)} → {Describe(TargetFolder)}: {File}:{Line} uses {Name}";

    /// <summary>A folder as a report names it: the project's root folder is where Program.cs lives.</summary>
    public static string Describe(string folder) => folder.Length == 0 ? "(root)" : folder;
}
