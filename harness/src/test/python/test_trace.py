"""trace: records are JSON lines, one write each, with kind, pid and a monotonic time."""

import json
import os
import tempfile
import threading
import unittest

import probe_testing  # noqa: F401  (puts the probe on the path)
from parproc_probe import trace


class EncodeTests(unittest.TestCase):

    def test_json_values_read_back_as_themselves(self):
        for value in [None, True, False, 0, -7, 10 ** 40, 2.5, -0.0, "", "a\"b\\c\n\t",
                      "Zoë ☃ \U0001F600", "\udcff", [1, "x", [None]], {"k": [1.5, {"n": False}]}]:
            self.assertEqual(json.loads(trace.encode(value)), value, repr(value))

    def test_encoding_is_ascii(self):
        self.assertEqual(trace.encode("é"), '"\\u00e9"')

    def test_numbers_json_lacks_travel_as_text(self):
        self.assertEqual(json.loads(trace.encode(float("nan"))), "nan")
        self.assertEqual(json.loads(trace.encode(float("inf"))), "inf")

    def test_anything_else_is_its_repr(self):
        self.assertEqual(json.loads(trace.encode((1, 2))), [1, 2])
        self.assertEqual(json.loads(trace.encode(object)), "<class 'object'>")


class DescribeValueTests(unittest.TestCase):

    def test_scalars_are_values(self):
        self.assertEqual(trace.describe_value(3), {"type": "int", "value": 3})
        self.assertEqual(trace.describe_value("hi"), {"type": "str", "value": "hi"})
        self.assertEqual(trace.describe_value(None), {"type": "NoneType", "value": None})

    def test_long_text_is_cut(self):
        described = trace.describe_value("x" * 500)
        self.assertEqual(described["value"], "x" * 200 + "...")

    def test_other_objects_are_reprs_even_when_repr_fails(self):
        class Broken(object):
            def __repr__(self):
                raise ValueError("no")
        self.assertEqual(trace.describe_value([1]), {"type": "list", "repr": "[1]"})
        self.assertEqual(trace.describe_value(Broken()), {"type": "Broken", "repr": "<Broken>"})
        self.assertEqual(trace.describe_value(10 ** 40)["repr"], str(10 ** 40))


class EmitTests(unittest.TestCase):

    def setUp(self):
        folder = tempfile.mkdtemp()
        self.path = os.path.join(folder, "trace.jsonl")
        trace.open_channel(None, self.path, 0)

    def tearDown(self):
        os.close(trace._channel["fd"])
        trace._channel["fd"] = None

    def records(self):
        with open(self.path, encoding="ascii") as handle:
            return [json.loads(line) for line in handle]

    def test_a_record_has_its_kind_fields_pid_and_time(self):
        trace.emit("put", queue="Q1.1", type="int", value=3)
        record = self.records()[0]
        self.assertEqual(record["event"], "put")
        self.assertEqual(record["queue"], "Q1.1")
        self.assertEqual(record["pid"], os.getpid())
        self.assertIsInstance(record["t"], int)

    def test_a_field_may_be_named_kind(self):
        trace.emit("lock", lock="L1.1", kind="Lock")
        self.assertEqual(self.records()[0]["kind"], "Lock")

    def test_times_never_go_back(self):
        for _ in range(50):
            trace.emit("slept")
        times = [record["t"] for record in self.records()]
        self.assertEqual(times, sorted(times))

    def test_records_of_many_threads_never_mix(self):
        def write(n):
            for i in range(200):
                trace.emit("out", n=i, data="x" * (n * 100), held=[])
        threads = [threading.Thread(target=write, args=(n,)) for n in range(1, 5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(len(self.records()), 800)

    def test_without_a_channel_nothing_is_written(self):
        os.close(trace._channel["fd"])
        trace._channel["fd"] = None
        trace.emit("slept")
        self.assertEqual(self.records(), [])
        trace.open_channel(None, self.path, 0)


class RegistryTests(unittest.TestCase):

    def test_kinds_are_listed_once(self):
        self.assertEqual(len(set(trace.KINDS)), len(trace.KINDS))

    def test_ids_are_unique_and_name_their_process(self):
        first, second = trace.new_id("L"), trace.new_id("L")
        self.assertNotEqual(first, second)
        self.assertTrue(first.startswith("L%d." % os.getpid()))


class ReplaceTests(unittest.TestCase):

    def test_replacements_take_the_names_of_their_functions_and_call_the_originals(self):
        class Greeter(object):
            def hello(self):
                return "hello"

            def bye(self):
                return "bye"

        orig_hello, orig_bye = trace.originals(Greeter, "hello", "bye")

        def hello(self):
            return orig_hello(self) + "!"

        def bye(self):
            return orig_bye(self) + "!"

        trace.replace(Greeter, hello, bye)
        self.assertEqual((Greeter().hello(), Greeter().bye()), ("hello!", "bye!"))

    def test_a_subclass_sees_the_replacement(self):
        class Base(object):
            def __init__(self):
                self.made = ["base"]

        class Child(Base):
            pass

        (orig_init,) = trace.originals(Base, "__init__")

        def __init__(self):
            orig_init(self)
            self.made.append("probe")

        trace.replace(Base, __init__)
        self.assertEqual(Child().made, ["base", "probe"])


if __name__ == "__main__":
    unittest.main()
