"""sleeps: time.sleep scaled by the grading's factor, with its begin and end recorded."""

import unittest

from probe_testing import run


class SleepTests(unittest.TestCase):

    def test_a_sleep_is_scaled_and_recorded(self):
        result = run("""
            import time

            def main():
                began = time.monotonic()
                time.sleep(2)
                print(time.monotonic() - began < 1.5)
        """, sleep_scale=0.1)
        self.assertEqual(result.stdout, "True\n")
        sleep = result.of("sleep")[0]
        self.assertEqual((sleep["seconds"], sleep["scaled"]), (2, 0.2))
        ended = result.of("slept")[0]
        self.assertGreaterEqual(ended["t"] - sleep["t"], 200000)

    def test_an_unscaled_sleep_is_recorded_and_keeps_the_interpreter_s_errors(self):
        result = run("""
            import time

            def main():
                time.sleep(0.01)
                try:
                    time.sleep()
                except TypeError as e:
                    print(e)
        """)
        self.assertEqual(result.stdout, "time.sleep() takes exactly one argument (0 given)\n")
        self.assertEqual(result.of("sleep")[0]["scaled"], 0.01)
        self.assertEqual(len(result.of("slept")), 1)

    def test_a_scaled_sleep_keeps_the_interpreter_s_errors_for_wrong_calls(self):
        result = run("""
            import time

            def main():
                for call in (lambda: time.sleep(), lambda: time.sleep("1"), lambda: time.sleep(secs=1)):
                    try:
                        call()
                    except TypeError as e:
                        print(e)
        """, sleep_scale=0.1)
        self.assertEqual(result.stdout, "time.sleep() takes exactly one argument (0 given)\n"
                         "'str' object cannot be interpreted as an integer\n"
                         "time.sleep() takes no keyword arguments\n")
        self.assertEqual(result.of("sleep"), [])


if __name__ == "__main__":
    unittest.main()
