"""Probe loaded into every process of a graded run.

It records what the processes do on a trace channel of its own (a file of JSON lines that
every process appends to, one record per write call, so the file holds one global order):
process starts and exits, every write to stdout with the locks held at that moment, Lock
creation, acquire and release, Queue put and get. It also makes races visible on purpose
(a short random pause after each write, and a start barrier for children) and can scale
time.sleep so that sleep-heavy programs grade quickly. Nothing here prints to stdout.

The harness configures it through environment variables, which every child inherits
whatever the start method (fork, spawn or forkserver):

  PARPROC_TRACE        path of the trace file
  PARPROC_SUBMISSION   folder of the submitted .py files
  PARPROC_SEED         seed for the pauses
  PARPROC_RACES        "1" to pause after writes and hold children at the start barrier
  PARPROC_PAUSE_US     longest pause after a write, in microseconds
  PARPROC_CHILDREN     how many children the barrier waits for (0: no barrier)
  PARPROC_BARRIER_MS   longest wait at the barrier, in milliseconds
  PARPROC_SLEEP_SCALE  factor applied to every time.sleep of the program

Written for Python 3.8 and later, with the standard library only.
"""

import ast
import importlib.abc
import importlib.machinery
import importlib.util
import io
import json
import math
import os
import random
import sys
import threading
import time

import multiprocessing
import multiprocessing.managers as _managers
import multiprocessing.process as _process
import multiprocessing.queues as _queues
import multiprocessing.synchronize as _synchronize

_MP_DIR = os.path.dirname(os.path.abspath(multiprocessing.__file__))
_OWN_FILES = {os.path.abspath(__file__)}
_PIPE_BUF = 4096
_MAX_TEXT = 200

_orig_os_write = os.write
_orig_sleep = time.sleep
_monotonic = time.monotonic

_installed = False
_trace_fd = None
_settings = {}
_counter_lock = threading.Lock()
_counter = [0]
_held = {}  # thread ident -> {lock id: depth}
_process_state = {"first_write_done": False, "rng": None, "bootstrapping": None, "child": False}


# ---------------------------------------------------------------- trace channel

def _emit(record):
    """Appends one record to the trace: one os.write, so records never mix."""
    if _trace_fd is None:
        return
    record["pid"] = os.getpid()
    line = json.dumps(record, ensure_ascii=True, separators=(",", ":"), default=repr) + "\n"
    try:
        _orig_os_write(_trace_fd, line.encode("ascii"))
    except OSError:
        pass


def _new_id(prefix):
    with _counter_lock:
        _counter[0] += 1
        number = _counter[0]
    return "%s%d.%d" % (prefix, os.getpid(), number)


def _short(text):
    return text if len(text) <= _MAX_TEXT else text[:_MAX_TEXT] + "..."


def _describe_value(obj):
    """A value as the trace shows it: JSON scalars stay values, anything else its repr."""
    kind = type(obj).__name__
    if obj is None or isinstance(obj, bool):
        return {"type": kind, "value": obj}
    if isinstance(obj, int):
        if abs(obj) < 10 ** 30:
            return {"type": kind, "value": obj}
    elif isinstance(obj, float):
        if math.isfinite(obj):
            return {"type": kind, "value": obj}
    elif isinstance(obj, str):
        return {"type": kind, "value": _short(obj)}
    try:
        text = repr(obj)
    except Exception:  # a student's __repr__ may fail; the trace must not
        text = "<%s>" % kind
    return {"type": kind, "repr": _short(text)}


def _user_site(skip_files):
    """File and line of the first frame outside the probe and the given library files."""
    frame = sys._getframe(2)
    while frame is not None:
        name = os.path.abspath(frame.f_code.co_filename)
        library = os.path.dirname(name) == _MP_DIR and os.path.basename(name) in skip_files
        if name not in _OWN_FILES and not library:
            return name, frame.f_lineno, frame.f_code.co_name
        frame = frame.f_back
    return None, 0, ""


def _creation(skip_files):
    """Where an object was made, and whether multiprocessing made it for itself."""
    name, line, function = _user_site(skip_files)
    internal = name is None or os.path.dirname(name) == _MP_DIR
    return internal, {"file": name, "line": line, "function": function}


# ---------------------------------------------------------------- locks

def _thread_held():
    return _held.setdefault(threading.get_ident(), {})


def _held_ids():
    return sorted(_thread_held())


def _note_acquire(lock_id):
    held = _thread_held()
    held[lock_id] = held.get(lock_id, 0) + 1
    _emit({"event": "acquire", "lock": lock_id})


def _note_release(lock_id):
    for held in _held.values():
        if lock_id in held:
            held[lock_id] -= 1
            if held[lock_id] <= 0:
                del held[lock_id]
            break
    _emit({"event": "release", "lock": lock_id})


class _Meta(object):
    """What the probe knows of one lock or queue; shared by its wrappers.

    The wrappers hold this, never the lock itself: a reference cycle through the lock would
    keep it alive longer than the student's program does, and under spawn that can hide a
    real bug (a semaphore unlinked while a child still needs it).
    """

    __slots__ = ("ident", "internal")

    def __init__(self, ident=None, internal=True):
        self.ident = ident
        self.internal = internal


_LIBRARY_LOCK_FILES = ("synchronize.py", "context.py")


def _patch_semlocks():
    SemLock = _synchronize.SemLock
    orig_init = SemLock.__init__
    orig_make_methods = SemLock._make_methods
    orig_getstate = SemLock.__getstate__
    orig_setstate = SemLock.__setstate__

    def __init__(self, kind, value, maxvalue, *args, **kwargs):
        self._parproc = _Meta()
        orig_init(self, kind, value, maxvalue, *args, **kwargs)
        internal, site = _creation(_LIBRARY_LOCK_FILES)
        self._parproc.ident = _new_id("L")
        self._parproc.internal = internal
        if not internal:
            _emit({"event": "lock", "lock": self._parproc.ident, "kind": type(self).__name__,
                   "mutex": value == 1, "site": site})

    def _make_methods(self):
        orig_make_methods(self)
        meta = self.__dict__.get("_parproc")
        if meta is None:
            meta = self._parproc = _Meta()
        raw_acquire, raw_release = self.acquire, self.release

        def acquire(*args, **kwargs):
            acquired = raw_acquire(*args, **kwargs)
            if acquired and not meta.internal:
                _note_acquire(meta.ident)
            return acquired

        def release():
            if not meta.internal:
                _note_release(meta.ident)
            return raw_release()

        self.acquire = acquire
        self.release = release

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()

    def __getstate__(self):
        meta = self.__dict__.get("_parproc") or _Meta()
        return (orig_getstate(self), meta.ident, meta.internal)

    def __setstate__(self, state):
        self._parproc = _Meta(state[1], state[2])
        orig_setstate(self, state[0])

    SemLock.__init__ = __init__
    SemLock._make_methods = _make_methods
    SemLock.__enter__ = __enter__
    SemLock.__exit__ = __exit__
    SemLock.__getstate__ = __getstate__
    SemLock.__setstate__ = __setstate__


# ---------------------------------------------------------------- queues

_LIBRARY_QUEUE_FILES = ("queues.py", "context.py")


def _queue_meta(queue):
    return queue.__dict__.get("_parproc") or _Meta()


def _traced_put(orig_put):
    def put(self, obj, *args, **kwargs):
        meta = _queue_meta(self)
        if meta.internal:
            return orig_put(self, obj, *args, **kwargs)
        record = {"event": "put", "queue": meta.ident}
        record.update(_describe_value(obj))
        # Recorded before the value is on the queue, so any get of it comes later in the trace.
        _emit(record)
        try:
            return orig_put(self, obj, *args, **kwargs)
        except BaseException:
            _emit({"event": "put-failed", "queue": meta.ident})
            raise
    return put


def _traced_get(orig_get):
    def get(self, *args, **kwargs):
        meta = _queue_meta(self)
        if not meta.internal:
            # Shows what a process was doing if the run is stopped at the time limit.
            _emit({"event": "waiting", "on": "get", "queue": meta.ident})
        obj = orig_get(self, *args, **kwargs)
        if not meta.internal:
            record = {"event": "get", "queue": meta.ident}
            record.update(_describe_value(obj))
            _emit(record)
        return obj
    return get


def _patch_queue_class(cls, patch_get=True):
    orig_init = cls.__init__
    orig_getstate = cls.__getstate__
    orig_setstate = cls.__setstate__

    def __init__(self, *args, **kwargs):
        orig_init(self, *args, **kwargs)
        if "_parproc" in self.__dict__:
            return  # a subclass's __init__ already ran this one
        internal, site = _creation(_LIBRARY_QUEUE_FILES)
        self._parproc = _Meta(_new_id("Q"), internal)
        if not internal:
            _emit({"event": "queue", "queue": self._parproc.ident, "kind": type(self).__name__,
                   "site": site})

    def __getstate__(self):
        meta = _queue_meta(self)
        return (orig_getstate(self), meta.ident, meta.internal)

    def __setstate__(self, state):
        orig_setstate(self, state[0])
        self._parproc = _Meta(state[1], state[2])

    cls.__init__ = __init__
    cls.__getstate__ = __getstate__
    cls.__setstate__ = __setstate__
    cls.put = _traced_put(cls.put)
    if patch_get:
        cls.get = _traced_get(cls.get)


def _patch_queues():
    _patch_queue_class(_queues.Queue)
    # JoinableQueue defines its own put; its get, __init__ and state come from Queue.
    _queues.JoinableQueue.put = _traced_put(_queues.JoinableQueue.put)
    _patch_queue_class(_queues.SimpleQueue)


# ---------------------------------------------------------------- managers

_MANAGER_LOCKS = ("Lock", "RLock", "Semaphore", "BoundedSemaphore")
_MANAGER_QUEUES = ("Queue", "JoinableQueue")


def _patch_managers():
    BaseProxy = _managers.BaseProxy
    orig_init = BaseProxy.__init__
    orig_callmethod = BaseProxy._callmethod

    def __init__(self, token, serializer, manager=None, *args, **kwargs):
        orig_init(self, token, serializer, manager, *args, **kwargs)
        # A manager passes itself only when this process asked it for the object.
        if manager is not None and token.typeid in _MANAGER_LOCKS + _MANAGER_QUEUES:
            internal, site = _creation(("managers.py",))
            if token.typeid in _MANAGER_LOCKS:
                _emit({"event": "lock", "lock": "M%s" % token.id, "kind": "Manager." + token.typeid,
                       "mutex": token.typeid in ("Lock", "RLock"), "site": site})
            else:
                _emit({"event": "queue", "queue": "M%s" % token.id,
                       "kind": "Manager." + token.typeid, "site": site})

    def _callmethod(self, methodname, args=(), kwds={}):
        typeid = self._token.typeid
        ident = "M%s" % self._token.id
        if typeid in _MANAGER_LOCKS and methodname == "release":
            _note_release(ident)
        elif typeid in _MANAGER_QUEUES and methodname in ("get", "get_nowait"):
            _emit({"event": "waiting", "on": "get", "queue": ident})
        elif typeid in _MANAGER_QUEUES and methodname in ("put", "put_nowait") and args:
            record = {"event": "put", "queue": ident}
            record.update(_describe_value(args[0]))
            _emit(record)
        result = orig_callmethod(self, methodname, args, kwds)
        if typeid in _MANAGER_LOCKS and methodname == "acquire" and result:
            _note_acquire(ident)
        elif typeid in _MANAGER_QUEUES and methodname in ("get", "get_nowait"):
            record = {"event": "get", "queue": ident}
            record.update(_describe_value(result))
            _emit(record)
        return result

    BaseProxy.__init__ = __init__
    BaseProxy._callmethod = _callmethod


# ---------------------------------------------------------------- processes

def _target_description(proc):
    target = getattr(proc, "_target", None)
    if target is None:
        return None, True
    module = getattr(target, "__module__", None) or ""
    name = getattr(target, "__qualname__", None) or getattr(target, "__name__", None) or repr(target)
    internal = module == "multiprocessing" or module.startswith("multiprocessing.")
    return name, internal


def _start_method_of(proc):
    method = getattr(proc, "_start_method", None)
    if method is None:
        # allow_none: asking must never fix the method before the program chooses one.
        method = multiprocessing.get_start_method(allow_none=True) or "default"
    return method


def _exception_record(where, exc, proc_name=None):
    record = {"event": "exception", "where": where, "type": type(exc).__name__,
              "message": _short(str(exc))}
    if proc_name is not None:
        record["name"] = proc_name
    tb = exc.__traceback__
    submission = _settings.get("submission")
    while tb is not None:
        filename = os.path.abspath(tb.tb_frame.f_code.co_filename)
        if submission and os.path.dirname(filename) == submission:
            record["file"] = os.path.basename(filename)
            record["line"] = tb.tb_lineno
            record["function"] = tb.tb_frame.f_code.co_name
        tb = tb.tb_next
    return record


def _patch_processes():
    BaseProcess = _process.BaseProcess
    orig_start = BaseProcess.start
    orig_bootstrap = BaseProcess._bootstrap
    orig_run = BaseProcess.run
    orig_join = BaseProcess.join
    orig_terminate = BaseProcess.terminate
    orig_kill = BaseProcess.kill

    def start(self):
        target, internal = _target_description(self)
        args = getattr(self, "_args", ())
        orig_start(self)
        _emit({"event": "start", "child": self.pid, "name": self.name, "target": target,
               "internal": internal, "args_type": type(args).__name__,
               "method": _start_method_of(self)})

    def _bootstrap(self, *args, **kwargs):
        _child_begins(self)
        exitcode = 1
        try:
            exitcode = orig_bootstrap(self, *args, **kwargs)
            return exitcode
        finally:
            _note_exit(exitcode)

    def terminate(self):
        _emit({"event": "terminate", "child": self.pid, "name": self.name})
        return orig_terminate(self)

    def kill(self):
        _emit({"event": "terminate", "child": self.pid, "name": self.name})
        return orig_kill(self)

    def run(self):
        direct = _process_state["bootstrapping"] is not self
        if direct:
            target, _ = _target_description(self)
            _emit({"event": "run", "name": self.name, "target": target})
        try:
            return orig_run(self)
        except SystemExit as exc:
            if exc.code not in (None, 0):
                _emit(_exception_record("direct-run" if direct else "child", exc, self.name))
            raise
        except BaseException as exc:
            _emit(_exception_record("direct-run" if direct else "child", exc, self.name))
            raise

    def join(self, *args, **kwargs):
        _emit({"event": "waiting", "on": "join", "child": self.pid, "name": self.name})
        return orig_join(self, *args, **kwargs)

    BaseProcess.start = start
    BaseProcess.join = join
    BaseProcess.terminate = terminate
    BaseProcess.kill = kill
    BaseProcess._bootstrap = _bootstrap
    BaseProcess.run = run


def _note_exit(code):
    """Records a child's end once, whether it returns from its target or calls os._exit."""
    if _process_state.get("child") and not _process_state.get("exit_recorded"):
        _process_state["exit_recorded"] = True
        _emit({"event": "exit", "code": code})


def _install_os_exit():
    orig_exit = os._exit

    def _exit(code):
        _note_exit(code)
        return orig_exit(code)

    os._exit = _exit


def _child_begins(proc):
    """A new process starts its life in _bootstrap: reset what fork copied from the parent."""
    _held.clear()
    _process_state["first_write_done"] = False
    _process_state["bootstrapping"] = proc
    _process_state["rng"] = None
    _process_state["child"] = True
    _process_state["exit_recorded"] = False
    target, internal = _target_description(proc)
    _emit({"event": "proc", "parent": getattr(proc, "_parent_pid", None), "ppid": os.getppid(),
           "name": proc.name, "target": target, "internal": internal,
           "method": _start_method_of(proc)})
    started = _settings.get("started")
    if started and not internal:
        try:
            fd = os.open(started, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                _orig_os_write(fd, b".")
            finally:
                os.close(fd)
        except OSError:
            pass


# ---------------------------------------------------------------- stdout

def _rng():
    rng = _process_state.get("rng")
    if rng is None:
        name = multiprocessing.current_process().name
        rng = _process_state["rng"] = random.Random("%s/%s" % (_settings.get("seed", "0"), name))
    return rng


def _started_children():
    try:
        return os.stat(_settings["started"]).st_size
    except (OSError, KeyError):
        return 0


def _before_write():
    """The start barrier: a child's first write waits until its siblings have started.

    It only delays, never blocks for long (a deadline), and a child holding a lock goes on at
    once, since making it wait would only hold up the others.
    """
    if _process_state["first_write_done"]:
        return
    _process_state["first_write_done"] = True
    expected = _settings.get("children", 0)
    if not (_settings.get("races") and _process_state.get("child") and expected > 0):
        return
    if _thread_held():
        return
    deadline = _monotonic() + _settings.get("barrier_ms", 300) / 1000.0
    while _started_children() < expected and _monotonic() < deadline:
        _orig_sleep(0.001)


def _after_write():
    if _settings.get("races"):
        pause = _settings.get("pause_us", 2000)
        if pause > 0:
            _orig_sleep(_rng().random() * pause / 1e6)


def _record_output(chunk, via):
    record = {"event": "out", "n": len(chunk), "data": chunk.decode("utf-8", "surrogateescape"),
              "held": _held_ids()}
    if via:
        record["via"] = via
    _emit(record)


class _TracedStdout(io.RawIOBase):
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
        written = 0
        while written < len(data):
            # At most PIPE_BUF bytes per call: such writes reach a pipe whole, so each traced
            # chunk stands in the captured output as one piece.
            chunk = data[written:written + _PIPE_BUF]
            count = _orig_os_write(1, chunk)
            _record_output(chunk[:count], None)
            written += count
        _after_write()
        return written


def _os_write(fd, data):
    if fd != 1:
        return _orig_os_write(fd, data)
    _before_write()
    count = _orig_os_write(fd, data)
    _record_output(bytes(data)[:count], "os.write")
    _after_write()
    return count


class _TracedStdin(object):
    """sys.stdin of the graded process: notes each read, so prompts can be told from lines."""

    def __init__(self, inner):
        self._inner = inner

    def readline(self, *args):
        line = self._inner.readline(*args)
        _emit({"event": "read", "n": len(line)})
        return line

    def read(self, *args):
        text = self._inner.read(*args)
        _emit({"event": "read", "n": len(text)})
        return text

    def readlines(self, *args):
        lines = self._inner.readlines(*args)
        _emit({"event": "read", "n": sum(len(line) for line in lines)})
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


def _install_stdout():
    original = sys.stdout
    encoding = getattr(original, "encoding", None) or "utf-8"
    errors = getattr(original, "errors", None) or "strict"
    stream = io.TextIOWrapper(_TracedStdout(), encoding=encoding, errors=errors,
                              line_buffering=False, write_through=True)
    sys.stdout = stream
    sys.__stdout__ = stream
    os.write = _os_write


def trace_stdin():
    """Called by the runner in the graded process only: children never read stdin."""
    if sys.stdin is not None and not isinstance(sys.stdin, _TracedStdin):
        sys.stdin = _TracedStdin(sys.stdin)


# ---------------------------------------------------------------- sleep

def _install_sleep(scale):
    def sleep(seconds):
        return _orig_sleep(seconds * scale)
    sleep.__doc__ = _orig_sleep.__doc__
    time.sleep = sleep


# ---------------------------------------------------------------- submission modules

def _own_function_names(tree):
    return {node.name for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}


def module_level_calls(tree):
    """Top-level statements that call one of the file's own functions, such as `procEx()`."""
    own = _own_function_names(tree)
    calls = []
    for node in tree.body:
        if (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name) and node.value.func.id in own):
            calls.append(node)
    return calls


class _SubmissionLoader(importlib.machinery.SourceFileLoader):
    """Loads a submitted file without its module-level calls of its own functions.

    The grader calls the entry function once; a bare `procEx()` at the bottom of the file (the
    module's style) must not run it a second time, at import or in a spawned child's import.
    Bytecode is never read from or written to the student's folder.
    """

    def get_code(self, fullname):
        source = self.get_data(self.path)
        tree = ast.parse(source, self.path)
        dropped = module_level_calls(tree)
        if dropped:
            tree.body = [node for node in tree.body if node not in dropped]
        return compile(tree, self.path, "exec", dont_inherit=True)

    def set_data(self, path, data, *args, **kwargs):
        pass


class _SubmissionFinder(importlib.abc.MetaPathFinder):
    """Serves the submission's files under their module names."""

    def __init__(self, modules):
        self.modules = modules

    def find_spec(self, fullname, path=None, target=None):
        if path is not None:
            return None
        filename = self.modules.get(fullname)
        if filename is None:
            return None
        loader = _SubmissionLoader(fullname, filename)
        return importlib.util.spec_from_file_location(fullname, filename, loader=loader)


def _is_importable_elsewhere(name, folder):
    if name in sys.builtin_module_names:
        return True
    stdlib = getattr(sys, "stdlib_module_names", None)
    if stdlib is not None:
        return name in stdlib
    search = [entry for entry in sys.path if os.path.abspath(entry or ".") != folder]
    return importlib.machinery.PathFinder.find_spec(name, search) is not None


def module_name_for(filename):
    """The module name a submitted file is imported under.

    Its own stem where that is a valid name that shadows nothing; otherwise a private name, so
    a student's queue.py or random.py cannot replace what multiprocessing itself imports.
    """
    folder = os.path.dirname(os.path.abspath(filename))
    stem = os.path.splitext(os.path.basename(filename))[0]
    if stem.isidentifier() and not _is_importable_elsewhere(stem, folder):
        return stem
    cleaned = "".join(ch if ch.isalnum() else "_" for ch in stem)
    return "parproc_submission_" + cleaned


def _install_finder(folder):
    modules = {}
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        names = []
    for name in names:
        if name.endswith(".py"):
            path = os.path.join(folder, name)
            modules[module_name_for(path)] = path
    sys.meta_path.insert(0, _SubmissionFinder(modules))
    if folder not in sys.path:
        sys.path.append(folder)


def load_submission(filename):
    return importlib.import_module(module_name_for(filename))


# ---------------------------------------------------------------- install

def _read_settings():
    env = os.environ

    def number(name, default, kind=int):
        try:
            return kind(env.get(name, default))
        except ValueError:
            return default

    trace = env.get("PARPROC_TRACE")
    submission = env.get("PARPROC_SUBMISSION")
    return {
        "trace": trace,
        "started": trace + ".started" if trace else None,
        "submission": os.path.abspath(submission) if submission else None,
        "seed": env.get("PARPROC_SEED", "0"),
        "races": env.get("PARPROC_RACES") == "1",
        "pause_us": number("PARPROC_PAUSE_US", 2000),
        "children": number("PARPROC_CHILDREN", 0),
        "barrier_ms": number("PARPROC_BARRIER_MS", 300),
        "sleep_scale": number("PARPROC_SLEEP_SCALE", 1.0, float),
    }


def install():
    """Installs the probe in this process; a process forked from one that has it keeps it."""
    global _installed, _trace_fd
    if _installed:
        return
    _installed = True
    _settings.update(_read_settings())
    if _settings["trace"]:
        _trace_fd = os.open(_settings["trace"], os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC,
                            0o600)
    # The probe never writes bytecode: it must leave no __pycache__ in a student's folder.
    sys.dont_write_bytecode = True
    _patch_semlocks()
    _patch_queues()
    _patch_managers()
    _patch_processes()
    _install_stdout()
    _install_os_exit()
    if _settings["sleep_scale"] != 1.0:
        _install_sleep(_settings["sleep_scale"])
    if _settings["submission"]:
        _install_finder(_settings["submission"])


def emit(record):
    """Lets the runner add its own records (the graded process's start, its entry call)."""
    _emit(record)


def exception_record(where, exc):
    return _exception_record(where, exc)
