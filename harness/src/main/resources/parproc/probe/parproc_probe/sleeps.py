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
    def sleep(*args, **kwargs):
        # A wrong call (no argument, a keyword, a string) gets the interpreter's own error, word
        # for word, as it would without the probe.
        if len(args) != 1 or kwargs:
            return orig_sleep(*args, **kwargs)
        seconds = args[0]
        if scale == 1.0:
            return _traced(seconds, seconds)
        try:
            scaled = seconds * scale
        except TypeError:
            return orig_sleep(seconds)
        return _traced(seconds, scaled)
    sleep.__doc__ = orig_sleep.__doc__
    sleep.__name__ = sleep.__qualname__ = "sleep"
    time.sleep = sleep
