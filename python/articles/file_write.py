"""The articles' "write a big string to a file": each task writes a string of size KiB (ASCII, 'a' to 'z' over
and over) to its own file and flushes it to disk, as .NET's IoFile does. File I/O releases the GIL. The checksum is
the file's length after the flush.
"""

import os
import string

NAME = "file-write"
UNIT = "KiB"
WORKLOAD = "IoFile"
FIXED_SIZE = False
FIRST_SIZE = 1024

_BUFFER_SIZE = 64 * 1024


def make(size, context):
    length = size * 1024
    text = (string.ascii_lowercase * (length // 26 + 1))[:length]
    return text, context.folder


def run(state, index):
    text, folder = state
    with open(os.path.join(folder, f"task-{index}.txt"), "w", encoding="ascii", newline="", buffering=_BUFFER_SIZE) as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())
        return os.fstat(file.fileno()).st_size
