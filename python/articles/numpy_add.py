"""NumPy's x + y on two large arrays, which releases the GIL. The checksum is the sum of the result, an exact
integer equal to .NET's MemAdd checksum for the same size.
"""

from articles import operands

NAME = "numpy-add"
UNIT = "elements"
WORKLOAD = "MemAdd"
FIXED_SIZE = False
FIRST_SIZE = 1_000_000


def make(size, context):
    return operands.make(size)


def run(state, index):
    x, y = state
    return int((x + y).sum())
