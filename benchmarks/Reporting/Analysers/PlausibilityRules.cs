using Concurrency.Benchmarks.Results.Json;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Reporting.Analysers;

/// <summary>
/// Figures that no machine can produce, or that are too noisy to read, each as a warning naming the case and its
/// numbers. The rules flag and never correct: a figure past a limit is shown as measured, with its warning.
/// </summary>
internal static class PlausibilityRules
{
    /// <summary>
    /// How far a figure may pass a physical limit before it is flagged, where nothing measures its noise: the
    /// <c>Cores</c> metric (CPU time counted in 10 ms ticks) and a ratio without an interval.
    /// </summary>
    public const double LimitTolerance = 0.05;

    /// <summary>
    /// The highest CV of a Sequential baseline worth dividing by. Its noise passes into every speedup and efficiency
    /// of its workload (a ratio is at least as uncertain as its divisor); at 5 %, two standard deviations stay within
    /// the 10 % that <c>compare</c> is run to detect.
    /// </summary>
    public const double BaselineCoefficientOfVariation = 0.05;

    /// <summary>The suite's accuracy target: a case's measurements vary by at most 3 % of their mean.</summary>
    public const double TargetCoefficientOfVariation = 0.03;

    public static IEnumerable<string> Check(CaseEvidence evidence)
    {
        int cores = evidence.UsableCores;
        if (evidence.CoresBusy is { } busy && busy > cores * (1 + LimitTolerance))
        {
            yield return FormattableString.Invariant(
                $"{evidence.Name}: Cores {busy:0.00} is above its {cores} usable cores (beyond the {LimitTolerance:P0} tolerance): CPU time was counted that the job could not have used");
        }

        // A baseline's ratios are to itself: 1 by definition, and only rounding could put them past a limit.
        if (evidence.Figures is { } figures && !evidence.IsBaseline)
        {
            if (evidence.Bound == WorkloadBound.Cpu && IsAbove(figures.Speedup, figures.SpeedupInterval, cores))
            {
                yield return FormattableString.Invariant(
                    $"{evidence.Name}: CPU-bound speedup {Describe(figures.Speedup, figures.SpeedupInterval)} is above its {cores} usable cores: the Sequential baseline ran slow or this case did less work");
            }

            if (IsAbove(figures.Efficiency, figures.EfficiencyInterval, 1))
            {
                string approximate = figures.Approximate ? " (approximate: memory-bound)" : "";
                yield return FormattableString.Invariant(
                    $"{evidence.Name}: efficiency {Describe(figures.Efficiency, figures.EfficiencyInterval)} is above 1, the physical limit{approximate}: the Sequential baseline ran slow, its CPU share (which sets the ideal time) was measured high, or this case did less work");
            }
        }

        if (evidence.CoefficientOfVariation is not { } cv)
        {
            yield break;
        }

        // A baseline too noisy to divide by has missed the accuracy target too: one warning says both.
        if (evidence.IsBaseline && cv > BaselineCoefficientOfVariation)
        {
            yield return FormattableString.Invariant(
                $"{evidence.Name}: Sequential baseline CV {cv:P1} over {evidence.Measurements} measurements is above {BaselineCoefficientOfVariation:P0} (and the {TargetCoefficientOfVariation:P0} accuracy target): every speedup and efficiency of this workload divides by it");
        }
        else if (cv > TargetCoefficientOfVariation)
        {
            yield return FormattableString.Invariant(
                $"{evidence.Name}: CV {cv:P1} over {evidence.Measurements} measurements misses the {TargetCoefficientOfVariation:P0} accuracy target");
        }
    }

    /// <summary>Past the limit beyond the ratio's interval; without one, beyond the tolerance.</summary>
    private static bool IsAbove(double value, RatioInterval? interval, double limit) =>
        interval is null ? value > limit * (1 + LimitTolerance) : interval.Low > limit;

    private static string Describe(double value, RatioInterval? interval) =>
        interval is null
            ? FormattableString.Invariant($"{value:0.000} (no interval: under {MedianRatio.MinimumMeasurements} measurements, so past the limit by more than {LimitTolerance:P0})")
            : IntervalText.Format(value, interval) + FormattableString.Invariant($" ({interval.Confidence:P0} interval)");
}
