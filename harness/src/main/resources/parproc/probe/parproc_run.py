"""Runs one exercise of a submission under the probe; the harness starts one per run.

    python parproc_run.py FILE ENTRY

The graded process imports FILE (without its module-level calls of its own functions) and
calls ENTRY once. Under spawn and forkserver, multiprocessing re-imports this script in each
child as __mp_main__: its top level installs the probe there too, before the child unpickles
its target. Exit codes: 0 the entry returned, 1 it raised, 3 the file lacks the entry.
"""

import multiprocessing
import os
import sys
import traceback

import parproc_probe

parproc_probe.install()

_PROBE_DIR = os.path.dirname(os.path.abspath(__file__))


def _print_student_traceback(exc):
    """Prints a traceback as Python would, without the runner's own frames."""
    tb = exc.__traceback__
    while tb is not None and os.path.dirname(os.path.abspath(tb.tb_frame.f_code.co_filename)) == _PROBE_DIR:
        tb = tb.tb_next
    traceback.print_exception(type(exc), exc, tb)
    sys.stderr.flush()


def main():
    # Its own session and process group, so that the harness can stop every process of the
    # run, orphans included, and nothing else.
    try:
        os.setsid()
    except OSError:
        pass
    filename, entry = sys.argv[1], sys.argv[2]
    sys.argv = [filename]
    parproc_probe.trace_stdin()
    parproc_probe.emit({"event": "root", "entry": entry, "file": filename,
                        "python": "%d.%d.%d" % tuple(sys.version_info[:3]),
                        "method": multiprocessing.get_start_method(allow_none=True)})
    try:
        module = parproc_probe.load_submission(filename)
    except SystemExit:
        raise
    except BaseException as exc:
        parproc_probe.emit(parproc_probe.exception_record("import", exc))
        _print_student_traceback(exc)
        return 1
    function = getattr(module, entry, None)
    if not callable(function):
        parproc_probe.emit({"event": "missing", "entry": entry})
        sys.stderr.write("%s does not define a function %s()\n" % (os.path.basename(filename), entry))
        return 3
    try:
        function()
    except SystemExit:
        raise
    except BaseException as exc:
        parproc_probe.emit(parproc_probe.exception_record("entry", exc))
        _print_student_traceback(exc)
        return 1
    parproc_probe.emit({"event": "return"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
