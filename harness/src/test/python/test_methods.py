"""Start methods: the grader's default, which a program that chooses keeps out of, and children
started by spawn or forkserver that the graded process waits for before it exits."""

import unittest

from probe_testing import run


class DefaultMethodTests(unittest.TestCase):

    def test_a_program_that_does_not_choose_runs_its_children_with_the_graders_default(self):
        for method in ("spawn", "forkserver", "fork"):
            result = run("""
                import multiprocessing as mp

                def hi():
                    print("hi")

                def main():
                    print(mp.get_start_method(allow_none=True))
                    p = mp.Process(target=hi)
                    p.start()
                    p.join()
            """, env={"PARPROC_START_METHOD": method})
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stdout, "None\nhi\n")
            self.assertEqual([r["method"] for r in result.of("start")], [method])

    def test_a_program_that_chooses_its_own_method_keeps_it(self):
        result = run("""
            import multiprocessing as mp

            def hi():
                print("hi")

            def main():
                mp.set_start_method("fork")
                p = mp.Process(target=hi)
                p.start()
                p.join()
        """, env={"PARPROC_START_METHOD": "spawn"})
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual([r["method"] for r in result.of("start")], ["fork"])

    def test_a_program_without_multiprocessing_never_imports_it(self):
        result = run("""
            import sys

            def main():
                print("multiprocessing" in sys.modules)
        """, env={"PARPROC_START_METHOD": "spawn"})
        self.assertEqual(result.stdout, "False\n", result.stderr)


class KeptTests(unittest.TestCase):

    MODULE_STYLE = """
        from multiprocessing import Lock, Process, current_process

        def greet(lock, name):
            lock.acquire()
            print("Hi", name)
            lock.release()

        def main():
            lock = Lock()
            for i in range(6):
                Process(target=greet, args=(lock, "p%d" % i)).start()
    """

    def test_children_still_starting_when_the_entry_returns_get_their_lock_and_it_is_recorded(self):
        result = run(self.MODULE_STYLE, env={"PARPROC_START_METHOD": "spawn"})
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sorted(result.stdout.splitlines()), ["Hi p%d" % i for i in range(6)])
        kept = result.of("kept")
        self.assertEqual(len(kept), 1)
        self.assertEqual(kept[0]["kind"], "Lock")
        self.assertEqual(kept[0]["of"], result.of("lock")[0]["lock"])
        # Recorded before the graded process's return.
        kinds = result.kinds(result.root_pid())
        self.assertLess(kinds.index("kept"), kinds.index("return"))

    def test_a_program_that_chose_spawn_itself_keeps_the_race(self):
        chosen = self.MODULE_STYLE.replace("def main():\n", "def main():\n            import multiprocessing\n"
                                           "            multiprocessing.set_start_method('spawn')\n")
        result = run(chosen)
        self.assertEqual(result.of("kept"), [])
        self.assertIn("FileNotFoundError", result.stderr)

    def test_under_fork_nothing_is_kept(self):
        result = run(self.MODULE_STYLE, env={"PARPROC_START_METHOD": "fork"})
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.of("kept"), [])


if __name__ == "__main__":
    unittest.main()
