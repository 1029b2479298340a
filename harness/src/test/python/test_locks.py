"""locks: a lock's creation, each wait to acquire it, each acquire and release, and what is held."""

import unittest

from probe_testing import run

SHARED = """
from multiprocessing import Lock, Process

def child(lock):
    with lock:
        print("in child")

def main():
    lock = Lock()
    p = Process(target=child, args=(lock,))
    p.start()
    p.join()
"""


class LockTests(unittest.TestCase):

    def test_a_lock_is_recorded_where_the_program_made_it(self):
        result = run(SHARED)
        lock = result.of("lock")[0]
        self.assertEqual(lock["kind"], "Lock")
        self.assertTrue(lock["mutex"])
        self.assertEqual((lock["site"]["line"], lock["site"]["function"]), (9, "main"))
        self.assertEqual(lock["pid"], result.root_pid())

    def test_an_acquire_is_a_wait_then_a_hold_until_the_release(self):
        result = run(SHARED)
        ident = result.of("lock")[0]["lock"]
        child = result.of("proc")[0]["pid"]
        kinds = [r["event"] for r in result.records if r["pid"] == child and r.get("lock") == ident]
        self.assertEqual(kinds, ["waiting", "waited", "acquire", "release"])
        waiting = result.of("waiting", on="acquire")[0]
        self.assertEqual((waiting["block"], waiting["timeout"]), (True, None))
        self.assertEqual(result.of("waited", on="acquire")[0]["result"], "acquired")
        written = result.of("out", pid=child)
        self.assertTrue(written and all(out["held"] == [ident] for out in written))

    def test_a_failed_acquire_ends_its_wait_with_timeout_and_holds_nothing(self):
        result = run("""
            from multiprocessing import Lock

            def main():
                lock = Lock()
                lock.acquire()
                print(lock.acquire(True, 0.01))
                print(lock.acquire(False))
        """)
        self.assertEqual(result.stdout, "False\nFalse\n")
        waits = result.of("waiting", on="acquire")
        self.assertEqual([(w["block"], w["timeout"]) for w in waits], [(True, None), (True, 0.01), (False, None)])
        self.assertEqual([w["result"] for w in result.of("waited")], ["acquired", "timeout", "timeout"])
        self.assertEqual(len(result.of("acquire")), 1)

    def test_multiprocessing_s_own_locks_are_not_recorded(self):
        result = run("""
            from multiprocessing import Queue

            def main():
                q = Queue()
                q.put(1)
                q.get()
        """)
        self.assertEqual(result.of("lock"), [])
        self.assertEqual(result.of("waiting", on="acquire"), [])


if __name__ == "__main__":
    unittest.main()
