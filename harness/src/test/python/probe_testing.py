"""Shared by the probe's unit tests: where the probe is, and a run of a small program under it.

The probe folder is PARPROC_PROBE_DIR when set (the harness's tests point it at the extracted
copy), else a copy of the resources folder of this source tree: the probe caches its bytecode
beside itself, which must not happen among the sources.
"""

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap

sys.dont_write_bytecode = True


def _probe_dir():
    given = os.environ.get("PARPROC_PROBE_DIR")
    if given:
        return os.path.abspath(given)
    sources = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, "main",
                           "resources", "parproc", "probe")
    copy = tempfile.mkdtemp(prefix="parproc-probe-tests-")
    atexit.register(shutil.rmtree, copy, True)
    target = os.path.join(copy, "probe")
    shutil.copytree(sources, target)
    return target


PROBE_DIR = _probe_dir()

if PROBE_DIR not in sys.path:
    sys.path.insert(0, PROBE_DIR)


class Run(object):
    """What one run under the probe left: exit status, output and the trace's records."""

    def __init__(self, completed, records):
        self.returncode = completed.returncode
        self.stdout = completed.stdout
        self.stderr = completed.stderr
        self.records = records

    def kinds(self, pid=None):
        return [r["event"] for r in self.records if pid is None or r["pid"] == pid]

    def of(self, kind, **fields):
        return [r for r in self.records
                if r["event"] == kind and all(r.get(k) == v for k, v in fields.items())]

    def root_pid(self):
        return self.of("root")[0]["pid"]


def _prepare(folder, source, races, sleep_scale, children):
    submission = os.path.join(folder, "submission")
    os.mkdir(submission)
    path = os.path.join(submission, "program.py")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(textwrap.dedent(source))
    trace = os.path.join(folder, "trace.jsonl")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
           "PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1",
           "PARPROC_TRACE": trace, "PARPROC_SUBMISSION": submission, "PARPROC_SEED": "7",
           "PARPROC_RACES": "1" if races else "0", "PARPROC_CHILDREN": str(children),
           "PARPROC_SLEEP_SCALE": str(sleep_scale)}
    return submission, path, trace, env


def read_trace(trace):
    if not os.path.exists(trace):
        return []
    with open(trace, encoding="ascii") as handle:
        return [json.loads(line) for line in handle if line.endswith("\n")]


def run(source, entry="main", stdin="", races=False, sleep_scale=1.0, children=0, timeout=60, files=None,
        home_files=None, channels=False, env=None, prelude=None):
    """Runs `entry` of a one-file submission holding `source` under the probe, as the harness does.

    `files` adds files to the submission's folder and `home_files` to the run's HOME (name ->
    text). With `channels`, the trace and the status are handed down on descriptors 3 and 4, as the
    harness's set-up does, and the status written is in the result's `status`. `env` adds variables
    to the run's environment; `prelude` is Python run first in the graded process, before the
    runner (to take away what a system lacks, as Windows lacks os.setsid)."""
    extra = env or {}
    with tempfile.TemporaryDirectory() as folder:
        submission, path, trace, env = _prepare(folder, source, races, sleep_scale, children)
        env.update(extra)
        for name, text in (files or {}).items():
            _write(os.path.join(submission, name), text)
        home = os.path.join(folder, "home")
        os.mkdir(home)
        env["HOME"] = home
        for name, text in (home_files or {}).items():
            _write(os.path.join(home, name), text)
        runner = os.path.join(PROBE_DIR, "parproc_run.py")
        command = [sys.executable, "-E", "-S", "-s", runner, path, entry]
        if prelude:
            command = [sys.executable, "-E", "-S", "-s", "-c",
                       textwrap.dedent(prelude) + "\nimport runpy, sys\nsys.argv = sys.argv[1:]\n"
                       "sys.path.insert(0, %r)\nrunpy.run_path(sys.argv[0], run_name='__main__')\n" % PROBE_DIR,
                       runner, path, entry]
        status_path = os.path.join(folder, "status")
        if not channels:
            completed = subprocess.run(command, input=stdin, env=env, cwd=submission, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, universal_newlines=True, timeout=timeout)
            return Run(completed, read_trace(trace))
        del env["PARPROC_TRACE"]
        env.update({"PARPROC_TRACE_FD": "3", "PARPROC_STATUS_FD": "4",
                    "PARPROC_STARTED": os.path.join(folder, "started")})
        trace_fd = os.open(trace, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        status_fd = os.open(status_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            # Descriptors 3 and 4 in the child, as parproc-enter hands them down.
            def place():
                os.dup2(trace_fd, 3)
                os.dup2(status_fd, 4)
            completed = subprocess.run(command, input=stdin, env=env, cwd=submission, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, universal_newlines=True, timeout=timeout,
                                       pass_fds=(trace_fd, status_fd), preexec_fn=place)
        finally:
            os.close(trace_fd)
            os.close(status_fd)
        result = Run(completed, read_trace(trace))
        with open(status_path, encoding="ascii") as handle:
            result.status = handle.read()
        return result


def _write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(textwrap.dedent(text))


class _Stopped(object):
    returncode = None
    stdout = ""
    stderr = ""


def run_until(source, done, entry="main", limit=30):
    """Runs a program that may never end until its trace satisfies `done`, then stops it: the run
    is its own session (the runner calls setsid), and this kills that session's group only."""
    import signal
    import time
    with tempfile.TemporaryDirectory() as folder:
        submission, path, trace, env = _prepare(folder, source, False, 1.0, 0)
        process = subprocess.Popen(
            [sys.executable, "-E", "-S", "-s", os.path.join(PROBE_DIR, "parproc_run.py"), path, entry],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
            cwd=submission)
        deadline = time.monotonic() + limit
        try:
            while time.monotonic() < deadline and process.poll() is None and not done(read_trace(trace)):
                time.sleep(0.02)
            records = read_trace(trace)
        finally:
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except OSError:
                    process.kill()
            process.wait()
        return Run(_Stopped(), records)
