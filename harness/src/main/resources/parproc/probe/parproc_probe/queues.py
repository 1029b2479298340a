"""Queues: Queue, JoinableQueue and SimpleQueue of multiprocessing.queues.

Records each queue the program makes (with where), each value put (before it is on the queue,
so any get of it comes later in the trace), and each get as a wait: its begin with the block and
timeout arguments, the value taken, and its end.
"""

from . import trace
from .locks import Meta, unpickled

_LIBRARY_FILES = ("queues.py", "context.py")


def _meta(queue):
    return queue.__dict__.get("_parproc") or Meta()


def traced_put(orig_put):
    def put(self, obj, *args, **kwargs):
        meta = _meta(self)
        if meta.internal:
            return orig_put(self, obj, *args, **kwargs)
        # Recorded before the value is on the queue, so any get of it comes later in the trace.
        trace.emit("put", queue=meta.ident, **trace.describe_value(obj))
        try:
            return orig_put(self, obj, *args, **kwargs)
        except BaseException:
            trace.emit("put-failed", queue=meta.ident)
            raise
    return put


def _ended_by(exc):
    """How a get that raised ended: queue.Empty is a timeout (or an empty non-blocking get)."""
    return "timeout" if type(exc).__name__ == "Empty" else "error"


def traced_get(orig_get):
    def get(self, *args, **kwargs):
        meta = _meta(self)
        if meta.internal:
            return orig_get(self, *args, **kwargs)
        block, timeout = trace.wait_arguments(args, kwargs)
        # Also shows what a process was doing if the run is stopped at the time limit.
        trace.emit("waiting", on="get", queue=meta.ident, block=block, timeout=timeout)
        try:
            obj = orig_get(self, *args, **kwargs)
        except BaseException as exc:
            trace.emit("waited", on="get", queue=meta.ident, result=_ended_by(exc))
            raise
        trace.emit("get", queue=meta.ident, **trace.describe_value(obj))
        trace.emit("waited", on="get", queue=meta.ident, result="value")
        return obj
    return get


def _pipe(queue):
    """The pipe a queue's values travel through, as the kernel names it ("pipe:[123]"), so that the
    grader can find the bytes each process wrote into it; None where it is not a pipe."""
    import os
    import stat
    writer = getattr(queue, "_writer", None)
    try:
        status = os.fstat(writer.fileno())
    except (AttributeError, OSError, ValueError):
        return None
    return "pipe:[%d]" % status.st_ino if stat.S_ISFIFO(status.st_mode) else None


def _patch_class(cls, patch_get=True):
    orig_init, orig_getstate, orig_setstate = trace.originals(
        cls, "__init__", "__getstate__", "__setstate__")

    def __init__(self, *args, **kwargs):
        orig_init(self, *args, **kwargs)
        if "_parproc" in self.__dict__:
            return  # a subclass's __init__ already ran this one
        internal, site = trace.creation(_LIBRARY_FILES)
        self._parproc = Meta(trace.new_id("Q"), internal)
        if not internal:
            trace.known.add(self._parproc.ident)
            trace.emit("queue", queue=self._parproc.ident, kind=type(self).__name__, site=site,
                       pipe=_pipe(self))

    def __getstate__(self):
        meta = _meta(self)
        return (orig_getstate(self), meta.ident, meta.internal)

    def __setstate__(self, state):
        orig_setstate(self, state[0])
        self._parproc = unpickled(state[1], state[2])

    trace.replace(cls, __init__, __getstate__, __setstate__)
    cls.put = traced_put(cls.put)
    if patch_get:
        cls.get = traced_get(cls.get)


def patch(queues):
    _patch_class(queues.Queue)
    # JoinableQueue defines its own put; its get, __init__ and state come from Queue.
    queues.JoinableQueue.put = traced_put(queues.JoinableQueue.put)
    _patch_class(queues.SimpleQueue)
