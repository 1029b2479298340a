# Shows: a correct assignDiggers that replaces sys.stdout with its own small writer class, which counts characters and forwards every write to the original sys.stdout.
# Exercise: assignDiggers
# Expect: full-marks
import sys
from multiprocessing import Lock, Process


class CountingWriter:
    """Forwards everything to the real stream and counts the characters written."""

    def __init__(self, inner):
        self.inner = inner
        self.written = 0

    def write(self, text):
        self.written += len(text)
        return self.inner.write(text)

    def flush(self):
        self.inner.flush()


def dig(workerName, holeID, lock):
    lock.acquire()
    try:
        print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    finally:
        lock.release()


def assignDiggers():
    original = sys.stdout
    sys.stdout = CountingWriter(original)
    try:
        lock = Lock()
        workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
        workers = []
        for holeID in range(len(workerNames)):
            w = Process(target=dig, args=(workerNames[holeID], holeID, lock))
            w.start()
            workers.append(w)
        for w in workers:
            w.join()
    finally:
        sys.stdout = original


if __name__ == "__main__":
    assignDiggers()
