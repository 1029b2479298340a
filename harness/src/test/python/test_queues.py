"""queues: a queue's creation, each put (before the value is on it), and each get as a wait."""

import unittest

from probe_testing import run


class QueueTests(unittest.TestCase):

    def test_a_value_is_put_before_the_get_that_takes_it(self):
        result = run("""
            from multiprocessing import Process, Queue

            def child(q):
                q.put(41 + 1)

            def main():
                q = Queue()
                p = Process(target=child, args=(q,))
                p.start()
                print(q.get())
                p.join()
        """)
        self.assertEqual(result.stdout, "42\n")
        queue = result.of("queue")[0]
        self.assertEqual((queue["kind"], queue["site"]["line"]), ("Queue", 8))
        kinds = [r["event"] for r in result.records if r.get("queue") == queue["queue"]]
        self.assertEqual(kinds.index("put") < kinds.index("get"), True)
        self.assertEqual(result.of("put")[0]["value"], 42)
        root = result.root_pid()
        mine = [r["event"] for r in result.records if r["pid"] == root and r["event"] in ("waiting", "get", "waited")]
        self.assertEqual(mine[:3], ["waiting", "get", "waited"])
        waiting = result.of("waiting", on="get")[0]
        self.assertEqual((waiting["block"], waiting["timeout"]), (True, None))
        self.assertEqual(result.of("waited", on="get")[0]["result"], "value")

    def test_a_get_that_finds_nothing_ends_with_timeout(self):
        result = run("""
            import queue
            from multiprocessing import Queue

            def main():
                q = Queue()
                for call in (lambda: q.get(timeout=0.01), lambda: q.get(False), q.get_nowait):
                    try:
                        call()
                    except queue.Empty:
                        print("empty")
        """)
        self.assertEqual(result.stdout, "empty\nempty\nempty\n")
        waits = [(w["block"], w["timeout"]) for w in result.of("waiting", on="get")]
        self.assertEqual(waits, [(True, 0.01), (False, None), (False, None)])
        self.assertEqual([w["result"] for w in result.of("waited")], ["timeout"] * 3)
        self.assertEqual(result.of("get"), [])

    def test_a_put_that_raises_is_recorded_as_failed(self):
        result = run("""
            from multiprocessing import SimpleQueue

            def main():
                q = SimpleQueue()
                try:
                    q.put(lambda: 1)
                except Exception as e:
                    print("raised")
        """)
        self.assertEqual(result.stdout, "raised\n")
        kinds = result.kinds()
        self.assertEqual(kinds[kinds.index("put"):kinds.index("put") + 2], ["put", "put-failed"])
        self.assertEqual(result.of("queue")[0]["kind"], "SimpleQueue")

    def test_a_joinable_queue_records_its_puts_once(self):
        result = run("""
            from multiprocessing import JoinableQueue

            def main():
                q = JoinableQueue()
                q.put("a")
                print(q.get())
                q.task_done()
        """)
        self.assertEqual(result.stdout, "a\n")
        self.assertEqual(len(result.of("put")), 1)
        self.assertEqual(result.of("get")[0]["value"], "a")


if __name__ == "__main__":
    unittest.main()
