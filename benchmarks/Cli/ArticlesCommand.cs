using System.CommandLine;
using System.Globalization;
using Concurrency.Benchmarks.Articles;
using Concurrency.Benchmarks.Results;

namespace Concurrency.Benchmarks.Cli;

/// <summary>
/// <c>articles [--quick] [--python PATH]</c>: the articles' experiments in CPython and .NET, back to back on this
/// machine, into a new results folder (<c>articles.md</c>, <c>articles.json</c>, a chart per experiment, the Python
/// programs' JSON and BenchmarkDotNet's reports).
/// </summary>
internal static class ArticlesCommand
{
    private static readonly Option<bool> QuickOption = new("--quick")
    {
        Description = $"Within 5 minutes on 2 cores: {ArticlesPlan.Quick.Describe()} (default {ArticlesPlan.Full.Describe()}).",
    };

    private static readonly Option<string?> PythonOption = new("--python")
    {
        Description = $"The Python interpreter (default: {PythonLocator.Variable}, else {PythonLocator.DebianPython} on Linux, else python3 or python on PATH).",
    };

    private static readonly Option<string?> LabelOption = SharedOptions.Label();

    public static Command Create()
    {
        var command = new Command("articles", "Runs the articles' experiments in CPython and .NET side by side and writes articles.md, articles.json and charts.");
        command.Options.Add(QuickOption);
        command.Options.Add(PythonOption);
        command.Options.Add(LabelOption);
        command.SetAction((parseResult, _) => RunAsync(parseResult));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult)
    {
        var plan = parseResult.GetValue(QuickOption) ? ArticlesPlan.Quick : ArticlesPlan.Full;
        var python = PythonLocator.Locate(parseResult.GetValue(PythonOption));
        string? label = parseResult.GetValue(LabelOption);
        string folder = ResultsLocation.NewRunFolder(label);
        var report = await new ArticlesRun(plan, python, PythonPrograms.Folder(), folder).RunAsync();
        string markdown = ArticlesOutput.Write(report, folder, label);

        Console.WriteLine();
        Console.Write(markdown);
        Console.WriteLine($"Results: {folder}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wall time: {report.Wall.TotalSeconds:F0} s"));
        return report.Failed ? ExitCodes.Failure : ExitCodes.Success;
    }
}
