using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Worker;

/// <summary>
/// Keeps the last workload built, since a batch's messages all carry the same spec. A workload is disposed once
/// another replaces it, and the last one with the cache, so what a workload owns on disk (IoFile's folder of 8 MiB
/// files) goes with it instead of piling up in the temporary folder, one per worker process.
/// </summary>
internal sealed class WorkloadCache : IDisposable
{
    private IWorkload? _last;

    public IWorkload Get(WorkloadSpec spec)
    {
        if (_last is { } last && last.Spec == spec)
        {
            return last;
        }

        Release();
        return _last = WorkloadCatalog.Create(spec);
    }

    public void Dispose() => Release();

    private void Release()
    {
        var last = _last;
        _last = null;
        switch (last)
        {
            case IAsyncDisposable asyncDisposable:
                asyncDisposable.DisposeAsync().AsTask().GetAwaiter().GetResult();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
