using BenchmarkDotNet.Engines;

namespace Concurrency.Benchmarks.Configuration;

/// <summary>
/// BenchmarkDotNet's engine, taking turns with a peer process (<see cref="TurnBaton"/>): the baton is taken before a
/// case's global set-up and before each iteration, and passed after each iteration, so the set-ups, warm-ups and
/// measured iterations of two sides never overlap and alternate one by one. The engine's own forced collections would
/// follow the pass, on the peer's turn, so the turns' job turns them off (SuiteConfig) and the engine collects here,
/// on its own turn, before each iteration. Public with a parameterless constructor, as BenchmarkDotNet's job
/// characteristics require.
/// </summary>
public sealed class TurnTakingEngineFactory : IEngineFactory
{
    public IEngine CreateReadyToRun(EngineParameters engineParameters)
    {
        var baton = TurnBaton.Current ?? throw new InvalidOperationException($"{TurnBaton.Variable} is not set: there is no peer to take turns with.");
        return new EngineFactory().CreateReadyToRun(InTurns(engineParameters, baton));
    }

    /// <summary>Wraps the parameters' set-up and clean-up actions with the baton's take and pass.</summary>
    internal static EngineParameters InTurns(EngineParameters parameters, TurnBaton baton)
    {
        var (globalSetup, iterationSetup, iterationCleanup) = (parameters.GlobalSetupAction, parameters.IterationSetupAction, parameters.IterationCleanupAction);
        parameters.GlobalSetupAction = () =>
        {
            baton.Take();
            globalSetup();
        };
        parameters.IterationSetupAction = () =>
        {
            baton.Take();
            iterationSetup();

            // What BenchmarkDotNet's engine does after the set-up when it forces collections.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        };
        parameters.IterationCleanupAction = () =>
        {
            iterationCleanup();
            baton.Pass();
        };
        return parameters;
    }
}
