"""managers: the queues and locks a Manager hands out are recorded through their proxies."""

import unittest

from probe_testing import run


class ManagerTests(unittest.TestCase):

    def test_a_manager_s_queue_and_lock(self):
        result = run("""
            from multiprocessing import Manager

            def main():
                with Manager() as manager:
                    q = manager.Queue()
                    lock = manager.Lock()
                    q.put("v")
                    with lock:
                        print(q.get())
        """)
        self.assertEqual(result.stdout, "v\n", result.stderr)
        queue = result.of("queue")[0]
        self.assertEqual(queue["kind"], "Manager.Queue")
        self.assertTrue(queue["queue"].startswith("M"))
        self.assertEqual(result.of("lock")[0]["kind"], "Manager.Lock")
        self.assertEqual(result.of("put")[0]["value"], "v")
        self.assertEqual(result.of("get")[0]["value"], "v")
        self.assertEqual(result.of("waited", on="get")[0]["result"], "value")
        out = result.of("out")[0]
        self.assertEqual(out["held"], [result.of("lock")[0]["lock"]])
        self.assertEqual([r["event"] for r in result.records if r["event"] in ("acquire", "release")],
                         ["acquire", "release"])


if __name__ == "__main__":
    unittest.main()
