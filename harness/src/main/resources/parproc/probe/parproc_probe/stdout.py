"""Standard output and input: every write to fd 1, and each read of stdin by the graded process.

sys.stdout gets a raw layer of the probe's own, so each write reaches fd 1 and then the trace
with the locks the writing thread held; os.write(1, ...) is traced the same way. With races
exposed, each write is followed by a short random pause, and a child's first write waits at a
start barrier until its siblings have started, so that interleavings a busy machine could
produce show up in a few runs.
"""

import io
import os
import sys

from . import locks, trace

PIPE_BUF = 4096


def _rng():
    rng = trace.state.get("rng")
    if rng is None:
        import random  # only with races exposed: a plain run never needs it
        name = sys.modules["multiprocessing"].current_process().name if "multiprocessing" in sys.modules \
            else "MainProcess"
        rng = trace.state["rng"] = random.Random("%s/%s" % (trace.settings.get("seed", "0"), name))
    return rng


def _started_children():
    try:
        return os.stat(trace.settings["started"]).st_size
    except (OSError, KeyError, TypeError):
        return 0


def _before_write():
    """The start barrier: a child's first write waits until its siblings have started.

    It only delays, never blocks for long (a deadline), and a child holding a lock goes on at
    once, since making it wait would only hold up the others.
    """
    state = trace.state
    if state["first_write_done"]:
        return
    state["first_write_done"] = True
    settings = trace.settings
    expected = settings.get("children", 0)
    if not (settings.get("races") and state.get("child") and expected > 0):
        return
    if locks.thread_held():
        return
    from time import monotonic
    from .sleeps import orig_sleep
    deadline = monotonic() + settings.get("barrier_ms", 300) / 1000.0
    while _started_children() < expected and monotonic() < deadline:
        orig_sleep(0.001)


def _after_write():
    settings = trace.settings
    if settings.get("races"):
        pause = settings.get("pause_us", 2000)
        if pause > 0:
            from .sleeps import orig_sleep
            orig_sleep(_rng().random() * pause / 1e6)


def _record_output(chunk, via):
    if via:
        trace.emit("out", n=len(chunk), data=chunk.decode("utf-8", "surrogateescape"),
                   held=locks.held_ids(), via=via)
    else:
        trace.emit("out", n=len(chunk), data=chunk.decode("utf-8", "surrogateescape"),
                   held=locks.held_ids())


class TracedStdout(io.RawIOBase):
    """The raw layer under sys.stdout: each write reaches fd 1 and the trace, in that order."""

    def writable(self):
        return True

    def fileno(self):
        return 1

    def isatty(self):
        return os.isatty(1)

    def write(self, data):
        data = bytes(data)
        _before_write()
        for start in range(0, len(data), PIPE_BUF):
            # At most PIPE_BUF bytes per call: such writes reach a pipe whole, so each traced
            # chunk stands in the captured output as one piece.
            _write_recorded(data[start:start + PIPE_BUF], None)
        _after_write()
        return len(data)


def _write_recorded(chunk, via):
    """Records a chunk, then writes all of it to fd 1. The record comes first: a run stopped
    between the two leaves a record ahead of the output, never output the record lacks, which is
    what a write past the probe leaves."""
    _record_output(chunk, via)
    written = 0
    try:
        while written < len(chunk):
            written += trace.orig_write(1, chunk[written:])
    except OSError:
        # Its stdout is closed, or the run is ending: the record says what never got out.
        trace.emit("unwritten", n=len(chunk) - written)
        raise


def _os_write(fd, data):
    if fd != 1:
        return trace.orig_write(fd, data)
    try:
        data = bytes(memoryview(data))
    except TypeError:
        # Not bytes (a str, an int): os.write itself raises its own error, as it would unprobed.
        return trace.orig_write(fd, data)
    _before_write()
    for start in range(0, len(data), PIPE_BUF):
        _write_recorded(data[start:start + PIPE_BUF], "os.write")
    _after_write()
    return len(data)


class TracedStdin(object):
    """sys.stdin of the graded process: notes each read, so prompts can be told from lines."""

    def __init__(self, inner):
        self._inner = inner

    def readline(self, *args):
        line = self._inner.readline(*args)
        trace.emit("read", n=len(line))
        return line

    def read(self, *args):
        text = self._inner.read(*args)
        trace.emit("read", n=len(text))
        return text

    def readlines(self, *args):
        lines = self._inner.readlines(*args)
        trace.emit("read", n=sum(len(line) for line in lines))
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __getattr__(self, name):
        return getattr(self._inner, name)


def install():
    original = sys.stdout
    encoding = getattr(original, "encoding", None) or "utf-8"
    errors = getattr(original, "errors", None) or "strict"
    stream = io.TextIOWrapper(TracedStdout(), encoding=encoding, errors=errors,
                              line_buffering=False, write_through=True)
    sys.stdout = stream
    sys.__stdout__ = stream
    os.write = _os_write


def trace_stdin():
    """Called by the runner in the graded process only: children never read stdin."""
    if sys.stdin is not None and not isinstance(sys.stdin, TracedStdin):
        sys.stdin = TracedStdin(sys.stdin)
