using Concurrency.Distributed.Grains;

namespace Concurrency.Distributed;

/// <summary>One of the strategy's W workers: a grain, and the silo it was activated in. A lane moves to a new grain when its silo is lost.</summary>
/// <param name="Index">The lane's number, 0 … W−1.</param>
/// <param name="Grain">The grain it calls, one call at a time.</param>
/// <param name="Silo">Where that grain lives.</param>
/// <param name="AtItsGateway">
/// Whether the grain was placed in the silo its first call entered, so the client's calls to it are never forwarded;
/// false for a grain put in its silo by a placement hint, which may be reached through another silo's gateway.
/// </param>
internal sealed record OrleansLane(int Index, ITaskGrain Grain, SiloIdentity Silo, bool AtItsGateway);
