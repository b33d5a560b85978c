"""The articles' URL download: a GET with urllib against the suite's own latency server, which answers
GET /delay/{ms} after that many milliseconds with the milliseconds as text. The checksum is that number.

urllib opens a new connection per request, as the article's urlopen did; proxies from the environment are
ignored, because the server is on this machine. The asyncio form speaks HTTP/1.0 over asyncio's streams (the
standard library has no asynchronous HTTP client), so the server closes the connection to end the body.
"""

import asyncio
import urllib.parse
import urllib.request

NAME = "download"
UNIT = "ms"
WORKLOAD = "IoHttp"
FIXED_SIZE = True

_TIMEOUT_SECONDS = 60


def make(size, context):
    if not context.url:
        raise ValueError("download needs the latency server's address: pass --url http://127.0.0.1:PORT/")
    url = urllib.parse.urljoin(context.url, f"delay/{size}")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return opener, url


def run(state, index):
    opener, url = state
    with opener.open(url, timeout=_TIMEOUT_SECONDS) as response:
        return int(response.read())


async def run_async(state, index):
    _, url = state
    parts = urllib.parse.urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    try:
        writer.write(f"GET {parts.path} HTTP/1.0\r\nHost: {parts.netloc}\r\n\r\n".encode("ascii"))
        await writer.drain()
        response = await reader.read()
    finally:
        writer.close()
        await writer.wait_closed()
    head, _, body = response.partition(b"\r\n\r\n")
    status = head.split(b" ", 2)[1] if head.count(b" ") >= 1 else b""
    if status != b"200":
        raise RuntimeError(f"GET {url} answered {head.splitlines()[0] if head else b'nothing'!r}")
    return int(body)
