"""The cyclic collector paused for batch work and always switched back on (models.cycles)."""

from __future__ import annotations

import gc
import threading

import pytest

from models import cycles


def test_paused_switches_the_collector_off_and_back_on() -> None:
    assert gc.isenabled()
    with cycles.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_on_after_an_error() -> None:
    with pytest.raises(ValueError), cycles.paused():
        raise ValueError("bad")
    assert gc.isenabled()


def test_left_off_when_it_was_off_before() -> None:
    gc.disable()
    try:
        with cycles.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_in_two_threads_end_with_the_collector_on() -> None:
    """The first pause to end must not switch it on under the other; the last one does."""
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with cycles.paused():
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=other)
    with cycles.paused():
        worker.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # the other thread's export still runs
    release.set()
    worker.join(5)
    assert gc.isenabled()


def test_a_decorated_function_runs_paused_each_time() -> None:
    seen = []

    @cycles.paused()
    def work() -> None:
        seen.append(gc.isenabled())

    work()
    work()
    assert seen == [False, False]
    assert gc.isenabled()
