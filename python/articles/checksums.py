"""Checksums as .NET's long: Python integers are unbounded, .NET's wrap at 64 bits."""

_MASK = (1 << 64) - 1


def int64(value):
    """The signed 64-bit integer with the same low 64 bits as value, as C#'s unchecked((long)value)."""
    value &= _MASK
    return value - (1 << 64) if value >= 1 << 63 else value


def wrapping_sum(checksums):
    """The sum of checksums with wrapping addition, as the .NET strategies combine a batch's checksums."""
    return int64(sum(checksums))
