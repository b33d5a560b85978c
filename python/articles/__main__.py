"""Command line of the articles' experiments; every command prints one JSON object on stdout.

    python3 -m articles info
    python3 -m articles checksum --experiment NAME --size N [--url URL]
    python3 -m articles run --experiment NAME [--size N | --target-ms 10] [--models a,b] [--workers 1,2,4,8,16]
                            [--tasks 16] [--warmup 1] [--repetitions 8] [--url URL] [--out FILE]

Exit codes: 0 done, 2 bad arguments, 3 the experiment cannot run with this interpreter (its JSON says why).
Run it from the folder that holds the `articles` package (the .NET command does).
"""

import os

# One task, one core: NumPy's BLAS would otherwise spread one dot product over every core, which no .NET task does.
# Set before anything imports NumPy.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import multiprocessing  # noqa: E402
import platform  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from types import SimpleNamespace  # noqa: E402

from articles import EXPERIMENTS, MODELS  # noqa: E402
from articles import runner  # noqa: E402

UNAVAILABLE_EXIT_CODE = 3


def interpreter():
    """Which Python this is: what the results record beside every figure."""
    try:
        import numpy
        numpy_version, numpy_error = numpy.__version__, None
    except ImportError as missing:
        numpy_version, numpy_error = None, str(missing)
    return {
        "implementation": platform.python_implementation(),
        "version": platform.python_version(),
        "executable": sys.executable,
        "numpy": numpy_version,
        "numpyError": numpy_error,
        "startMethod": multiprocessing.get_start_method(),
        "cpuCount": os.cpu_count(),
    }


def positive_integers(text):
    try:
        values = [int(item) for item in text.split(",") if item.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a comma-separated list of whole numbers") from None
    if not values or any(value < 1 for value in values):
        raise argparse.ArgumentTypeError(f"'{text}' must list positive whole numbers")
    return values


def model_names(text):
    names = [item.strip() for item in text.split(",") if item.strip()]
    unknown = [name for name in names if name not in MODELS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown model '{', '.join(unknown)}'. Valid: {', '.join(MODELS)}")
    return names


def parser():
    root = argparse.ArgumentParser(prog="python3 -m articles", description="The articles' experiments in CPython.")
    commands = root.add_subparsers(dest="command", required=True)
    commands.add_parser("info", help="the interpreter's version, NumPy's and the multiprocessing start method")

    checksum = commands.add_parser("checksum", help="one task's checksum for a size (no timing)")
    checksum.add_argument("--experiment", required=True, choices=list(EXPERIMENTS))
    checksum.add_argument("--size", required=True, type=int)
    checksum.add_argument("--url", default="")

    run = commands.add_parser("run", help="calibrate, warm up and time every model and worker count")
    run.add_argument("--experiment", required=True, choices=list(EXPERIMENTS))
    run.add_argument("--size", type=int, help="the task size; default: calibrated to --target-ms")
    run.add_argument("--target-ms", type=float, default=10.0, help="the time one task should take (default 10)")
    run.add_argument("--models", type=model_names, help="comma-separated; default: every model that applies")
    run.add_argument("--workers", type=positive_integers, default=[1, 2, 4, 8, 16])
    run.add_argument("--tasks", type=int, default=16)
    run.add_argument("--warmup", type=int, default=1)
    run.add_argument("--repetitions", type=int, default=8)
    run.add_argument("--url", default="", help="the latency server's base address (download)")
    run.add_argument("--out", help="write the JSON here instead of stdout")
    return root


def emit(document, out=None):
    text = json.dumps(document, indent=2)
    if out:
        with open(out, "w", encoding="utf-8") as file:
            file.write(text + "\n")
    else:
        print(text)


def checksum_command(arguments):
    module = runner.load(arguments.experiment)
    folder = tempfile.mkdtemp(prefix="concurrency-articles-")
    try:
        state = module.make(arguments.size, SimpleNamespace(url=arguments.url, folder=folder))
        emit({"experiment": module.NAME, "size": arguments.size, "checksum": module.run(state, 0)})
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_command(arguments):
    module = runner.load(arguments.experiment)
    models = arguments.models or runner.models_of(module)
    not_applicable = [model for model in models if model == "asyncio" and not hasattr(module, "run_async")]
    if not_applicable:
        parser().error(f"asyncio does not apply to {module.NAME}: its task has no asynchronous form")
    folder = tempfile.mkdtemp(prefix="concurrency-articles-")
    try:
        context = SimpleNamespace(url=arguments.url, folder=folder)
        if arguments.size is None:
            size, calibration_ms = runner.calibrate(module, context, arguments.target_ms)
        else:
            size, calibration_ms = arguments.size, None
        spec = (module.NAME, size, arguments.url, folder)
        expected = runner.run_task(spec, 0)
        runs = []
        for model in models:
            for workers in [1] if model == "sequential" else arguments.workers:
                print(f"{module.NAME}: {model} x {workers}", file=sys.stderr, flush=True)
                runs.append(runner.measure(spec, model, workers, arguments.tasks, arguments.warmup, arguments.repetitions, expected))
        emit({
            "experiment": module.NAME,
            "workload": module.WORKLOAD,
            "python": interpreter(),
            "size": size,
            "unit": module.UNIT,
            "targetMs": arguments.target_ms,
            "calibrationMs": calibration_ms,
            "tasks": arguments.tasks,
            "warmup": arguments.warmup,
            "repetitions": arguments.repetitions,
            "taskChecksum": expected,
            "runs": runs,
        }, arguments.out)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    arguments = parser().parse_args()
    try:
        if arguments.command == "info":
            emit(interpreter())
        elif arguments.command == "checksum":
            checksum_command(arguments)
        else:
            run_command(arguments)
    except runner.Unavailable as unavailable:
        emit({"unavailable": str(unavailable), "python": interpreter()})
        return UNAVAILABLE_EXIT_CODE
    return 0


if __name__ == "__main__":
    sys.exit(main())
