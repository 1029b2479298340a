"""install: each multiprocessing module is patched when the program imports it, and only then."""

import unittest

from probe_testing import run


class InstallTests(unittest.TestCase):

    def test_the_probe_imports_no_module_the_program_does_not_use(self):
        result = run("""
            import sys

            def main():
                print(sorted(m for m in sys.modules if m.startswith("multiprocessing") or m in ("ast", "json")))
        """)
        self.assertEqual(result.stdout, "[]\n")

    def test_a_patched_module_keeps_its_own_loader(self):
        result = run("""
            import multiprocessing.queues as q

            def main():
                print(type(q.__loader__).__name__, type(q.__spec__.loader).__name__)
        """)
        self.assertEqual(result.stdout, "SourceFileLoader SourceFileLoader\n")


    def test_a_module_imported_before_the_probe_is_patched_at_once(self):
        # Under spawn the child imports multiprocessing before the probe: its children's
        # records must be there all the same.
        result = run("""
            import multiprocessing as mp

            def child(q):
                q.put(1)

            def main():
                mp.set_start_method("spawn")
                q = mp.Queue()
                p = mp.Process(target=child, args=(q,))
                p.start()
                q.get()
                p.join()
        """)
        self.assertEqual(result.returncode, 0, result.stderr)
        child = result.of("proc")[0]["pid"]
        self.assertEqual(len(result.of("put", pid=child)), 1)
        self.assertEqual(len(result.of("exit", pid=child)), 1)


if __name__ == "__main__":
    unittest.main()
