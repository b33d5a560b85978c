using BenchmarkDotNet.Diagnosers;
using Concurrency.Benchmarks.Results;
#if WINDOWS_DIAGNOSTICS
using System.Runtime.Versioning;
using BenchmarkDotNet.Diagnostics.Windows;
#endif

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// The profiler behind each <see cref="TraceKind"/>. The Windows ones exist only in a build with Windows diagnostics
/// (the default on Windows, <c>-p:IncludeWindowsDiagnostics=true</c> elsewhere) and run only on Windows.
/// </summary>
internal static class TraceProfilers
{
    public static IDiagnoser Create(TraceKind kind) => kind switch
    {
        TraceKind.EventPipe => new EventPipeProfiler(EventPipeProfile.CpuSampling, providers: null, performExtraBenchmarksRun: true),
        TraceKind.Etw or TraceKind.ConcurrencyVisualizer => OperatingSystem.IsWindows()
            ? CreateWindowsProfiler(kind)
            : throw new UsageException($"--trace {kind} records ETW events, which only Windows has; use --trace EventPipe here."),
        _ => throw new UsageException($"Unknown trace '{kind}'. Valid: {string.Join(", ", Enum.GetNames<TraceKind>())}."),
    };

#if WINDOWS_DIAGNOSTICS
    [SupportedOSPlatform("windows")]
    private static IDiagnoser CreateWindowsProfiler(TraceKind kind) => kind switch
    {
        TraceKind.Etw => new EtwProfiler(),
        TraceKind.ConcurrencyVisualizer => new ConcurrencyVisualizerProfiler(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a Windows profiler"),
    };
#else
    private static IDiagnoser CreateWindowsProfiler(TraceKind kind) =>
        throw new UsageException(
            $"--trace {kind} needs a build with BenchmarkDotNet.Diagnostics.Windows (the default on Windows; -p:IncludeWindowsDiagnostics=true elsewhere).");
#endif
}
