namespace Concurrency.Benchmarks.WarmUp;

/// <summary>
/// A suite whose [GlobalSetup] runs a <see cref="SetupWarmUp"/> before BenchmarkDotNet's stages. The duration estimate
/// reads it from the case's type, below the suites, so it names this marker instead of the suite class.
/// </summary>
public interface IWarmsUpInSetup;
