"""Sleeps: time.sleep, scaled by the grading's factor so that sleep-heavy programs grade quickly.

Records the begin of each sleep (the seconds asked for and the seconds it lasts once scaled)
and its end.
"""

import time

from . import trace

orig_sleep = time.sleep


def _traced(seconds, scaled):
    trace.emit("sleep", seconds=seconds, scaled=scaled)
    try:
        return orig_sleep(scaled)
    finally:
        trace.emit("slept")


def install(scale):
    if scale == 1.0:
        def sleep(*args):
            if len(args) != 1:
                return orig_sleep(*args)  # the interpreter's own error for a wrong call
            return _traced(args[0], args[0])
    else:
        def sleep(seconds):
            return _traced(seconds, seconds * scale)
    sleep.__doc__ = orig_sleep.__doc__
    time.sleep = sleep
