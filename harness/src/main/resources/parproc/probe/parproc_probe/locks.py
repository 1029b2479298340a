"""Locks: Lock, RLock, Semaphore and Condition of multiprocessing.synchronize.

Records each lock the program makes (with where), each wait to acquire one (with its block and
timeout arguments and how it ended), each acquire and each release, and keeps the set of locks
each thread holds, which every write to stdout reports.
"""

import _thread

from . import trace

_LIBRARY_FILES = ("synchronize.py", "context.py")

held = {}  # thread ident -> {lock id: depth}


def thread_held():
    return held.setdefault(_thread.get_ident(), {})


def held_ids():
    return sorted(thread_held())


def note_acquire(lock_id):
    locks = thread_held()
    locks[lock_id] = locks.get(lock_id, 0) + 1
    trace.emit("acquire", lock=lock_id)


def note_release(lock_id):
    for locks in held.values():
        if lock_id in locks:
            locks[lock_id] -= 1
            if locks[lock_id] <= 0:
                del locks[lock_id]
            break
    trace.emit("release", lock=lock_id)


class Meta(object):
    """What the probe knows of one lock or queue; shared by its wrappers.

    The wrappers hold this, never the lock itself: a reference cycle through the lock would
    keep it alive longer than the student's program does, and under spawn that can hide a
    real bug (a semaphore unlinked while a child still needs it).
    """

    __slots__ = ("ident", "internal")

    def __init__(self, ident=None, internal=True):
        self.ident = ident
        self.internal = internal


def unpickled(ident, internal):
    """The Meta of a lock or queue that reached this process pickled (a spawned child's args)."""
    if ident is not None and not internal:
        trace.known.add(ident)
    return Meta(ident, internal)


def traced_acquire(meta, raw_acquire):
    """acquire() of one lock: the wait, then the acquire when it succeeded."""

    def acquire(*args, **kwargs):
        if meta.internal:
            return raw_acquire(*args, **kwargs)
        block, timeout = trace.wait_arguments(args, kwargs)
        trace.emit("waiting", on="acquire", lock=meta.ident, block=block, timeout=timeout)
        try:
            acquired = raw_acquire(*args, **kwargs)
        except BaseException:
            trace.emit("waited", on="acquire", lock=meta.ident, result="error")
            raise
        trace.emit("waited", on="acquire", lock=meta.ident, result="acquired" if acquired else "timeout")
        if acquired:
            note_acquire(meta.ident)
        return acquired

    return acquire


def patch(synchronize):
    """Wraps SemLock, the base of every lock of multiprocessing.synchronize."""
    SemLock = synchronize.SemLock
    orig_init, orig_make_methods, orig_getstate, orig_setstate = trace.originals(
        SemLock, "__init__", "_make_methods", "__getstate__", "__setstate__")

    def __init__(self, kind, value, maxvalue, *args, **kwargs):
        self._parproc = Meta()
        orig_init(self, kind, value, maxvalue, *args, **kwargs)
        internal, site = trace.creation(_LIBRARY_FILES)
        self._parproc.ident = trace.new_id("L")
        self._parproc.internal = internal
        if not internal:
            trace.known.add(self._parproc.ident)
            trace.emit("lock", lock=self._parproc.ident, kind=type(self).__name__, mutex=value == 1,
                       site=site)

    def _make_methods(self):
        orig_make_methods(self)
        meta = self.__dict__.get("_parproc")
        if meta is None:
            meta = self._parproc = Meta()
        raw_release = self.release

        def release():
            if not meta.internal:
                note_release(meta.ident)
            return raw_release()

        self.acquire = traced_acquire(meta, self.acquire)
        self.release = release

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()

    def __getstate__(self):
        meta = self.__dict__.get("_parproc") or Meta()
        return (orig_getstate(self), meta.ident, meta.internal)

    def __setstate__(self, state):
        self._parproc = unpickled(state[1], state[2])
        orig_setstate(self, state[0])

    trace.replace(SemLock, __init__, _make_methods, __enter__, __exit__, __getstate__, __setstate__)
