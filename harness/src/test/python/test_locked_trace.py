"""The trace written under a lock, as on Windows, where O_APPEND is a seek then a write: every
process opens the file by its name without O_APPEND, so without the lock two processes would
write over each other; with it, every record of every process is there, whole and in each
process's order. The Windows lock (msvcrt.locking) is stood in for by one that works the same
way on a byte of the file at the current position, so the Windows code path itself runs here."""

import fcntl
import json
import os
import sys
import tempfile
import threading
import types
import unittest

import probe_testing  # noqa: F401  (puts the probe on the path)
from parproc_probe import trace

PROCESSES = 6
RECORDS = 300


def _fake_msvcrt():
    """msvcrt.locking's contract: lock nbytes from the current position; LK_NBLCK fails at once
    (OSError) when another process holds them; LK_UNLCK lets them go."""
    module = types.ModuleType("msvcrt")
    module.LK_UNLCK, module.LK_LOCK, module.LK_NBLCK = 0, 1, 2

    def locking(fd, mode, nbytes):
        position = os.lseek(fd, 0, os.SEEK_CUR)
        if mode == module.LK_UNLCK:
            fcntl.lockf(fd, fcntl.LOCK_UN, nbytes, position, os.SEEK_SET)
        else:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, nbytes, position, os.SEEK_SET)

    module.locking = locking
    return module


class LockedTraceTests(unittest.TestCase):

    def write_from_many_processes(self, path):
        children = []
        for number in range(PROCESSES):
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    # Each process opens the file itself, as a spawned child on Windows does.
                    fd = os.open(path, os.O_WRONLY)
                    write = trace.locked_writer()
                    threads = [threading.Thread(target=self.write_records, args=(write, fd, number, half))
                               for half in range(2)]
                    for thread in threads:
                        thread.start()
                    for thread in threads:
                        thread.join()
                    code = 0
                finally:
                    os._exit(code)
            children.append(pid)
        for pid in children:
            self.assertEqual(os.waitpid(pid, 0)[1], 0)
        with open(path, encoding="ascii") as handle:
            return [json.loads(line) for line in handle]

    @staticmethod
    def write_records(write, fd, number, half):
        for index in range(RECORDS // 2):
            # Records of different lengths, so that one written over another would show.
            record = {"process": number, "thread": half, "index": index, "pad": "x" * (index % 37)}
            write(fd, (json.dumps(record) + "\n").encode("ascii"))

    def check(self, records):
        self.assertEqual(len(records), PROCESSES * RECORDS)
        for number in range(PROCESSES):
            for half in range(2):
                mine = [r["index"] for r in records if r["process"] == number and r["thread"] == half]
                self.assertEqual(mine, list(range(RECORDS // 2)))

    def test_a_record_made_while_its_thread_writes_one_follows_it(self):
        # As a signal handler that prints would: a record made in the middle of another's write.
        with tempfile.TemporaryDirectory() as folder:
            fd = os.open(os.path.join(folder, "trace"), os.O_WRONLY | os.O_CREAT, 0o600)
            write = trace.locked_writer()
            original = trace.orig_write
            nested = []

            def interrupted(descriptor, data):
                if not nested:
                    nested.append(True)
                    write(descriptor, b"inner\n")
                return original(descriptor, data)

            def both():
                write(fd, b"outer\n")
                write(fd, b"after\n")

            trace.orig_write = interrupted
            try:
                # In a thread of its own, so that a writer that waits for ever fails the test.
                writer = threading.Thread(target=both, daemon=True)
                writer.start()
                writer.join(10)
                self.assertFalse(writer.is_alive(), "the nested record waited for the lock its own thread held")
            finally:
                trace.orig_write = original
                os.close(fd)
            with open(os.path.join(folder, "trace"), "rb") as handle:
                self.assertEqual(handle.read(), b"outer\ninner\nafter\n")

    def test_posix_record_locks_keep_every_record(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "trace.jsonl")
            open(path, "w").close()
            self.check(self.write_from_many_processes(path))

    def test_the_windows_code_path_keeps_every_record(self):
        saved = sys.modules.get("msvcrt")
        sys.modules["msvcrt"] = _fake_msvcrt()
        try:
            with tempfile.TemporaryDirectory() as folder:
                path = os.path.join(folder, "trace.jsonl")
                open(path, "w").close()
                self.check(self.write_from_many_processes(path))
                # The locked byte lies far past the records: the grader never reads into it.
                self.assertLess(os.path.getsize(path), trace.LOCK_OFFSET)
        finally:
            if saved is None:
                del sys.modules["msvcrt"]
            else:
                sys.modules["msvcrt"] = saved

    def test_a_run_asked_to_lock_opens_its_trace_without_o_append_and_writes_whole_records(self):
        result = probe_testing.run("""
            from multiprocessing import Process, Lock

            def child(lock, i):
                with lock:
                    print("child", i)

            def main():
                lock = Lock()
                children = [Process(target=child, args=(lock, i)) for i in range(4)]
                for p in children:
                    p.start()
                for p in children:
                    p.join()
        """, env={"PARPROC_TRACE_LOCK": "1"})
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sorted(result.stdout.splitlines()), ["child 0", "child 1", "child 2", "child 3"])
        written = {}
        for record in result.of("out"):
            written[record["pid"]] = written.get(record["pid"], "") + record["data"]
        self.assertEqual(sorted(text for pid, text in written.items() if pid != result.root_pid()),
                         ["child 0\n", "child 1\n", "child 2\n", "child 3\n"])
        self.assertEqual(len(result.of("exit")), 4)


if __name__ == "__main__":
    unittest.main()
