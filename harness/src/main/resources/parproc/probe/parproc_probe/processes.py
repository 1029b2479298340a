"""Processes: start, bootstrap, run, join, terminate and exit of multiprocessing.process.

Records each child a process starts, each child's beginning (with the locks and queues it can
use from its start) and its end, each join as a wait, terminate() and kill(), and run() called
directly, which runs the target in the calling process.
"""

import os
import sys

from . import locks, methods, trace

# Children whose arguments the probe keeps alive until they are joined (see methods.py): id of the
# Process -> (the Process, its arguments).
_kept = {}


def target_description(proc):
    target = getattr(proc, "_target", None)
    if target is None:
        return None, True
    module = getattr(target, "__module__", None) or ""
    name = getattr(target, "__qualname__", None) or getattr(target, "__name__", None) or repr(target)
    internal = module == "multiprocessing" or module.startswith("multiprocessing.")
    return name, internal


def arguments_of(proc):
    """The target's positional arguments, each as the trace shows a value (at most MAX_ARGS).

    The grader reads a child's own arguments (a worker's letter, a greeting's name) to tell which
    expected line the child's one line stands for, whatever its words.
    """
    args = getattr(proc, "_args", None)
    if not isinstance(args, tuple):
        return []
    return [trace.describe_value(arg) for arg in args[:MAX_ARGS]]


MAX_ARGS = 8


def start_method_of(proc):
    method = getattr(proc, "_start_method", None)
    if method is None:
        # allow_none: asking must never fix the method before the program chooses one.
        method = sys.modules["multiprocessing"].get_start_method(allow_none=True) or "default"
    return method


def exception_fields(exc, proc_name=None):
    """The fields of an exception record: type, message, and the student's line it left."""
    fields = {"type": type(exc).__name__, "message": trace.short(str(exc))}
    if proc_name is not None:
        fields["name"] = proc_name
    tb = exc.__traceback__
    submission = trace.settings.get("submission")
    while tb is not None:
        filename = os.path.abspath(tb.tb_frame.f_code.co_filename)
        if submission and os.path.dirname(filename) == submission:
            fields["file"] = os.path.basename(filename)
            fields["line"] = tb.tb_lineno
            fields["function"] = tb.tb_frame.f_code.co_name
        tb = tb.tb_next
    return fields


def note_exit(code):
    """Records a child's end once, whether it returns from its target or calls os._exit."""
    state = trace.state
    if state.get("child") and not state.get("exit_recorded"):
        state["exit_recorded"] = True
        trace.emit("exit", code=code)


def install_os_exit():
    orig_exit = os._exit

    def _exit(code):
        note_exit(code)
        return orig_exit(code)

    os._exit = _exit


def child_begins(proc):
    """A new process starts its life in _bootstrap: reset what fork copied from the parent."""
    locks.held.clear()
    state = trace.state
    state["first_write_done"] = False
    state["bootstrapping"] = proc
    state["rng"] = None
    state["child"] = True
    state["exit_recorded"] = False
    target, internal = target_description(proc)
    trace.emit("proc", parent=getattr(proc, "_parent_pid", None), ppid=os.getppid(), name=proc.name,
               target=target, internal=internal, method=start_method_of(proc),
               holds=sorted(trace.known), args=arguments_of(proc))
    started = trace.settings.get("started")
    if started and not internal:
        try:
            fd = os.open(started, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                trace.orig_write(fd, b".")
            finally:
                os.close(fd)
            if start_method_of(proc) in ("spawn", "forkserver"):
                # Its parent may be waiting for it to have its arguments (see settle_kept).
                os.close(os.open(began_marker(os.getpid()), os.O_WRONLY | os.O_CREAT, 0o600))
        except OSError:
            pass


def _shared_objects(arguments):
    """The Locks and Queues among a child's arguments, with the probe's id of each."""
    found = []
    for value in arguments:
        meta = getattr(value, "__dict__", {}).get("_parproc") if hasattr(value, "__dict__") else None
        if meta is not None and not meta.internal:
            found.append((value, meta.ident))
    return found


def began_marker(pid):
    """The file a child started by spawn or forkserver makes once it has its arguments."""
    return "%s-%d" % (trace.settings.get("started"), pid)


def settle_kept(limit=30.0):
    """At the entry function's return, for a program that did not choose its start method: while
    a child it started under spawn or forkserver is still starting, the Locks and Queues it was
    given would be unlinked by the parent's exit (multiprocessing's finalizers run before it joins
    its children) before the child opens them. Each such Lock or Queue is recorded (`kept`), and
    the graded process waits for those children to have begun (each marks a file of its own), as
    fork would have handed them their arguments at start; a child that ends first is not waited
    for."""
    if not _kept or not trace.settings.get("started"):
        return
    starting = [(process, arguments) for process, arguments in _kept.values() if _still_starting(process)]
    reported = set()
    for process, arguments in starting:
        for value, ident in _shared_objects(arguments):
            if ident not in reported:
                reported.add(ident)
                trace.emit("kept", of=ident, kind=type(value).__name__, child=process.pid, name=process.name)
    from time import monotonic
    from .sleeps import orig_sleep
    deadline = monotonic() + limit
    while starting and monotonic() < deadline:
        orig_sleep(0.002)
        starting = [(process, arguments) for process, arguments in starting if _still_starting(process)]


def _still_starting(process):
    """Alive, and not yet past unpickling its arguments."""
    popen = getattr(process, "_popen", None)
    if popen is None or popen.poll() is not None:
        return False
    return not os.path.exists(began_marker(process.pid))


def patch(process):
    BaseProcess = process.BaseProcess
    orig_start, orig_bootstrap, orig_run, orig_join, orig_terminate, orig_kill = trace.originals(
        BaseProcess, "start", "_bootstrap", "run", "join", "terminate", "kill")

    def start(self):
        target, internal = target_description(self)
        args = getattr(self, "_args", ())
        kwargs = getattr(self, "_kwargs", None) or {}
        orig_start(self)
        method = start_method_of(self)
        if not internal and methods.keeps_arguments(self, method):
            _kept[id(self)] = (self, tuple(args) + tuple(kwargs.values()) if isinstance(args, tuple) else (args,))
        trace.emit("start", child=self.pid, name=self.name, target=target, internal=internal,
                   args_type=type(args).__name__, method=method)

    def _bootstrap(self, *args, **kwargs):
        child_begins(self)
        exitcode = 1
        try:
            exitcode = orig_bootstrap(self, *args, **kwargs)
            return exitcode
        finally:
            note_exit(exitcode)

    def terminate(self):
        trace.emit("terminate", child=self.pid, name=self.name)
        return orig_terminate(self)

    def kill(self):
        trace.emit("terminate", child=self.pid, name=self.name)
        return orig_kill(self)

    def run(self):
        direct = trace.state["bootstrapping"] is not self
        if direct:
            target, _ = target_description(self)
            trace.emit("run", name=self.name, target=target)
        try:
            return orig_run(self)
        except SystemExit as exc:
            if exc.code not in (None, 0):
                trace.emit("exception", where="direct-run" if direct else "child",
                           **exception_fields(exc, self.name))
            raise
        except BaseException as exc:
            trace.emit("exception", where="direct-run" if direct else "child",
                       **exception_fields(exc, self.name))
            raise

    def join(self, *args, **kwargs):
        timeout = args[0] if args else kwargs.get("timeout")
        trace.emit("waiting", on="join", child=self.pid, name=self.name, timeout=timeout)
        try:
            result = orig_join(self, *args, **kwargs)
        except BaseException:
            trace.emit("waited", on="join", child=self.pid, name=self.name, result="error")
            raise
        # The returncode join() saw, read without polling again: nothing the program sees changes.
        ended = getattr(getattr(self, "_popen", None), "returncode", None) is not None
        if ended:
            _kept.pop(id(self), None)
        trace.emit("waited", on="join", child=self.pid, name=self.name,
                   result="ended" if ended else "timeout")
        return result

    trace.replace(BaseProcess, start, join, terminate, kill, _bootstrap, run)
