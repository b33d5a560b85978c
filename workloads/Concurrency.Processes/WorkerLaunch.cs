namespace Concurrency.Processes;

/// <summary>How a worker process is started; the names are a public contract (benchmark parameters key on them).</summary>
public enum WorkerLaunch
{
    /// <summary>The worker's apphost, the native launcher the SDK writes beside its dll. The pools' default.</summary>
    Apphost,

    /// <summary><c>dotnet Concurrency.Workloads.Worker.dll</c>: the muxer resolves the runtime first.</summary>
    DotnetHost,

    /// <summary>The worker published with <c>PublishAot=true</c>: no JIT, no runtime to load.</summary>
    NativeAot,
}
