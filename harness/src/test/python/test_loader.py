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
