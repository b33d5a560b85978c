namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// A process tree's CPU time at one moment, and the processes read for it (parents first; empty where the platform
/// reads the tree whole): the next reading reads these first, before looking for processes started since.
/// </summary>
internal sealed record TreeCpuReading(TimeSpan CpuTime, IReadOnlyList<int> Members);
