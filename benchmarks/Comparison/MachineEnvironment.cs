namespace Concurrency.Benchmarks.Comparison;

/// <summary>The machine a result set was measured on, from the report's <c>HostEnvironmentInfo</c>.</summary>
/// <param name="Cpu">Processor name.</param>
/// <param name="PhysicalCores">Physical cores, if known.</param>
/// <param name="LogicalCores">Logical cores, if known: the limit model's C.</param>
/// <param name="Os">Operating system and version.</param>
/// <param name="Runtime">The .NET runtime the benchmarks ran on.</param>
internal sealed record MachineEnvironment(string Cpu, int? PhysicalCores, int? LogicalCores, string Os, string Runtime)
{
    public override string ToString() =>
        $"{Cpu}, {LogicalCores?.ToString() ?? "?"} logical / {PhysicalCores?.ToString() ?? "?"} physical cores, {Os}, {Runtime}";
}
