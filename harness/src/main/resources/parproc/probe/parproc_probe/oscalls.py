"""Calls past multiprocessing: os.fork() outside it, leaving the run's session or process group
(os.setsid, os.setpgid, os.setpgrp), and signal and exit handlers the program installs.

A grader that reads the kernel's view of a run's processes (/proc on Linux) sees all of these
itself. One that cannot (macOS, Windows, a container without /proc, the portable mode) learns
of them here: a process forked outside multiprocessing names itself, so that no deadlock is
judged while it lives; a handler means that a signal may still wake a waiting process; and a
process that left the run's session or group is known by its pid; an exit handler
(atexit.register) may still act in a child whose target has ended. Calls made by multiprocessing
itself (its fork start method, its fork server, its own exit function) are not recorded.
"""

import os
import sys

from . import trace

# The functions as they were before the probe wrapped them: the runner makes the run's session
# with the original os.setsid, which is the grader's doing, not the program's.
originals = {}


def _called_by_library(depth):
    """Whether the frame `depth` levels above the caller belongs to multiprocessing itself."""
    library = trace.library_dir()
    if not library:
        return False
    try:
        frame = sys._getframe(depth + 1)
    except ValueError:
        return False
    return os.path.dirname(os.path.abspath(frame.f_code.co_filename)) == library


_STANDARD_LIBRARY = os.path.dirname(os.path.abspath(os.__file__))


def _called_by_standard_library(depth):
    """Whether the frame `depth` levels above the caller is Python's own library (logging and
    weakref register exit handlers of their own, which are no program's)."""
    try:
        frame = sys._getframe(depth + 1)
    except ValueError:
        return False
    filename = os.path.abspath(frame.f_code.co_filename)
    return filename.startswith(_STANDARD_LIBRARY + os.sep)


def _after_fork_in_child():
    # Called from within os.fork(): one frame up is the code that called it.
    if not _called_by_library(1):
        trace.emit("os-call", call="fork", parent=os.getppid())


def _leaving(name, original):
    def leave(*args):
        # Recorded once done: a call that failed (setsid in a session leader: EPERM) left nothing.
        result = original(*args)
        trace.emit("os-call", call=name)
        return result

    leave.__name__ = name
    leave.__doc__ = original.__doc__
    return leave


def install():
    """Wraps os's calls that leave the run's session or group, and notes forks made outside
    multiprocessing; on a system without them (Windows) there is nothing to wrap."""
    for name in ("setsid", "setpgid", "setpgrp"):
        original = getattr(os, name, None)
        if original is not None and name not in originals:
            originals[name] = original
            setattr(os, name, _leaving(name, original))
    register = getattr(os, "register_at_fork", None)
    if register is not None:
        register(after_in_child=_after_fork_in_child)
    import atexit
    if not getattr(atexit.register, "_parproc", False):
        orig_register = atexit.register

        def register_exit(function, *args, **kwargs):
            if not _called_by_standard_library(1):
                trace.emit("os-call", call="atexit")
            return orig_register(function, *args, **kwargs)

        register_exit._parproc = True
        register_exit.__doc__ = orig_register.__doc__
        atexit.register = register_exit


def own_session():
    """The runner's own session and process group, by which the grader finds and stops every
    process of the run; nothing where the system has no sessions."""
    setsid = originals.get("setsid", getattr(os, "setsid", None))
    if setsid is None:
        return False
    try:
        setsid()
        return True
    except OSError:
        return False


def patch(signal_module):
    """signal.signal with a handler of the program's own: a signal could still wake a process."""
    original = signal_module.signal

    def signal(signalnum, handler):
        # Recorded once installed: the call checks its arguments and raises its own errors first.
        previous = original(signalnum, handler)
        if callable(handler) and not _called_by_library(1):
            trace.emit("os-call", call="signal", signum=int(signalnum))
        return previous

    signal.__doc__ = original.__doc__
    signal_module.signal = signal
