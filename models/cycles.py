"""Batch work without the cyclic garbage collector in its way.

A whole layout makes some ten small frozen objects per station; a long export builds and
drops hundreds of thousands (rows of wrapped text, the functions that draw them, PDF
operators). CPython's cyclic collector runs whenever enough objects were allocated, and each
of its full passes visits every object alive, the open document included: it doubled the time
of a whole layout of 8,000 stations and took more than half of that poster's export, while
neither makes garbage that only the collector could free (reference counting frees
everything as it goes). Objects made meanwhile are looked at once, by its next pass.

:func:`paused` switches the collector off for the duration of such work and back on after
it, if it was on. The collector is one per process: overlapping pauses (two exports in two
threads) are counted, and the last one to end switches it back on.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """The cyclic garbage collector off inside the ``with`` block (reference counting goes on)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
