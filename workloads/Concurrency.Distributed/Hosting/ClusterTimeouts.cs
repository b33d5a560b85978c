using Orleans.Configuration;

namespace Concurrency.Distributed.Hosting;

/// <summary>
/// The cluster's clocks, shortened from Orleans' defaults for a benchmark cluster whose calls take milliseconds: a
/// call without an answer fails after <see cref="Response"/> (Orleans: 30 s), a silo that stops answering probes is
/// declared dead in about two seconds (Orleans: tens of seconds), so its grains' work moves to the survivors, and a silo
/// that cannot join (Redis down) gives up after <see cref="Join"/> (Orleans: 5 minutes).
/// </summary>
public static class ClusterTimeouts
{
    /// <summary>How long a grain call may go unanswered before it fails.</summary>
    public static readonly TimeSpan Response = TimeSpan.FromSeconds(5);

    /// <summary>How long a silo keeps trying to join its cluster.</summary>
    public static readonly TimeSpan Join = TimeSpan.FromSeconds(20);

    internal static void Shorten(ClusterMembershipOptions options)
    {
        options.MaxJoinAttemptTime = Join;
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = 2;
        options.NumVotesForDeathDeclaration = 1;
    }
}
