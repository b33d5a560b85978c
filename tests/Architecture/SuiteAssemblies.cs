using System.Reflection;
using Concurrency.Distributed;
using Concurrency.Processes;
using Concurrency.Strategies;
using Concurrency.WorkerProtocol;
using Concurrency.Workloads;

namespace Concurrency.Tests.Architecture;

/// <summary>The suite's own assemblies, each named after its root namespace.</summary>
internal static class SuiteAssemblies
{
    public static Assembly Workloads => typeof(IWorkload).Assembly;

    public static Assembly Strategies => typeof(Strategy).Assembly;

    public static Assembly WorkerProtocol => typeof(WireFormat).Assembly;

    public static Assembly Processes => typeof(ProcessPoolStrategy).Assembly;

    public static Assembly Worker => typeof(Concurrency.Worker.WorkerHost).Assembly;

    public static Assembly Distributed => typeof(OrleansStrategy).Assembly;

    public static Assembly Benchmarks => typeof(Concurrency.Benchmarks.Program).Assembly;

    /// <summary>The silo executable, copied beside the tests through the benchmarks project; nothing references its types.</summary>
    public static Assembly Silo => Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "Concurrency.Silo.dll"));

    public static IEnumerable<Assembly> All => [Workloads, Strategies, WorkerProtocol, Processes, Worker, Distributed, Silo, Benchmarks];
}
