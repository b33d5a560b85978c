"""Runs one experiment under the concurrency models the articles used and times every batch.

A batch is `tasks` identical tasks (16, as the .NET Scaling suite); each model runs it on `workers` workers, each
worker taking the next task until none is left. A measurement is one batch's wall time from time.perf_counter.
Every task's checksum is checked against the one the calibration step computed; a wrong one stops the run.
"""

import asyncio
import concurrent.futures
import functools
import importlib
import multiprocessing
import platform
import statistics
import sys
import threading
import time
from types import SimpleNamespace

from articles import EXPERIMENTS, MODELS
from articles.checksums import wrapping_sum


# How long the parent waits for a child's next checksum before it calls the batch failed (a child that died says nothing).
_CHILD_TIMEOUT_SECONDS = 300


class Unavailable(Exception):
    """The experiment cannot run with this interpreter (NumPy missing): the caller reports it, nothing crashes."""


def load(name):
    """The experiment module called name; Unavailable when it needs a module this interpreter lacks."""
    if name not in EXPERIMENTS:
        raise ValueError(f"unknown experiment '{name}'. Valid: {', '.join(EXPERIMENTS)}")
    try:
        return importlib.import_module(EXPERIMENTS[name])
    except ModuleNotFoundError as missing:
        raise Unavailable(
            f"{name} needs the module '{missing.name}', which {sys.executable} (Python {platform.python_version()}) cannot "
            f"import; Debian's python3-numpy provides NumPy for Debian's /usr/bin/python3") from missing


def models_of(module):
    """The models that apply to an experiment: asyncio only where the task has an asynchronous form."""
    return [model for model in MODELS if model != "asyncio" or hasattr(module, "run_async")]


# A process's built task states, by (experiment, size, url, folder). Built in the parent before any worker process
# starts, so forked workers inherit them instead of rebuilding large buffers; spawned ones build their own once.
_states = {}


def _state(spec):
    if spec not in _states:
        name, size, url, folder = spec
        _states[spec] = load(name).make(size, SimpleNamespace(url=url, folder=folder))
    return _states[spec]


def run_task(spec, index):
    """One task of the experiment spec, in whatever process or thread calls it."""
    return load(spec[0]).run(_state(spec), index)


def _process_worker(spec, first, step, tasks, results):
    for index in range(first, tasks, step):
        try:
            results.put((index, run_task(spec, index), None))
        except Exception as failure:  # reported to the parent, which raises it there
            results.put((index, None, f"{type(failure).__name__}: {failure}"))
            return


class _Sequential:
    def __init__(self, spec, workers, tasks):
        self._task = functools.partial(run_task, spec)
        self._tasks = tasks

    def run(self):
        return [self._task(index) for index in range(self._tasks)]

    def close(self):
        pass


class _Threads:
    """W threading.Thread objects started for the batch and joined at its end, each pulling the next index."""

    def __init__(self, spec, workers, tasks):
        self._task = functools.partial(run_task, spec)
        self._workers = min(workers, tasks)
        self._tasks = tasks

    def run(self):
        results = [None] * self._tasks
        indices = iter(range(self._tasks))
        lock = threading.Lock()
        failures = []

        def work():
            while not failures:
                with lock:
                    index = next(indices, None)
                if index is None:
                    return
                try:
                    results[index] = self._task(index)
                except Exception as failure:
                    failures.append(failure)

        threads = [threading.Thread(target=work) for _ in range(self._workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if failures:
            raise failures[0]
        return results

    def close(self):
        pass


class _ThreadPool:
    """One ThreadPoolExecutor of W threads for every batch, as a program keeps its pool."""

    def __init__(self, spec, workers, tasks):
        self._task = functools.partial(run_task, spec)
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)
        self._tasks = tasks

    def run(self):
        return list(self._pool.map(self._task, range(self._tasks)))

    def close(self):
        self._pool.shutdown()


class _Processes:
    """W multiprocessing.Process objects started for the batch (their start-up is part of it, as in the articles);
    worker k runs tasks k, k + W, … (identical tasks need no dynamic hand-out) and reports each checksum."""

    def __init__(self, spec, workers, tasks):
        self._spec = spec
        self._workers = min(workers, tasks)
        self._tasks = tasks
        self._context = multiprocessing.get_context()

    def run(self):
        results = self._context.Queue()
        processes = [
            self._context.Process(target=_process_worker, args=(self._spec, first, self._workers, self._tasks, results))
            for first in range(self._workers)
        ]
        for process in processes:
            process.start()
        checksums = [None] * self._tasks
        failure = None
        for _ in range(self._tasks):
            index, checksum, error = results.get(timeout=_CHILD_TIMEOUT_SECONDS)
            if error is not None:
                failure = RuntimeError(f"task {index} failed in a child process: {error}")
                break
            checksums[index] = checksum
        for process in processes:
            # After a failure the others may still be writing to the queue, and joining a writer that nobody reads blocks.
            if failure is not None:
                process.terminate()
            process.join()
        results.close()
        if failure is not None:
            raise failure
        return checksums

    def close(self):
        pass


class _ProcessPool:
    """One ProcessPoolExecutor of W processes for every batch; its start-up happens in the warm-up, as .NET's pool."""

    def __init__(self, spec, workers, tasks):
        self._task = functools.partial(run_task, spec)
        self._pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context())
        self._tasks = tasks

    def run(self):
        return list(self._pool.map(self._task, range(self._tasks)))

    def close(self):
        self._pool.shutdown()


class _Asyncio:
    """One event loop; W coroutines each await the next task's asynchronous form until none is left."""

    def __init__(self, spec, workers, tasks):
        self._module = load(spec[0])
        self._state = _state(spec)
        self._workers = min(workers, tasks)
        self._tasks = tasks
        self._loop = asyncio.new_event_loop()

    def run(self):
        return self._loop.run_until_complete(self._batch())

    async def _batch(self):
        results = [None] * self._tasks
        indices = iter(range(self._tasks))

        async def lane():
            for index in indices:
                results[index] = await self._module.run_async(self._state, index)

        await asyncio.gather(*(lane() for _ in range(self._workers)))
        return results

    def close(self):
        self._loop.close()


_MODEL_TYPES = {
    "sequential": _Sequential,
    "threading.Thread": _Threads,
    "ThreadPoolExecutor": _ThreadPool,
    "multiprocessing.Process": _Processes,
    "ProcessPoolExecutor": _ProcessPool,
    "asyncio": _Asyncio,
}


def _timed(function):
    start = time.perf_counter()
    result = function()
    return (time.perf_counter() - start) * 1000, result


def calibrate(module, context, target_ms, rounds=6):
    """The size whose task takes about target_ms here, and that task's median time in ms.

    Latency experiments need none: their size is the wait in milliseconds. Otherwise the size is scaled by
    target ÷ measured until within 5 % (or rounds run out); each measurement is the median of 3 runs after 1 warm one.
    """
    if module.FIXED_SIZE:
        return max(1, round(target_ms)), None
    size = module.FIRST_SIZE
    for round_ in range(rounds):
        state = module.make(size, context)
        module.run(state, 0)
        elapsed = statistics.median(_timed(lambda: module.run(state, 0))[0] for _ in range(3))
        ratio = target_ms / max(elapsed, 1e-6)
        if abs(ratio - 1) <= 0.05 or round_ == rounds - 1:
            return size, elapsed
        size = max(1, int(size * min(ratio, 64)))
    raise AssertionError("unreachable")


def measure(spec, model, workers, tasks, warmup, repetitions, expected):
    """Warm-up batches, then `repetitions` timed batches of one model; every task's checksum must be `expected`."""
    runner = _MODEL_TYPES[model](spec, workers, tasks)
    try:
        # A pool's workers start in its first batch: at least one warm-up keeps that out of the measurements.
        for _ in range(max(warmup, 1 if model == "ProcessPoolExecutor" else 0)):
            _check(runner.run(), expected, model, workers)
        measurements = []
        batch_checksum = None
        for _ in range(repetitions):
            elapsed, checksums = _timed(runner.run)
            _check(checksums, expected, model, workers)
            measurements.append(elapsed)
            batch_checksum = wrapping_sum(checksums)
        return {"model": model, "workers": 1 if model == "sequential" else workers,
                "measurementsMs": measurements, "batchChecksum": batch_checksum}
    finally:
        runner.close()


def _check(checksums, expected, model, workers):
    wrong = [(index, checksum) for index, checksum in enumerate(checksums) if checksum != expected]
    if wrong:
        index, checksum = wrong[0]
        raise RuntimeError(f"{model} with {workers} workers: task {index} returned checksum {checksum}, expected {expected}")
