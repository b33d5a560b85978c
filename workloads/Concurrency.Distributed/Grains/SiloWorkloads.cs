using System.Collections.Concurrent;
using Concurrency.Workloads;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Distributed.Grains;

/// <summary>
/// The workloads a silo has built, one per spec, shared by its grains (a workload is safe to run from many threads, as
/// the in-process strategies run it). Workloads that own a server or a temporary folder are disposed with the silo.
/// </summary>
public sealed class SiloWorkloads : IAsyncDisposable
{
    private readonly ConcurrentDictionary<WorkloadSpec, Lazy<IWorkload>> _built = new();

    public IWorkload Get(WorkloadSpec spec) => _built.GetOrAdd(spec, key => new Lazy<IWorkload>(() => WorkloadCatalog.Create(key))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var workload in _built.Values.Where(lazy => lazy.IsValueCreated).Select(lazy => lazy.Value))
        {
            if (workload is IAsyncDisposable owned)
            {
                await owned.DisposeAsync().ConfigureAwait(false);
            }
        }

        _built.Clear();
    }
}
