using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Reporting.Analysers;
using Concurrency.Benchmarks.Reporting.Exporters;

namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>Where the plausibility warnings go: the suite's analysers, and the markdown report's own section.</summary>
public sealed class PlausibilityReportingTests
{
    private static readonly SuiteOptions NoSlicing = new(null, null, null, null);

    [Test]
    public void SuiteConfig_RunsThePlausibilityAnalyser() =>
        Assert.That(SuiteConfig.Create(NoSlicing).GetAnalysers(), Does.Contain(PlausibilityAnalyser.Default));

    [Test]
    public void SuiteConfig_WritesTheMarkdownReportWithWarningsInsteadOfBenchmarkDotNets() =>
        Assert.That(SuiteConfig.Create(NoSlicing).GetExporters(), Does.Contain(MarkdownWithWarningsExporter.GitHub).And.Not.Contain(MarkdownExporter.GitHub));

    [Test]
    public void MarkdownSection_ListsEveryWarning()
    {
        var logger = new AccumulationLogger();

        MarkdownWithWarningsExporter.WriteWarnings(["first case: Cores 2.50", "second case: CV 4.1 %"], logger);

        Assert.That(logger.GetLog(), Does.Contain("## Warnings").And.Contain("- first case: Cores 2.50").And.Contain("- second case: CV 4.1 %"));
    }

    [Test]
    public void MarkdownSection_NoWarnings_NothingWritten()
    {
        var logger = new AccumulationLogger();

        MarkdownWithWarningsExporter.WriteWarnings([], logger);

        Assert.That(logger.GetLog(), Is.Empty);
    }
}
