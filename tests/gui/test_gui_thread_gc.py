"""Garbage left in reference cycles is collected on the GUI thread, never on a worker thread that happens
to allocate: a Qt object collected on a worker crashed the process (a segmentation fault in the suite,
while a worker ran the database's migrations)."""

from __future__ import annotations

import gc
import threading


class _Cycle:
    """Garbage only the cyclic collector frees; it notes the thread that freed it."""

    freed_on: list[threading.Thread] = []

    def __init__(self):
        self.me = self

    def __del__(self):
        _Cycle.freed_on.append(threading.current_thread())


def test_a_worker_s_allocations_leave_the_collection_to_the_gui_thread(garbage_collected_on_the_gui_thread):
    collector = garbage_collected_on_the_gui_thread
    gc.collect()
    _Cycle.freed_on.clear()
    _Cycle()  # unreachable at once, but kept alive by its cycle

    def allocate() -> None:  # far past generation 0's threshold, as the migrations are
        keep = [[i] for i in range(50 * gc.get_threshold()[0])]
        del keep

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert _Cycle.freed_on == [] and not gc.isenabled()
    while collector.collect_if_due() >= 0 and not _Cycle.freed_on:
        pass
    gc.collect()  # whatever generation the cycle has reached by now
    assert _Cycle.freed_on == [threading.main_thread()]


def test_what_exists_when_settled_is_left_out_of_later_full_collections(garbage_collected_on_the_gui_thread):
    # A full collection walked all ~200 000 objects of an opened ten-year database: 165 ms on the GUI thread.
    collector = garbage_collected_on_the_gui_thread
    lasting = [[i] for i in range(20_000)]
    collector.settle()
    assert gc.get_freeze_count() >= len(lasting)
    _Cycle.freed_on.clear()
    _Cycle()  # garbage made after settling is still collected, on the GUI thread
    gc.collect()
    assert _Cycle.freed_on == [threading.main_thread()]
    collector.stop()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
