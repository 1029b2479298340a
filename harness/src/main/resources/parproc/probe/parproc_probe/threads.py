"""Threads: each thread the program itself starts (not multiprocessing's own feeder threads).

A process with threads of its own can be waiting in one thread while another still runs, so
whoever reads the trace for waits needs to know such threads exist.
"""

from . import trace


def patch(threading):
    Thread = threading.Thread
    orig_start = Thread.start

    def start(self):
        internal, site = trace.creation(())
        # Read before it starts: a thread drops its target once run() is over.
        target = getattr(self, "_target", None)
        result = orig_start(self)
        if not internal:
            name = getattr(target, "__qualname__", None) or getattr(target, "__name__", None)
            trace.emit("thread", name=self.name, target=name, site=site)
        return result

    Thread.start = start
