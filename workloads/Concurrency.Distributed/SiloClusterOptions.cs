namespace Concurrency.Distributed;

/// <summary>How a local cluster's silo processes start.</summary>
/// <param name="Environment">Variables set for the silos only, e.g. <see cref="Grains.SiloFaults"/> for tests.</param>
/// <param name="Ports">Two ports per silo (silo, gateway), for tests; null picks free ones.</param>
/// <param name="StartTimeout">How long a silo may take to join; null: one minute.</param>
public sealed record SiloClusterOptions(
    IReadOnlyDictionary<string, string>? Environment = null,
    IReadOnlyList<int>? Ports = null,
    TimeSpan? StartTimeout = null)
{
    public static readonly SiloClusterOptions Default = new();
}
