using System.Text;
using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>
/// Several result sets (machines, or core counts) side by side: a table of their environments, then per workload one
/// row per strategy × workers with each set's mean, speedup and efficiency.
/// </summary>
public static class ScalingReportMarkdown
{
    public static string Write(IReadOnlyList<ResultSet> sets)
    {
        var casesBySet = sets.Select(ScalingCaseReader.Read).ToArray();
        var text = new StringBuilder();
        text.AppendLine("## Scaling report").AppendLine();
        text.AppendLine("| # | Result set | CPU | Logical / physical cores | OS | Runtime |");
        text.AppendLine("|---|---|---|---|---|---|");
        for (int i = 0; i < sets.Count; i++)
        {
            var machine = sets[i].Environment;
            text.AppendLine(
                $"| #{i + 1} | `{MarkdownText.Cell(sets[i].Source)}` | {MarkdownText.Cell(machine.Cpu)} | "
                + $"{machine.LogicalCores?.ToString() ?? "?"} / {machine.PhysicalCores?.ToString() ?? "?"} | {MarkdownText.Cell(machine.Os)} | {MarkdownText.Cell(machine.Runtime)} |");
        }

        bool showBenchmark = casesBySet.SelectMany(cases => cases).Select(c => c.Benchmark).Distinct().Skip(1).Any();
        foreach (var workload in casesBySet.SelectMany(cases => cases).Select(c => c.Workload).Distinct().Order())
        {
            text.AppendLine().AppendLine($"### {workload} ({WorkloadCatalog.BoundOf(workload)}-bound)").AppendLine();
            text.Append(showBenchmark ? "| Benchmark | Strategy | Workers |" : "| Strategy | Workers |");
            text.AppendLine(string.Concat(sets.Select((_, i) => $" #{i + 1} Mean | #{i + 1} Speedup | #{i + 1} Efficiency |")));
            text.Append(showBenchmark ? "|---|---|---:|" : "|---|---:|");
            text.AppendLine(string.Concat(sets.Select(_ => "---:|---:|---:|")));

            var rows = casesBySet.SelectMany(cases => cases)
                .Where(c => c.Workload == workload)
                .Select(c => (c.Benchmark, c.Strategy, c.Workers))
                .Distinct()
                .OrderBy(row => row.Benchmark, StringComparer.Ordinal).ThenBy(row => row.Strategy).ThenBy(row => row.Workers);
            foreach (var row in rows)
            {
                text.Append(showBenchmark ? $"| {MarkdownText.Cell(row.Benchmark)} | {row.Strategy} | {row.Workers} |" : $"| {row.Strategy} | {row.Workers} |");
                foreach (var cases in casesBySet)
                {
                    var match = cases.FirstOrDefault(c => c.Workload == workload && c.Benchmark == row.Benchmark && c.Strategy == row.Strategy && c.Workers == row.Workers);
                    text.Append(Cells(match));
                }

                text.AppendLine();
            }
        }

        text.AppendLine().AppendLine("Legend:");
        text.AppendLine("- #N: the result set in row N of the first table, measured on that machine.");
        text.AppendLine("- Mean: BenchmarkDotNet's mean time of one batch (all the case's tasks), outliers removed.");
        text.AppendLine("- Speedup: the same machine's Sequential mean ÷ this mean; above 1 beats running the tasks one by one.");
        text.AppendLine("- Efficiency: the limit model's ideal time ÷ this mean, with C = the machine's logical cores; 100 % is the physical limit. "
            + "≈ marks memory-bound workloads, whose real limit is bandwidth.");
        text.AppendLine($"- {MarkdownText.Missing}: the set has no such case, the case failed, or it has no Sequential baseline.");
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
