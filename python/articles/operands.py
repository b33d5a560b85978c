"""The two arrays the NumPy experiments read, x[i] = i mod 7 and y[i] = i mod 5, as .NET's FloatOperands.

They are float64 where .NET's are float32: every partial sum of these small integers stays an exact integer below
2^53, so NumPy's own summation order (pairwise, or BLAS's) cannot change the checksum. In float32 it could.
"""

import numpy


def make(size):
    indices = numpy.arange(size, dtype=numpy.int64)
    return (indices % 7).astype(numpy.float64), (indices % 5).astype(numpy.float64)
