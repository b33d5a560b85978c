using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Worker;

/// <summary>Keeps the last workload built, since a batch's messages all carry the same spec.</summary>
internal sealed class WorkloadCache
{
    private IWorkload? _last;

    public IWorkload Get(WorkloadSpec spec) => _last is { } last && last.Spec == spec ? last : _last = WorkloadCatalog.Create(spec);
}
