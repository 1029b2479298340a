"""startup: a run started with -S gets the start `site` gives, without the .pth files' hooks."""

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

from probe_testing import PROBE_DIR, run


class StartupTests(unittest.TestCase):

    def test_a_run_sees_the_path_and_builtins_a_plain_start_gives(self):
        plain = subprocess.run(
            [sys.executable, "-E", "-c", "import sys, json; print(json.dumps(sys.path[1:]))"],
            stdout=subprocess.PIPE, universal_newlines=True, check=True, env={"PATH": "/usr/bin:/bin"})
        result = run("""
            import json, sys

            def main():
                print(json.dumps(sys.path[1:]))
                print(callable(exit), callable(quit), callable(help), type(copyright).__name__)
        """)
        lines = result.stdout.splitlines()
        # After the runner's own folder, the run's path is what a plain start gives (the student's
        # folder is added where the program is imported).
        expected = json.loads(plain.stdout)
        observed = json.loads(lines[0])
        self.assertIn("site-packages", " ".join(expected))
        self.assertEqual([entry for entry in observed if entry in expected], expected)
        self.assertEqual(lines[1], "True True True _Printer")

    def test_a_spawned_child_completes_its_start_too(self):
        result = run("""
            import multiprocessing as mp
            import sys

            def child(q):
                q.put((sys.flags.no_site, callable(exit), any("site-packages" in p for p in sys.path)))

            def main():
                ctx = mp.get_context("spawn")
                q = ctx.Queue()
                p = ctx.Process(target=child, args=(q,))
                p.start()
                print(q.get())
                p.join()
        """)
        self.assertEqual(result.stdout, "(1, True, True)\n", result.stderr)

    def test_nothing_of_the_submission_or_its_home_runs_before_the_probe(self):
        planted = "import os; os.environ['PARPROC_PLANTED'] = __name__\n"
        result = run("""
            import multiprocessing as mp
            import os

            def child(q):
                q.put(os.environ.get("PARPROC_PLANTED"))

            def main():
                ctx = mp.get_context("spawn")
                q = ctx.Queue()
                p = ctx.Process(target=child, args=(q,))
                p.start()
                print(os.environ.get("PARPROC_PLANTED"), q.get())
                p.join()
        """, files={"sitecustomize.py": planted, "usercustomize.py": planted},
            home_files={".local/lib/python%d.%d/site-packages/usercustomize.py" % sys.version_info[:2]: planted,
                        ".local/lib/python%d.%d/site-packages/sitecustomize.py" % sys.version_info[:2]: planted})
        self.assertEqual(result.stdout, "None None\n", result.stderr)

    def test_a_spawned_childs_path_keeps_the_standard_library_before_the_submission(self):
        # A submitted file named as a standard module (a helper random.py, a queue.py) must not
        # shadow the library's in a spawned child, whose start re-runs complete_site.
        shadow = "raise ImportError('the submission shadowed the standard library')\n"
        result = run("""
            import multiprocessing as mp
            import sys

            def child(q):
                import random
                q.put((random.__name__, hasattr(random, "Random")))

            def main():
                ctx = mp.get_context("spawn")
                q = ctx.Queue()
                p = ctx.Process(target=child, args=(q,))
                p.start()
                p.join(30)
                print(q.get(timeout=1) if p.exitcode == 0 else None)
                print(p.exitcode)
        """, files={"random.py": shadow, "queue.py": shadow})
        self.assertEqual(result.stdout, "('random', True)\n0\n", result.stderr)

    def test_exit_ends_the_program_with_its_code(self):
        result = run("""
            def main():
                exit(4)
        """)
        self.assertEqual(result.returncode, 4)

    def test_pth_files_add_their_folders_but_their_import_lines_do_not_run(self):
        with tempfile.TemporaryDirectory() as sitedir:
            os.mkdir(os.path.join(sitedir, "extra"))
            with open(os.path.join(sitedir, "tools.pth"), "w", encoding="utf-8") as handle:
                handle.write(textwrap.dedent("""\
                    # a comment
                    extra
                    import os; os.environ["PARPROC_HOOK_RAN"] = "1"
                    missing-folder
                """))
            code = textwrap.dedent("""\
                import os, site, sys
                sys.path.insert(0, %r)
                from parproc_probe import startup
                startup.complete_site()
                site.addsitedir(%r)
                print(%r in sys.path, os.environ.get("PARPROC_HOOK_RAN"), any(p.endswith("missing-folder") for p in sys.path))
            """ % (PROBE_DIR, sitedir, os.path.join(sitedir, "extra")))
            # During the start, addpackage reads folders only; afterwards site is itself again.
            patched = textwrap.dedent("""\
                import os, site, sys
                sys.path.insert(0, %r)
                from parproc_probe import startup
                startup._folders_only(%r, "tools.pth", None)
                print(%r in sys.path, os.environ.get("PARPROC_HOOK_RAN"), site.addpackage.__module__)
            """ % (PROBE_DIR, sitedir, os.path.join(sitedir, "extra")))
            env = {"PATH": "/usr/bin:/bin"}
            after = subprocess.run([sys.executable, "-E", "-S", "-c", code], stdout=subprocess.PIPE,
                                   universal_newlines=True, check=True, env=env)
            during = subprocess.run([sys.executable, "-E", "-S", "-c", patched], stdout=subprocess.PIPE,
                                    universal_newlines=True, check=True, env=env)
        self.assertEqual(during.stdout, "True None site\n")
        # site.addsitedir after the start is the interpreter's own again: it runs import lines.
        self.assertEqual(after.stdout, "True 1 False\n")


if __name__ == "__main__":
    unittest.main()
