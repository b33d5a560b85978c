using System.Text;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary><c>recommendations.md</c>: the guide's table, each recommendation with its case, runner-up and pitfalls, and the rules.</summary>
internal static class RecommendationMarkdown
{
    public static string Render(IReadOnlyList<Recommendation> recommendations, IReadOnlyList<MeasuredCase> cases)
    {
        var text = new StringBuilder();
        text.AppendLine("# Recommendations: which model, and how many workers, on this machine").AppendLine();
        if (recommendations.Count == 0)
        {
            text.AppendLine("No recommendation: no Scaling case of this run has a Sequential case of its workload and job to be compared with, ")
                .AppendLine("and every figure is relative to it. Run the workloads with `--strategies Sequential,…`.");
            return text.ToString();
        }

        string jobs = string.Join(", ", cases.Select(measured => measured.Job).Distinct().Order(StringComparer.Ordinal));
        string cores = string.Join(", ", cases.Select(measured => measured.Figures.Cores).Distinct().Order());
        text.AppendLine(FormattableString.Invariant($"From this run's own measurements: {cases.Count} Scaling cases, job {jobs}, {cores} usable cores."))
            .AppendLine("Speedup = Sequential median ÷ the case's median; efficiency = the limit model's best time ÷ the case's median ")
            .AppendLine("(1.00 = the machine's limit); [brackets] = 99 % intervals.").AppendLine()
            .AppendLine("| work | workload | use | speedup | efficiency | memory per worker | runner-up |")
            .AppendLine("|---|---|---|---|---|---|---|");
        foreach (var recommendation in recommendations)
        {
            text.AppendLine($"| {recommendation.Work} | {recommendation.Workload} | {Use(recommendation)} | {Speedup(recommendation)} | {Efficiency(recommendation)} | {FigureText.Megabytes(recommendation.RssPerWorkerBytes)} | {RunnerUp(recommendation.RunnerUp)} |");
        }

        foreach (var recommendation in recommendations)
        {
            text.AppendLine().AppendLine($"## {recommendation.Work}: {recommendation.Workload}").AppendLine()
                .AppendLine($"- Use **{Use(recommendation)}**: speedup {Speedup(recommendation)}, efficiency {Efficiency(recommendation)} (`{recommendation.Case}`).");
            if (recommendation.RunnerUp is { } runnerUp)
            {
                text.AppendLine($"- Runner-up: {RunnerUp(runnerUp)} (`{runnerUp.Case}`).");
            }

            text.AppendLine(recommendation.Pitfalls.Count == 0 ? "- No pitfall showed in this run." : "- Pitfalls this run showed:");
            foreach (var pitfall in recommendation.Pitfalls)
            {
                text.AppendLine($"  - {pitfall.Text} (`{pitfall.Case}`)");
            }
        }

        return text.AppendLine().AppendLine(Rules).ToString();
    }

    private const string Rules = """
        ## How these were chosen

        - **Use**: among the cases whose speedup interval overlaps the fastest case's (without intervals: within 5 %),
          the one with the fewest workers, then the lightest model (async, pool threads, dedicated threads, processes),
          then the fastest. The runner-up is chosen the same way among the other strategies; "indistinguishable" means
          its interval overlaps the recommendation's.
        - **Thread-pool starvation**: a pool strategy with more workers than cores whose whole speedup interval lies more
          than 25 % below the lower end of dedicated `Threads`' at the same worker count.
        - **async/await or GIL threads that do not parallelise**: 2 or more workers whose speedup interval ends at or below
          1.10 while the recommendation's lies above 1.10.
        - **Processes that lose to their start-up or overhead**: a process strategy whose whole speedup interval lies below 1.
        - **Plausibility**: the warnings the run gave the recommended case, the runner-up and the Sequential baseline.
        """;

    private static string Use(Recommendation recommendation) => FigureText.Configuration(recommendation.Strategy, recommendation.Workers);

    private static string Speedup(Recommendation recommendation) => FigureText.Speedup(recommendation.Speedup, recommendation.SpeedupInterval);

    private static string Efficiency(Recommendation recommendation) => FigureText.Efficiency(recommendation.Efficiency, recommendation.EfficiencyInterval);

    private static string RunnerUp(RecommendedAlternative? runnerUp) =>
        runnerUp is null
            ? "-"
            : $"{FigureText.Configuration(runnerUp.Strategy, runnerUp.Workers)}, {FigureText.Speedup(runnerUp.Speedup, runnerUp.SpeedupInterval)}"
              + (runnerUp.Indistinguishable ? " (indistinguishable)" : "");
}
