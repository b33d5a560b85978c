"""hashlib.sha256 over a buffer of size bytes (byte i = i mod 256): CPU work in C that releases the GIL for
buffers this large. The checksum is the digest's first 8 bytes, little-endian, as .NET's CpuHash forms it.
"""

import hashlib

NAME = "sha256"
UNIT = "bytes"
WORKLOAD = "CpuHash"
FIXED_SIZE = False
FIRST_SIZE = 1_000_000


def make(size, context):
    return (bytes(range(256)) * (size // 256 + 1))[:size]


def run(buffer, index):
    return int.from_bytes(hashlib.sha256(buffer).digest()[:8], "little", signed=True)
