namespace Concurrency.Tests.Architecture;

/// <summary>
/// A small project written by a test into a temporary folder, to check a source reader on code whose answer is known:
/// the generated global usings in obj/ as the SDK writes them, then whatever files the test writes.
/// </summary>
internal sealed class ScratchProject
{
    public const string RootNamespace = "Fixture";

    public ScratchProject(string globalUsings)
    {
        Source = new SourceProject(Directory.CreateTempSubdirectory("scratch-project-").FullName, RootNamespace);
        Write("obj/Fixture.GlobalUsings.g.cs", globalUsings);
    }

    public SourceProject Source { get; }

    public void Write(string relativePath, string source)
    {
        string path = Path.Combine(Source.Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, source);
    }
}
