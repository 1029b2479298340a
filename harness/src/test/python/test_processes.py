"""processes: start, a child's beginning with what it holds, its end, joins, run() and errors."""

import unittest

from probe_testing import run

PROGRAM = """
import multiprocessing
from multiprocessing import Lock, Process, Queue

def child(lock, q):
    q.put(1)

def main():
    multiprocessing.set_start_method("%s")
    lock = Lock()
    q = Queue()
    later = Queue()
    p = Process(target=child, args=(lock, q))
    p.start()
    q.get()
    p.join()
"""

ARGUMENTS = """
import multiprocessing
from multiprocessing import Lock, Process

def dig(name, hole, depth, lock):
    pass

def main():
    multiprocessing.set_start_method("%s")
    lock = Lock()
    p = Process(target=dig, args=("A", 0, 1.5, lock))
    p.start()
    p.join()
"""


class ProcessTests(unittest.TestCase):

    def holds(self, method):
        result = run(PROGRAM % method)
        self.assertEqual(result.returncode, 0, result.stderr)
        began = result.of("proc")
        self.assertEqual(len(began), 1)
        lock = result.of("lock")[0]["lock"]
        queues = [q["queue"] for q in result.of("queue")]
        return result, began[0], lock, queues

    def test_a_forked_child_holds_what_its_parent_held(self):
        result, began, lock, (q, later) = self.holds("fork")
        self.assertEqual(sorted(began["holds"]), sorted([lock, q, later]))
        self.assertEqual(began["method"], "fork")
        self.assertEqual(began["parent"], result.root_pid())

    def test_a_spawned_child_holds_what_it_was_given(self):
        result, began, lock, (q, later) = self.holds("spawn")
        self.assertEqual(sorted(began["holds"]), sorted([lock, q]))
        self.assertEqual(began["method"], "spawn")

    def test_a_child_records_its_arguments_under_either_method(self):
        for method in ("fork", "spawn"):
            result = run(ARGUMENTS % method)
            self.assertEqual(result.returncode, 0, result.stderr)
            args = result.of("proc")[0]["args"]
            self.assertEqual(args[:3], [{"type": "str", "value": "A"}, {"type": "int", "value": 0},
                                        {"type": "float", "value": 1.5}], method)
            self.assertEqual(args[3]["type"], "Lock", method)
            self.assertTrue(args[3]["repr"].startswith("<Lock("), method)

    def test_start_begin_exit_and_join_come_in_causal_order(self):
        result, began, _, _ = self.holds("fork")
        child = began["pid"]
        start = result.of("start")[0]
        self.assertEqual((start["child"], start["target"], start["internal"]), (child, "child", False))
        self.assertEqual(began["ppid"], result.root_pid())
        self.assertEqual(result.of("exit")[0]["pid"], child)
        self.assertEqual(result.of("exit")[0]["code"], 0)
        waiting = result.of("waiting", on="join")[0]
        self.assertEqual((waiting["child"], waiting["timeout"]), (child, None))
        self.assertEqual(result.of("waited", on="join")[0]["result"], "ended")
        self.assertLess(result.records.index(result.of("exit")[0]), result.records.index(result.of("waited", on="join")[0]))

    def test_a_join_that_gives_up_ends_with_timeout(self):
        result = run("""
            import time
            from multiprocessing import Process

            def main():
                p = Process(target=time.sleep, args=(0.5,))
                p.start()
                p.join(0.01)
                p.join()
        """)
        self.assertEqual([w["timeout"] for w in result.of("waiting", on="join")], [0.01, None])
        self.assertEqual([w["result"] for w in result.of("waited", on="join")], ["timeout", "ended"])

    def test_run_called_directly_and_an_error_in_a_child_are_recorded(self):
        result = run("""
            from multiprocessing import Process

            def fails():
                raise ValueError("no")

            def main():
                Process(target=print, args=("direct",)).run()
                p = Process(target=fails)
                p.start()
                p.join()
        """)
        self.assertEqual(result.of("run")[0]["target"], "print")
        error = result.of("exception", where="child")[0]
        self.assertEqual((error["type"], error["message"], error["file"], error["line"], error["function"]),
                         ("ValueError", "no", "program.py", 5, "fails"))
        self.assertEqual(result.of("exit", pid=error["pid"])[0]["code"], 1)

    def test_terminate_and_os_exit_are_recorded(self):
        result = run("""
            import os, time
            from multiprocessing import Process

            def main():
                p = Process(target=time.sleep, args=(30,))
                p.start()
                p.terminate()
                p.join()
                q = Process(target=os._exit, args=(4,))
                q.start()
                q.join()
        """)
        self.assertEqual(len(result.of("terminate")), 1)
        self.assertEqual([e["code"] for e in result.of("exit")], [4])


if __name__ == "__main__":
    unittest.main()
