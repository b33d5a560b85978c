namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>The profilers <c>--trace</c> turns on. Names are typed on the command line: add, never rename.</summary>
internal enum TraceKind
{
    /// <summary>BenchmarkDotNet's EventPipeProfiler (CPU sampling, a speedscope/nettrace file per case); any OS.</summary>
    EventPipe,

    /// <summary>BenchmarkDotNet.Diagnostics.Windows' EtwProfiler (an .etl trace per case); Windows only.</summary>
    Etw,

    /// <summary>BenchmarkDotNet.Diagnostics.Windows' ConcurrencyVisualizerProfiler (a .CvTrace per case); Windows only.</summary>
    ConcurrencyVisualizer,
}
