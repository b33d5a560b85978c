using Concurrency.Distributed.Grains;

namespace Concurrency.Distributed;

/// <summary>One of the strategy's W workers: a grain, and the silo it was activated in. A lane moves to a new grain when its silo is lost.</summary>
/// <param name="Index">The lane's number, 0 … W−1.</param>
/// <param name="Grain">The grain it calls, one call at a time.</param>
/// <param name="Silo">Where that grain lives.</param>
/// <param name="AtItsGateway">Whether the client's calls to the grain enter the cluster in its own silo, rather than being forwarded.</param>
internal sealed record OrleansLane(int Index, ITaskGrain Grain, SiloIdentity Silo, bool AtItsGateway);
