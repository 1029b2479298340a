"""Calls past multiprocessing, which a grader without /proc learns of from the trace alone."""

import os
import unittest

from probe_testing import run, PROBE_DIR  # noqa: F401  (PROBE_DIR puts the probe on sys.path)


class OsCallTests(unittest.TestCase):

    def test_a_fork_outside_multiprocessing_is_written_by_the_new_process(self):
        result = run("""
            import os
            from multiprocessing import Process

            def child():
                pid = os.fork()
                if pid == 0:
                    os._exit(0)
                os.waitpid(pid, 0)

            def main():
                p = Process(target=child)
                p.start()
                p.join()
        """)
        self.assertEqual(result.returncode, 0, result.stderr)
        forks = result.of("os-call", call="fork")
        self.assertEqual(len(forks), 1)
        child = result.of("proc")[0]["pid"]
        self.assertEqual(forks[0]["parent"], child)
        self.assertNotEqual(forks[0]["pid"], child)

    def test_the_runners_own_session_is_not_recorded_and_a_programs_setsid_is(self):
        result = run("""
            import os
            from multiprocessing import Process

            def child():
                os.setsid()

            def main():
                p = Process(target=child)
                p.start()
                p.join()
        """)
        self.assertEqual(result.returncode, 0, result.stderr)
        calls = result.of("os-call")
        self.assertEqual([(c["call"], c["pid"]) for c in calls], [("setsid", result.of("proc")[0]["pid"])])

    def test_a_setsid_that_failed_is_not_recorded(self):
        # The graded process leads its session already (the runner's setsid): its own fails.
        result = run("""
            import os

            def main():
                try:
                    os.setsid()
                except PermissionError:
                    print("EPERM")
        """)
        self.assertEqual(result.stdout, "EPERM\n", result.stderr)
        self.assertEqual(result.of("os-call"), [])

    def test_handlers_of_the_programs_own_are_recorded_and_the_librarys_not(self):
        result = run("""
            import atexit, logging, signal
            import multiprocessing as mp

            def noop(*args):
                pass

            def main():
                signal.signal(signal.SIGUSR1, noop)
                signal.signal(signal.SIGUSR2, signal.SIG_IGN)
                atexit.register(noop)
                logging.getLogger("x")
                ctx = mp.get_context("forkserver")
                p = ctx.Process(target=noop)
                p.start()
                p.join()
        """)
        self.assertEqual(result.returncode, 0, result.stderr)
        calls = [(c["call"], c.get("signum")) for c in result.of("os-call")]
        self.assertEqual(calls, [("signal", 10), ("atexit", None)])

    def test_without_setsid_and_fork_as_on_windows_the_runner_still_runs_the_program(self):
        result = run("""
            from multiprocessing import Process, current_process

            def hi():
                print("child", current_process().name)

            def main():
                print("parent")
                p = Process(target=hi)
                p.start()
                p.join()
        """, prelude="""
            import os
            for name in ("setsid", "setpgid", "setpgrp", "register_at_fork"):
                if hasattr(os, name):
                    delattr(os, name)
        """)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sorted(result.stdout.splitlines()), ["child Process-1", "parent"])
        self.assertEqual(result.of("os-call"), [])
        self.assertEqual(len(result.of("exit")), 1)


class OwnSessionTests(unittest.TestCase):

    def test_no_setsid_means_no_session_and_no_error(self):
        from parproc_probe import oscalls
        saved = oscalls.originals.pop("setsid", None)
        had = hasattr(os, "setsid")
        original = getattr(os, "setsid", None)
        try:
            if had:
                delattr(os, "setsid")
            self.assertFalse(oscalls.own_session())
        finally:
            if had:
                os.setsid = original
            if saved is not None:
                oscalls.originals["setsid"] = saved


if __name__ == "__main__":
    unittest.main()
