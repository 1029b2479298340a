"""Probe loaded into every process of a graded run.

It records what the processes do on a trace channel of its own (see trace.py and TRACE.md):
process starts and ends, every write to stdout with the locks held at that moment, locks and
queues with their waits, joins and sleeps. It also makes races visible on purpose (a short
random pause after each write, and a start barrier for children) and can scale time.sleep so
that sleep-heavy programs grade quickly. Nothing here prints to stdout.

One module per thing it observes, as multiprocessing itself is split: processes, locks,
queues, managers, threads, sleeps, stdout; loader imports the submission. Each multiprocessing
module is patched when the program first imports it, so a run pays only for what it uses.

The harness configures it through environment variables, which every child inherits
whatever the start method (fork, spawn or forkserver):

  PARPROC_TRACE_FD     the trace file's descriptor, opened by the grader and inherited
  PARPROC_TRACE        path of the trace file, where no descriptor is handed down
  PARPROC_TRACE_LOCK   "1" to write each record under a lock on the trace file rather than
                       rely on O_APPEND (always so on Windows, where appends are not atomic)
  PARPROC_START_METHOD the run's default start method (fork, spawn or forkserver), which a
                       program that chooses its own does not see
  PARPROC_STARTED      path of the file each child marks as it starts (the start barrier)
  PARPROC_SUBMISSION   folder of the submitted .py files
  PARPROC_SEED         seed for the pauses
  PARPROC_RACES        "1" to pause after writes and hold children at the start barrier
  PARPROC_PAUSE_US     longest pause after a write, in microseconds
  PARPROC_CHILDREN     how many children the barrier waits for (0: no barrier)
  PARPROC_BARRIER_MS   longest wait at the barrier, in milliseconds
  PARPROC_SLEEP_SCALE  factor applied to every time.sleep of the program
  PARPROC_T0           the run's start on the monotonic clock, in ns (set by the graded
                       process for its children)
  PARPROC_ENTRY        the entry function (set by the graded process): a file is imported only
                       up to its bare call (see loader.py)

Written for Python 3.8 and later, with the standard library only.
"""

import os
import sys
from time import monotonic_ns

from . import oscalls, processes, sleeps, stdout, trace
from .trace import emit  # noqa: F401  (the runner's records)

# The modules the probe patches, each when it is first imported: module -> (probe module, patch).
_PATCHES = {
    "multiprocessing.process": "processes",
    "multiprocessing.synchronize": "locks",
    "multiprocessing.queues": "queues",
    "multiprocessing.managers": "managers",
    "multiprocessing.util": "spawning",
    "multiprocessing.context": "methods",
    "threading": "threads",
    "signal": "oscalls",
}

_installed = []


def _probe_module(name):
    """One of the probe's modules, imported when first needed; its bytecode is cached beside it
    (the harness's folder, never the student's), as the runner does for the first ones."""
    full = __name__ + "." + name
    module = sys.modules.get(full)
    if module is None:
        saved = sys.dont_write_bytecode
        sys.dont_write_bytecode = False
        try:
            module = __import__(full, fromlist=["_"])
        finally:
            sys.dont_write_bytecode = saved
    return module


def _patch(name, module):
    _probe_module(_PATCHES[name]).patch(module)


class _PatchingLoader(object):
    """Runs a module's own loader, then patches the module, then steps out of its way."""

    def __init__(self, loader, name):
        self.loader = loader
        self.name = name

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
        module.__loader__ = self.loader
        if getattr(module, "__spec__", None) is not None:
            module.__spec__.loader = self.loader
        _patch(self.name, module)

    def __getattr__(self, name):
        return getattr(self.loader, name)


class _PatchOnImport(object):
    """A finder that finds nothing itself: it hands the modules the probe patches a loader that
    patches them once they have run."""

    def __init__(self, pending):
        self.pending = pending

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.pending:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    self.pending.discard(fullname)
                    spec.loader = _PatchingLoader(spec.loader, fullname)
                return spec
        return None


def _read_settings():
    env = os.environ

    def number(name, default, kind=int):
        try:
            return kind(env.get(name, default))
        except ValueError:
            return default

    path = env.get("PARPROC_TRACE")
    submission = env.get("PARPROC_SUBMISSION")
    return {
        "trace": path,
        "trace_fd": int(env["PARPROC_TRACE_FD"]) if env.get("PARPROC_TRACE_FD", "").isdigit() else None,
        "trace_lock": env.get("PARPROC_TRACE_LOCK") == "1" or os.name == "nt",
        "start_method": env.get("PARPROC_START_METHOD") or None,
        "started": env.get("PARPROC_STARTED") or (path + ".started" if path else None),
        "submission": os.path.abspath(submission) if submission else None,
        "seed": env.get("PARPROC_SEED", "0"),
        "races": env.get("PARPROC_RACES") == "1",
        "pause_us": number("PARPROC_PAUSE_US", 2000),
        "children": number("PARPROC_CHILDREN", 0),
        "barrier_ms": number("PARPROC_BARRIER_MS", 300),
        "sleep_scale": number("PARPROC_SLEEP_SCALE", 1.0, float),
        "t0": number("PARPROC_T0", 0),
    }


def install():
    """Installs the probe in this process; a process forked from one that has it keeps it."""
    if _installed:
        return
    _installed.append(True)
    settings = trace.settings
    settings.update(_read_settings())
    if not settings["t0"]:
        # The graded process: the run starts now, for it and for every child it will have.
        settings["t0"] = monotonic_ns()
        os.environ["PARPROC_T0"] = str(settings["t0"])
    trace.open_channel(settings["trace_fd"], settings["trace"], settings["t0"], settings["trace_lock"])
    # The probe never writes bytecode: it must leave no __pycache__ in a student's folder.
    sys.dont_write_bytecode = True
    pending = set()
    for name in _PATCHES:
        if name in sys.modules:
            _patch(name, sys.modules[name])
        else:
            pending.add(name)
    if pending:
        sys.meta_path.insert(0, _PatchOnImport(pending))
    stdout.install()
    oscalls.install()
    processes.install_os_exit()
    sleeps.install(settings["sleep_scale"])
    if settings["submission"]:
        _probe_module("loader").install_finder(settings["submission"])


def rest_of(module):
    """What follows the entry's bare call in the module's file, compiled, or None."""
    return _probe_module("loader").rest_of(module)


def start_micros():
    """The run's start on the machine's monotonic clock, in microseconds."""
    return trace.settings["t0"] // 1000


def exception_fields(exc):
    """The fields of the runner's exception record for an error of the graded process."""
    return processes.exception_fields(exc)


def entry_returned():
    """The runner's note that the entry function returned: children still starting with what the
    probe kept for them are waited for (see methods.py)."""
    processes.settle_kept()


def own_session():
    """The runner's session of its own (see oscalls.own_session)."""
    return oscalls.own_session()


def trace_stdin():
    stdout.trace_stdin()


def load_submission(filename):
    return _probe_module("loader").load_submission(filename)
