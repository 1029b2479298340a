"""The grader's channels: the trace and the status on descriptors the set-up hands down."""

import unittest

from probe_testing import run


class ChannelTests(unittest.TestCase):

    def test_every_process_of_every_start_method_writes_to_the_inherited_trace(self):
        result = run("""
            import multiprocessing as mp

            def child(name):
                print("hi", name)

            def main():
                for method in ("fork", "spawn", "forkserver"):
                    p = mp.get_context(method).Process(target=child, args=(method,))
                    p.start()
                    p.join()
        """, channels=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sorted(r["data"] for r in result.of("out") if r["data"].startswith("hi")),
                         ["hi"] * 3)
        written = [r for r in result.of("out") if r["pid"] != result.root_pid()]
        self.assertEqual(len({r["pid"] for r in written}), 3)
        self.assertEqual(len(result.of("exit")), 3)

    def test_the_status_says_started_and_is_closed_before_the_submission_runs(self):
        result = run("""
            import os
            try:
                os.fstat(4)
                STATUS_OPEN = True
            except OSError:
                STATUS_OPEN = False

            def main():
                print(STATUS_OPEN, "PARPROC_STATUS_FD" in os.environ)
        """, channels=True)
        self.assertEqual(result.status, "started\n")
        self.assertEqual(result.stdout, "False False\n", result.stderr)

    def test_a_program_cannot_reopen_the_trace_by_a_path(self):
        result = run("""
            import os

            def main():
                print(os.environ.get("PARPROC_TRACE"))
        """, channels=True)
        self.assertEqual(result.stdout, "None\n", result.stderr)

    def test_each_write_is_recorded_before_it_is_made(self):
        # A child stopped between the two leaves a record ahead of the output, never the reverse:
        # here the child kills itself inside its write, after the record and before the bytes.
        result = run("""
            import os, signal, sys
            from parproc_probe import trace

            def main():
                original = trace.orig_write
                def write(fd, data):
                    if fd == 1:
                        os.kill(os.getpid(), signal.SIGKILL)
                    return original(fd, data)
                trace.orig_write = write
                print("lost")
        """, channels=True)
        self.assertEqual(result.stdout, "")
        self.assertEqual([r["data"] for r in result.of("out")], ["lost"])


class UnwrittenTests(unittest.TestCase):

    def test_a_write_to_a_closed_stdout_is_recorded_as_never_written(self):
        result = run("""
            import os

            def main():
                os.close(1)
                try:
                    print("lost")
                except OSError:
                    pass
        """, channels=True)
        kinds = [r["event"] for r in result.records if r["event"] in ("out", "unwritten")]
        self.assertEqual(kinds[:2], ["out", "unwritten"], result.stderr)
        self.assertEqual(result.of("unwritten")[0]["n"], len("lost"))


if __name__ == "__main__":
    unittest.main()
