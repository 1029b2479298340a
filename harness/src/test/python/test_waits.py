"""What a deadlock detector reads: a wait that never ended, and who could still have ended it.

Not a module of its own: these runs cross processes, locks and queues, as a hang does.
"""

import unittest

from probe_testing import run_until

# The parent waits for a sum that never comes: both children die of a TypeError first.
CRASHED_PRODUCERS = """
from multiprocessing import Process, Queue

def add(n, q):
    q.put(sum(range(n / 2)))

def main():
    q = Queue()
    ps = [Process(target=add, args=(10, q)) for _ in range(2)]
    for p in ps:
        p.start()
    print(q.get() + q.get())
"""


def _both_children_ended_and_parent_waits(records):
    exits = [r for r in records if r["event"] == "exit"]
    waiting = [r for r in records if r["event"] == "waiting"]
    return len(exits) == 2 and len(waiting) == 1


class DeadlockRecordTests(unittest.TestCase):

    def test_a_get_nobody_can_answer_is_visible_in_the_trace(self):
        result = run_until(CRASHED_PRODUCERS, _both_children_ended_and_parent_waits)
        root = result.root_pid()
        queue = result.of("queue")[0]["queue"]
        last = [r for r in result.records if r["pid"] == root][-1]
        # The parent's last word: waiting in get, for ever, on that queue, with no waited after.
        self.assertEqual((last["event"], last["on"], last["queue"], last["block"], last["timeout"]),
                         ("waiting", "get", queue, True, None))
        # Who could still put: its maker and the children given it, and every child has ended.
        holders = {root} | {r["pid"] for r in result.of("proc") if queue in r["holds"]}
        children = {r["pid"] for r in result.of("proc")}
        self.assertEqual(holders, {root} | children)
        self.assertEqual({r["pid"] for r in result.of("exit")}, children)
        self.assertEqual({r["type"] for r in result.of("exception", where="child")}, {"TypeError"})
        self.assertEqual(result.of("put"), [])
        self.assertTrue(all(r["t"] >= 0 for r in result.records))

    def test_a_join_of_a_child_blocked_on_a_lock_its_parent_holds(self):
        result = run_until("""
            from multiprocessing import Lock, Process

            def child(lock):
                lock.acquire()

            def main():
                lock = Lock()
                lock.acquire()
                p = Process(target=child, args=(lock,))
                p.start()
                p.join()
        """, lambda records: sum(r["event"] == "waiting" for r in records) == 3)
        root = result.root_pid()
        child = result.of("proc")[0]["pid"]
        lock = result.of("lock")[0]["lock"]
        waits = {r["pid"]: r for r in result.of("waiting")}  # each process's last wait
        self.assertEqual((waits[root]["on"], waits[root]["child"], waits[root]["timeout"]), ("join", child, None))
        self.assertEqual((waits[child]["on"], waits[child]["lock"], waits[child]["timeout"]), ("acquire", lock, None))
        self.assertEqual(result.of("waited", pid=child), [])
        # The lock is held by the parent: acquired there and never released.
        self.assertEqual([r["pid"] for r in result.of("acquire")], [root])
        self.assertEqual(result.of("release"), [])


if __name__ == "__main__":
    unittest.main()
