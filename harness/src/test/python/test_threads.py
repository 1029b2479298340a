"""threads: a thread the program starts is recorded; the feeder thread of a queue is not."""

import unittest

from probe_testing import run


class ThreadTests(unittest.TestCase):

    def test_only_the_program_s_own_threads_are_recorded(self):
        result = run("""
            import threading
            from multiprocessing import Queue

            def work():
                pass

            def main():
                q = Queue()
                q.put(1)
                q.get()
                t = threading.Thread(target=work, name="worker")
                t.start()
                t.join()
        """)
        threads = result.of("thread")
        self.assertEqual(len(threads), 1)
        self.assertEqual((threads[0]["name"], threads[0]["target"], threads[0]["site"]["line"]),
                         ("worker", "work", 13))


if __name__ == "__main__":
    unittest.main()
