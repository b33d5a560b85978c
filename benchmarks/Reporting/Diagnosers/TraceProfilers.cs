using BenchmarkDotNet.Diagnosers;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Results;
#if WINDOWS
using BenchmarkDotNet.Diagnostics.Windows;
#endif

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>The profiler behind each <see cref="TraceKind"/>; the Windows ones exist only in a Windows build.</summary>
public static class TraceProfilers
{
    public static IDiagnoser Create(TraceKind kind) => kind switch
    {
        TraceKind.EventPipe => new EventPipeProfiler(EventPipeProfile.CpuSampling, providers: null, performExtraBenchmarksRun: true),
#if WINDOWS
        TraceKind.Etw => new EtwProfiler(),
        TraceKind.ConcurrencyVisualizer => new ConcurrencyVisualizerProfiler(),
#else
        TraceKind.Etw or TraceKind.ConcurrencyVisualizer =>
            throw new UsageException($"--trace {kind} needs a Windows build (BenchmarkDotNet.Diagnostics.Windows); use --trace EventPipe here."),
#endif
        _ => throw new UsageException($"Unknown trace '{kind}'. Valid: {string.Join(", ", Enum.GetNames<TraceKind>())}."),
    };
}
