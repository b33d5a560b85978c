using System.Text;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>
/// Hardware configurations side by side: every job of every result set (machines, or the core counts of a
/// <c>--cores</c> run) is a configuration. A table of them comes first, then per workload one row per strategy ×
/// workers with each configuration's mean and the speedup and efficiency its run saved.
/// </summary>
internal static class ScalingReportMarkdown
{
    public static string Write(IReadOnlyList<ResultSet> sets)
    {
        var configurations = sets.SelectMany(ScalingCaseReader.Read).ToArray();
        var text = new StringBuilder();
        text.AppendLine("## Scaling report").AppendLine();
        text.AppendLine("| # | Result set | Job | Usable cores | CPU | Logical / physical cores | OS | Runtime |");
        text.AppendLine("|---|---|---|---:|---|---|---|---|");
        for (int i = 0; i < configurations.Length; i++)
        {
            var configuration = configurations[i];
            var machine = configuration.Set.Environment;
            text.AppendLine(
                $"| #{i + 1} | `{MarkdownText.Cell(configuration.Set.Source)}` | {MarkdownText.Cell(configuration.Job)} | {configuration.UsableCores?.ToString() ?? "?"} | "
                + $"{MarkdownText.Cell(machine.Cpu)} | {machine.LogicalCores?.ToString() ?? "?"} / {machine.PhysicalCores?.ToString() ?? "?"} | "
                + $"{MarkdownText.Cell(machine.Os)} | {MarkdownText.Cell(machine.Runtime)} |");
        }

        var allCases = configurations.SelectMany(configuration => configuration.Cases).ToArray();
        bool showBenchmark = allCases.Select(c => c.Benchmark).Distinct().Skip(1).Any();
        foreach (var workload in allCases.Select(c => c.Workload).Distinct().Order())
        {
            text.AppendLine().AppendLine($"### {workload} ({WorkloadCatalog.BoundOf(workload)}-bound)").AppendLine();
            text.Append(showBenchmark ? "| Benchmark | Strategy | Workers |" : "| Strategy | Workers |");
            text.AppendLine(string.Concat(configurations.Select((_, i) => $" #{i + 1} Mean | #{i + 1} Speedup | #{i + 1} Efficiency |")));
            text.Append(showBenchmark ? "|---|---|---:|" : "|---|---:|");
            text.AppendLine(string.Concat(configurations.Select(_ => "---:|---:|---:|")));

            var rows = allCases
                .Where(c => c.Workload == workload)
                .Select(c => (c.Benchmark, c.Strategy, c.Workers))
                .Distinct()
                .OrderBy(row => row.Benchmark, StringComparer.Ordinal).ThenBy(row => row.Strategy).ThenBy(row => row.Workers);
            foreach (var row in rows)
            {
                text.Append(showBenchmark ? $"| {MarkdownText.Cell(row.Benchmark)} | {row.Strategy} | {row.Workers} |" : $"| {row.Strategy} | {row.Workers} |");
                foreach (var configuration in configurations)
                {
                    text.Append(Cells(configuration.Cases.FirstOrDefault(c =>
                        c.Workload == workload && c.Benchmark == row.Benchmark && c.Strategy == row.Strategy && c.Workers == row.Workers)));
                }

                text.AppendLine();
            }
        }

        text.AppendLine().AppendLine("Legend:");
        text.AppendLine("- #N: the configuration in row N of the first table: one job of one result set (a machine, or one core count of a `--cores` run).");
        text.AppendLine("- Usable cores: C of the limit model, the cores the job could use (its affinity, else the machine's), as the run saved it.");
        text.AppendLine("- Mean: BenchmarkDotNet's mean time of one batch (all the case's tasks), outliers removed.");
        text.AppendLine("- Speedup: the same configuration's Sequential mean ÷ this mean, as the run saved it; above 1 beats running the tasks one by one.");
        text.AppendLine("- Efficiency: the limit model's ideal time ÷ this mean with C = the usable cores, as the run saved it; 100 % is the physical limit. "
            + "≈ marks memory-bound workloads, whose real limit is bandwidth.");
        text.AppendLine($"- {MarkdownText.Missing}: the configuration has no such case, the case failed, or its run saved no figures (no Sequential baseline).");
        return text.ToString();
    }

    private static string Cells(ScalingCase? scalingCase)
    {
        if (scalingCase is null)
        {
            return $" {MarkdownText.Missing} | {MarkdownText.Missing} | {MarkdownText.Missing} |";
        }

        var figures = scalingCase.Figures;
        string approximate = figures?.Approximate == true ? "≈" : "";
        return $" {MarkdownText.Time(scalingCase.Mean)} | {(figures is null ? MarkdownText.Missing : MarkdownText.Number(figures.Speedup, "0.00") + "×")} | "
            + $"{(figures is null ? MarkdownText.Missing : approximate + MarkdownText.Number(figures.Efficiency * 100, "0") + " %")} |";
    }
}
