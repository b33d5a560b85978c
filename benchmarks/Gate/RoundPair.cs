namespace Concurrency.Benchmarks.Gate;

/// <summary>A base round and the head round that ran right before or after it: the gate's unit of comparison.</summary>
/// <param name="Number">The pair's number, from 1.</param>
/// <param name="Base">The base round.</param>
/// <param name="Head">The head round next to it.</param>
internal sealed record RoundPair(int Number, GateRound Base, GateRound Head);
