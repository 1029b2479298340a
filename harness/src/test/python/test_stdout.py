"""stdout: every write to fd 1 reaches the output and the trace, with the locks held; reads of stdin."""

import unittest

from probe_testing import run


class StdoutTests(unittest.TestCase):

    def test_each_write_is_recorded_with_its_bytes(self):
        result = run("""
            def main():
                print("Zoë", 7)
        """)
        self.assertEqual(result.stdout, "Zoë 7\n")
        pieces = [(out["data"], out["n"]) for out in result.of("out")]
        self.assertEqual(pieces, [("Zoë", 4), (" ", 1), ("7", 1), ("\n", 1)])
        self.assertTrue(all(out["held"] == [] and "via" not in out for out in result.of("out")))

    def test_a_direct_os_write_is_recorded_as_such(self):
        result = run("""
            import os

            def main():
                os.write(1, b"raw\\n")
        """)
        self.assertEqual(result.stdout, "raw\n")
        self.assertEqual(result.of("out")[0]["via"], "os.write")

    def test_os_write_of_what_is_not_bytes_fails_as_it_does_unprobed(self):
        result = run("""
            import array, os

            def main():
                for data in (5, "s", [104, 105]):
                    try:
                        os.write(1, data)
                    except TypeError as e:
                        os.write(1, b"TypeError\\n")
                os.write(1, array.array("B", b"ok\\n"))
        """)
        self.assertEqual(result.stdout, "TypeError\nTypeError\nTypeError\nok\n", result.stderr)

    def test_a_long_write_is_cut_at_pipe_buf(self):
        result = run("""
            import sys

            def main():
                sys.stdout.write("x" * 10000)
        """)
        self.assertEqual(len(result.stdout), 10000)
        self.assertEqual([out["n"] for out in result.of("out")], [4096, 4096, 1808])

    def test_a_read_of_stdin_follows_the_prompt(self):
        result = run("""
            def main():
                name = input("Name: ")
                print("Hi", name)
        """, stdin="Ada\n")
        self.assertEqual(result.stdout, "Name: Hi Ada\n")
        kinds = [r["event"] for r in result.records if r["event"] in ("out", "read")]
        self.assertEqual(kinds[:2], ["out", "read"])
        self.assertEqual(result.of("read")[0]["n"], 4)

    def test_races_pause_after_writes_without_changing_the_output(self):
        source = """
            from multiprocessing import Process

            def hi(i):
                print("child", i)

            def main():
                ps = [Process(target=hi, args=(i,)) for i in range(3)]
                for p in ps:
                    p.start()
                for p in ps:
                    p.join()
        """
        plain = run(source)
        raced = run(source, races=True, children=3)
        # Unlocked children may mix their writes: the same characters, in whatever order.
        self.assertEqual(sorted(plain.stdout), sorted(raced.stdout))
        self.assertEqual(len(raced.of("out")), len(plain.of("out")))
        self.assertEqual(raced.stderr, "")


if __name__ == "__main__":
    unittest.main()
