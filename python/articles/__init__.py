"""The articles' experiments in CPython: one module per experiment, one runner for every concurrency model.

Each experiment module defines what one task does and how its checksum is formed, the same way as the .NET workload
it is compared with, so that both runtimes agree on the checksum for the same size:

    NAME        the experiment's name on the command line and in the results
    UNIT        what the size counts (steps, bytes, KiB, elements, milliseconds)
    WORKLOAD    the .NET workload it matches
    FIXED_SIZE  True where the size is the latency in milliseconds, so the target time is the size itself
    FIRST_SIZE  where calibration starts (experiments that are calibrated)
    make(size, context) -> state     built once per process: buffers, arrays, an opener
    run(state, index) -> int         one task; returns its checksum as a signed 64-bit integer
    run_async(state, index)          (sleep and download only) the asyncio form of one task
"""

EXPERIMENTS = {
    "cpu-countdown": "articles.cpu_countdown",
    "sleep": "articles.sleep",
    "download": "articles.download",
    "file-write": "articles.file_write",
    "numpy-add": "articles.numpy_add",
    "numpy-dot": "articles.numpy_dot",
    "sha256": "articles.sha256",
}

MODELS = (
    "sequential",
    "threading.Thread",
    "ThreadPoolExecutor",
    "multiprocessing.Process",
    "ProcessPoolExecutor",
    "asyncio",
)
