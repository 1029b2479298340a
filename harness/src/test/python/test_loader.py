"""loader: the submission imported under a safe name, without its module-level calls."""

import os
import tempfile
import unittest

from probe_testing import PROBE_DIR, run
from parproc_probe import loader


class ModuleLevelCallTests(unittest.TestCase):

    def test_only_calls_of_the_file_s_own_functions_are_found(self):
        tree = loader.parse("def procEx():\n    pass\nprint('x')\nprocEx()\nx = procEx()\n", "f.py")
        calls = loader.module_level_calls(tree)
        self.assertEqual([call.lineno for call in calls], [4])


    def test_the_file_is_cut_at_the_entry_s_first_bare_call(self):
        tree = loader.parse("import os\ndef main():\n    pass\ndef other():\n    pass\nx = 1\nother()\n"
                            "main()\ny = 2\nmain()\nprint(y)\n", "f.py")
        head, rest = loader.split_at_entry(tree, "main")
        self.assertEqual([node.lineno for node in head], [1, 2, 4, 6])
        self.assertEqual([node.lineno for node in rest], [9, 11])

    def test_without_a_bare_call_of_the_entry_nothing_is_left_for_after(self):
        tree = loader.parse("def main():\n    pass\nif __name__ == '__main__':\n    main()\n", "f.py")
        head, rest = loader.split_at_entry(tree, "main")
        self.assertEqual((len(head), rest), (2, []))


class ModuleNameTests(unittest.TestCase):

    def test_a_name_that_shadows_the_standard_library_becomes_private(self):
        folder = tempfile.mkdtemp()
        self.assertEqual(loader.module_name_for(os.path.join(folder, "procEx.py")), "procEx")
        self.assertEqual(loader.module_name_for(os.path.join(folder, "queue.py")), "parproc_submission_queue")
        self.assertEqual(loader.module_name_for(os.path.join(folder, "my work.py")), "parproc_submission_my_work")


class LoadTests(unittest.TestCase):

    def test_the_entry_runs_once_and_the_file_s_own_call_is_dropped(self):
        result = run("""
            def main():
                print("once")

            main()
        """)
        self.assertEqual(result.stdout, "once\n")
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.kinds()[-1], "return")

    def test_what_follows_the_bare_call_runs_after_the_entry_returns(self):
        result = run("""
            def main():
                print("entry", total)

            total = 1
            main()
            total = total + 1
            print("after", total)
        """)
        self.assertEqual(result.stdout, "entry 1\nafter 2\n")
        self.assertEqual(result.returncode, 0)
        self.assertLess(result.kinds().index("return"), len(result.kinds()) - 1)

    def test_an_error_after_the_call_is_recorded_with_its_line_once_the_entry_returned(self):
        result = run("""
            def main():
                print("all done")

            main()
            print(count)
        """)
        self.assertEqual(result.stdout, "all done\n")
        self.assertEqual(result.returncode, 1)
        error = result.of("exception", where="after")[0]
        self.assertEqual((error["type"], error["line"]), ("NameError", 6))
        self.assertLess(result.kinds().index("return"), result.kinds().index("exception"))
        self.assertIn("NameError: name 'count' is not defined", result.stderr)
        self.assertNotIn(PROBE_DIR, result.stderr)

    def test_children_never_run_what_follows_the_call_whatever_the_start_method(self):
        for method in ("fork", "spawn", "forkserver"):
            result = run("""
                import multiprocessing

                def child():
                    print("child")

                def main():
                    context = multiprocessing.get_context("%s")
                    p = context.Process(target=child)
                    p.start()
                    p.join()

                main()
                print("after")
            """ % method)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(sorted(result.stdout.splitlines()), ["after", "child"], method)
            self.assertEqual([r["pid"] for r in result.of("out") if r["data"] == "after"], [result.root_pid()],
                             method)

    def test_a_missing_entry_is_recorded(self):
        result = run("def other():\n    pass\n", entry="main")
        self.assertEqual(result.returncode, 3)
        self.assertEqual(result.of("missing")[0]["entry"], "main")

    def test_an_error_at_import_is_recorded_with_its_line(self):
        result = run("x = 1\nraise KeyError('k')\n")
        error = result.of("exception", where="import")[0]
        self.assertEqual((error["type"], error["line"]), ("KeyError", 2))
        self.assertEqual(result.returncode, 1)
        self.assertNotIn(PROBE_DIR, result.stderr)  # the probe's own frames are left out


if __name__ == "__main__":
    unittest.main()
