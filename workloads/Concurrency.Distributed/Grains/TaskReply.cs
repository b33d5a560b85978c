namespace Concurrency.Distributed.Grains;

/// <summary>
/// A grain's answer to a <see cref="TaskRunRequest"/>: the tasks that ran, and the first that threw, if one did (the rest
/// of the request is skipped). A task's failure is an answer, not an exception, so that an exception from the call
/// itself always means the cluster failed (a silo lost, a timeout) and the tasks may run again elsewhere.
/// </summary>
/// <param name="Silo">Where the tasks ran.</param>
/// <param name="Tasks">The tasks that completed, in order.</param>
/// <param name="FailedIndex">The task that threw, or −1.</param>
/// <param name="Failure">"ExceptionType: message" of that task's exception, or null.</param>
[GenerateSerializer, Immutable]
public sealed record TaskReply(
    [property: Id(0)] SiloIdentity Silo,
    [property: Id(1)] TaskTiming[] Tasks,
    [property: Id(2)] int FailedIndex = -1,
    [property: Id(3)] string? Failure = null);
