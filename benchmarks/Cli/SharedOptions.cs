using System.CommandLine;

namespace Concurrency.Benchmarks.Cli;

/// <summary>
/// Options several commands take with the same meaning, defined once so their help and parsing cannot drift apart.
/// Each call makes a new option, so no two commands share one (an option keeps the commands it is added to as parents).
/// </summary>
internal static class SharedOptions
{
    /// <summary><c>--label</c>: the hardware configuration's results folder, as <c>ResultsLocation.NewRunFolder</c> takes it.</summary>
    public static Option<string?> Label() => new("--label")
    {
        Description = "Names this hardware configuration's results folder (default: OS, CPU model and core count).",
        CustomParser = ValueParsers.Label,
    };
}
