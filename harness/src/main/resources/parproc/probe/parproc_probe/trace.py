"""The trace channel: one JSON record per os.write, appended by every process of a run.

Every process writes to the same file opened with O_APPEND, each record with one os.write call,
so records never mix and the file holds one global order that respects causality. Where an
append is not atomic (Windows, whose C library emulates O_APPEND with a seek, then a write), or
where the grader asks for it (PARPROC_TRACE_LOCK), each record is written under an exclusive
lock on one byte of the file far past its end: the writer seeks to the end and writes while no
other process or thread of the run can, so the order holds all the same. The grader
opens that file itself, in a folder the run cannot reach, and hands it to the graded process as
a descriptor (PARPROC_TRACE_FD) that every child inherits: a program cannot remove or replace
it, and what it cuts is seen. Where the grader cannot do that, each process opens the file at
PARPROC_TRACE. Each record carries its kind ("event"), the writing process ("pid") and "t", the
microseconds since the run began on the machine's monotonic clock. TRACE.md lists every kind.
"""

import itertools
import os
import sys
from time import monotonic_ns

try:
    from _json import encode_basestring_ascii as _quote
except ImportError:  # an interpreter built without the accelerator
    from json.encoder import encode_basestring_ascii as _quote

# Every kind of record the probe and its runner write; TRACE.md describes each one.
KINDS = (
    "root", "missing", "return", "exception",
    "start", "proc", "exit", "terminate", "run", "thread",
    "out", "read",
    "lock", "acquire", "release",
    "queue", "put", "put-failed", "get",
    "waiting", "waited", "sleep", "slept", "unwritten",
    "os-call", "kept",
)

MAX_TEXT = 200
PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))

# The run's settings (read once from the environment) and this process's own state; a forked
# child starts with a copy of its parent's, which processes.child_begins resets.
settings = {}
state = {"first_write_done": False, "rng": None, "bootstrapping": None, "child": False,
         "exit_recorded": False}
# Ids of the program's locks and queues that this process can use: made here, inherited by
# fork, or unpickled when it was spawned.
known = set()

orig_write = os.write  # os.write before stdout.py traces it: the probe's own writes go here
_channel = {"fd": None, "t0": 0, "write": None}
_ids = itertools.count(1)

# The byte every writer locks: far past any trace (the grader stops reading one at 32 MiB), so
# that no read of the grader's ever meets a lock (Windows' locks also bar reading).
LOCK_OFFSET = 1 << 40


def open_channel(fd, path, t0, locked=False):
    """Takes the trace's inherited descriptor, or else opens the file at path; t0 is the run's
    start in nanoseconds of the monotonic clock. With `locked`, each record is written under a
    lock rather than relying on O_APPEND."""
    if fd is not None:
        _channel["fd"] = fd
    elif path:
        flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0) \
            | getattr(os, "O_NOINHERIT", 0)
        if not locked:
            flags |= os.O_APPEND
        _channel["fd"] = os.open(path, flags, 0o600)
    _channel["write"] = locked_writer() if locked else None
    _channel["t0"] = t0


def locked_writer():
    """A write of one record at the end of the file, under a lock no other writer can hold at
    the same time: msvcrt.locking on Windows, a POSIX record lock elsewhere (the same design,
    which the probe's tests run), and a lock of this process's own for its threads, since the
    file's lock is held by a whole process."""
    import _thread
    threads = _thread.allocate_lock()
    try:
        import msvcrt
    except ImportError:
        msvcrt = None
    if msvcrt is not None:
        from time import sleep

        def lock(fd):
            os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
            # LK_LOCK would retry once a second: a writer holds the lock for one write, so the
            # others try again at once, with a short pause.
            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                    return
                except OSError:
                    sleep(0.0001)

        def unlock(fd):
            os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        def lock(fd):
            fcntl.lockf(fd, fcntl.LOCK_EX, 1, LOCK_OFFSET, os.SEEK_SET)

        def unlock(fd):
            fcntl.lockf(fd, fcntl.LOCK_UN, 1, LOCK_OFFSET, os.SEEK_SET)

    # A record made while this thread writes one (a signal handler of the program's that prints
    # runs between two of the write's steps) waits for that write to end: taking the locks again
    # would wait for ever.
    writing = {"thread": None, "pending": []}

    def write(fd, data):
        if writing["thread"] == _thread.get_ident():
            writing["pending"].append(data)
            return
        with threads:
            writing["thread"] = _thread.get_ident()
            lock(fd)
            try:
                os.lseek(fd, 0, os.SEEK_END)
                while True:
                    written = 0
                    while written < len(data):
                        written += orig_write(fd, data[written:])
                    if not writing["pending"]:
                        break
                    data = writing["pending"].pop(0)
            finally:
                writing["thread"] = None
                unlock(fd)

    def after_fork_in_child():
        # A thread of the parent may have held it at the fork: the child's copy would stay held.
        nonlocal threads
        threads = _thread.allocate_lock()
        writing["thread"] = None
        writing["pending"] = []

    register = getattr(os, "register_at_fork", None)
    if register is not None:
        register(after_in_child=after_fork_in_child)
    return write


def channel_fd():
    """The descriptor records go to when the grader handed one down, for children to inherit."""
    return _channel["fd"] if settings.get("trace_fd") is not None else None


def encode(value):
    """A value as JSON text: scalars, lists and dicts as JSON, anything else as its repr."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    kind = type(value)
    if kind is str:
        return _quote(value)
    if kind is int:
        return str(value)
    if kind is float:
        # JSON has no NaN or infinity: such a number travels as its text.
        return repr(value) if value - value == 0 else _quote(repr(value))
    if kind is dict:
        return "{" + ",".join(_quote(str(k)) + ":" + encode(v) for k, v in value.items()) + "}"
    if kind is list or kind is tuple:
        return "[" + ",".join(encode(item) for item in value) + "]"
    if isinstance(value, int):
        return str(int(value))
    return _quote(repr(value))


def emit(event, /, **fields):
    """Appends one record to the trace: one os.write, so records never mix."""
    fd = _channel["fd"]
    if fd is None:
        return
    parts = ['{"event":', _quote(event)]
    for key, value in fields.items():
        parts.append(',"%s":%s' % (key, encode(value)))
    parts.append(',"t":%d,"pid":%d}\n' % ((monotonic_ns() - _channel["t0"]) // 1000, os.getpid()))
    data = "".join(parts).encode("ascii")
    try:
        locked = _channel["write"]
        if locked is None:
            orig_write(fd, data)
        else:
            locked(fd, data)
    except OSError:
        pass


def new_id(prefix):
    """A lock or queue id unique in the run: the creating pid and a counter of that process."""
    return "%s%d.%d" % (prefix, os.getpid(), next(_ids))


def short(text):
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + "..."


def describe_value(obj):
    """A value as the trace shows it: JSON scalars stay values, anything else its repr."""
    kind = type(obj).__name__
    if obj is None or isinstance(obj, bool):
        return {"type": kind, "value": obj}
    if isinstance(obj, int):
        if abs(obj) < 10 ** 30:
            return {"type": kind, "value": obj}
    elif isinstance(obj, float):
        if obj - obj == 0:
            return {"type": kind, "value": obj}
    elif isinstance(obj, str):
        return {"type": kind, "value": short(obj)}
    try:
        text = repr(obj)
    except Exception:  # a student's __repr__ may fail; the trace must not
        text = "<%s>" % kind
    return {"type": kind, "repr": short(text)}


_library = []


def library_dir():
    """The folder of multiprocessing's own modules ("" while the program has not imported it)."""
    if not _library:
        module = sys.modules.get("multiprocessing")
        if module is None or not getattr(module, "__file__", None):
            return ""
        _library.append(os.path.dirname(os.path.abspath(module.__file__)))
    return _library[0]


def user_site(skip_files):
    """File, line and function of the first frame outside the probe and the given library files."""
    library = library_dir()
    frame = sys._getframe(2)
    while frame is not None:
        name = os.path.abspath(frame.f_code.co_filename)
        folder = os.path.dirname(name)
        if folder != PACKAGE_DIR and not (folder == library and os.path.basename(name) in skip_files):
            return name, frame.f_lineno, frame.f_code.co_name
        frame = frame.f_back
    return None, 0, ""


def creation(skip_files):
    """Where an object was made, and whether multiprocessing made it for itself."""
    name, line, function = user_site(skip_files)
    internal = name is None or os.path.dirname(name) == library_dir()
    return internal, {"file": name, "line": line, "function": function}


def wait_arguments(args, kwargs):
    """The block and timeout arguments of a get or an acquire, as called."""
    block = args[0] if args else kwargs.get("block", True)
    timeout = args[1] if len(args) > 1 else kwargs.get("timeout")
    return bool(block), timeout


def originals(cls, *names):
    """The methods of cls the probe replaces, in the order named: its replacements call them."""
    return tuple(getattr(cls, name) for name in names)


def replace(cls, *functions):
    """Puts each function on cls in place of the method of the same name."""
    for function in functions:
        setattr(cls, function.__name__, function)
