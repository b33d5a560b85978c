using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Concurrency.Tests.Architecture;

/// <summary>
/// The using directives in the source files of some types. Compiled code misses what the compiler copies into its
/// user (a constant's value leaves no reference behind), so the dependency rules also read the imports.
/// </summary>
internal static class SourceImports
{
    /// <summary>The source files, among those of <paramref name="types"/>, that import a namespace at or under one of <paramref name="forbidden"/>.</summary>
    public static IEnumerable<string> Offenders(IReadOnlyCollection<IType> types, IReadOnlyCollection<string> forbidden)
    {
        var files = types.Select(type => type.SourceFilePath).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        if (types.Count > 0 && files.Count == 0)
        {
            throw new InvalidOperationException($"No source file is known for {types.Count} types: the rule needs the portable PDBs beside the assemblies.");
        }

        foreach (string file in files)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"A PDB names the source file {file}, which is not here: run the tests in the tree they were built from.", file);
            }

            string text = File.ReadAllText(file);
            foreach (string name in forbidden.Where(name => Imports(text, name)))
            {
                yield return $"{file} (using {name})";
            }
        }
    }

    private static bool Imports(string source, string namespaceName) =>
        Regex.IsMatch(
            source,
            $@"^\s*(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?{Regex.Escape(namespaceName)}(\.[\w.]+)?\s*;",
            RegexOptions.Multiline);
}
