"""NumPy's x.dot(y) on two large arrays (BLAS, which releases the GIL; the launcher pins BLAS to one thread, so one
task uses one core as .NET's TensorPrimitives.Dot does). The checksum equals .NET's MemDot checksum for the same size.
"""

from articles import operands

NAME = "numpy-dot"
UNIT = "elements"
WORKLOAD = "MemDot"
FIXED_SIZE = False
FIRST_SIZE = 1_000_000


def make(size, context):
    return operands.make(size)


def run(state, index):
    x, y = state
    return int(x.dot(y))
