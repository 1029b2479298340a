"""Runs one exercise of a submission under the probe; the harness starts one per run.

    python parproc_run.py FILE ENTRY

The graded process imports FILE (without its module-level calls of its own functions) and
calls ENTRY once; then it runs what followed ENTRY's bare call at the file's top level, if the
file has one (see parproc_probe/loader.py), as `python3 FILE` would. Under spawn and forkserver, multiprocessing re-imports this script in each
child as __mp_main__: its top level installs the probe there too, before the child unpickles
its target. Exit codes: 0 the entry returned, 1 it raised, 3 the file lacks the entry.

The graded process first tells the grader it started, on a descriptor the grader handed down
(PARPROC_STATUS_FD), and closes it before anything of the submission runs: whatever status the
program later exits with, the grader knows its set-up worked, and no program can claim that the
grader's set-up failed. Where no descriptor can be handed down (Windows), the grader names the
file instead (PARPROC_STATUS), and the runner writes it and forgets its name just as early.
"""

import os
import sys


if __name__ == "__main__":
    import parproc_status
    parproc_status.report_started()

# The probe's own bytecode is cached beside it, in the harness's folder (never the student's):
# compiling it again in every process of every run would cost more than the rest of the probe.
_dont_write_bytecode = sys.dont_write_bytecode
sys.dont_write_bytecode = False
import parproc_probe  # noqa: E402
from parproc_probe import startup  # noqa: E402
sys.dont_write_bytecode = _dont_write_bytecode

# The harness starts Python with -S: the start the site module would have made, minus the
# .pth files' start-up hooks (see startup.py), comes first.
startup.complete_site()

parproc_probe.install()

_PROBE_DIR = os.path.dirname(os.path.abspath(__file__))


def _in_probe(filename):
    folder = os.path.dirname(os.path.abspath(filename))
    return folder == _PROBE_DIR or folder.startswith(_PROBE_DIR + os.sep)


def _print_student_traceback(exc):
    """Prints a traceback as Python would, without the runner's own frames."""
    import traceback
    tb = exc.__traceback__
    while tb is not None and _in_probe(tb.tb_frame.f_code.co_filename):
        tb = tb.tb_next
    traceback.print_exception(type(exc), exc, tb)
    sys.stderr.flush()


def _start_method():
    # Asked without importing multiprocessing: a program that has not imported it yet cannot
    # have chosen a method.
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing.get_start_method(allow_none=True) if multiprocessing else None


def _call_student(where, function, *args):
    """Calls into the student's code: (True, its result), or (False, None) once what it raised
    is recorded and printed. SystemExit passes through: the program chose its exit code."""
    try:
        return True, function(*args)
    except SystemExit:
        raise
    except BaseException as exc:
        parproc_probe.emit("exception", where=where, **parproc_probe.exception_fields(exc))
        _print_student_traceback(exc)
        return False, None


def main():
    # Its own session and process group, so that the harness can stop every process of the
    # run, orphans included, and nothing else, and can tell a process that left the run with
    # os.setsid() (a daemon) from multiprocessing's helpers, which all stay in this session.
    # Windows has no sessions: there the grader finds the run's processes by their tree.
    parproc_probe.own_session()
    filename, entry = sys.argv[1], sys.argv[2]
    sys.argv = [filename]
    # Every process of the run, spawned ones too, imports the file only up to the entry's bare call.
    os.environ["PARPROC_ENTRY"] = entry
    parproc_probe.trace_stdin()
    # t0: the run's start on the machine's monotonic clock, in microseconds, so that the times of
    # the records compare with the kernel witness's, which reads the same clock.
    parproc_probe.emit("root", entry=entry, file=filename, t0=parproc_probe.start_micros(),
                       python="%d.%d.%d" % tuple(sys.version_info[:3]), method=_start_method())
    loaded, module = _call_student("import", parproc_probe.load_submission, filename)
    if not loaded:
        return 1
    function = getattr(module, entry, None)
    if not callable(function):
        parproc_probe.emit("missing", entry=entry)
        sys.stderr.write("%s does not define a function %s()\n" % (os.path.basename(filename), entry))
        return 3
    returned, _ = _call_student("entry", function)
    if not returned:
        return 1
    parproc_probe.entry_returned()
    parproc_probe.emit("return")
    rest = parproc_probe.rest_of(module)
    if rest is not None:
        ran, _ = _call_student("after", exec, rest, module.__dict__)
        if not ran:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
