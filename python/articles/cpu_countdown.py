"""The articles' CPU countdown: count n down to zero in pure Python, which holds the GIL throughout.

Each step is folded into an FNV-1a style hash, exactly as .NET's CpuCountdown does, so both runtimes do the same
steps and agree on the checksum for the same size.
"""

from articles.checksums import int64

NAME = "cpu-countdown"
UNIT = "steps"
WORKLOAD = "CpuCountdown"
FIXED_SIZE = False
FIRST_SIZE = 20_000

_OFFSET_BASIS = 14695981039346656037
_PRIME = 1099511628211
_MASK = (1 << 64) - 1


def make(size, context):
    return size


def run(size, index):
    n = size
    hash_ = _OFFSET_BASIS
    while n > 0:
        hash_ = ((hash_ ^ n) * _PRIME) & _MASK
        n -= 1
    return int64(hash_)
