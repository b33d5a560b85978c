"""The articles' idle task: time.sleep, which releases the GIL while it waits. The size is the wait in milliseconds."""

import asyncio
import time

NAME = "sleep"
UNIT = "ms"
WORKLOAD = "IoSleep"
FIXED_SIZE = True


def make(size, context):
    return size


def run(milliseconds, index):
    time.sleep(milliseconds / 1000)
    return milliseconds


async def run_async(milliseconds, index):
    await asyncio.sleep(milliseconds / 1000)
    return milliseconds
