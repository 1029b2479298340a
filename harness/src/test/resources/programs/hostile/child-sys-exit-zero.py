# Shows: a correct manyGreetings whose children end with sys.exit(0) right after greeting; SystemExit(0) is a normal end, not an error.
# Exercise: manyGreetings
# Expect: full-marks
import sys
from multiprocessing import Process, current_process


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)
    sys.exit(0)


def manyGreetings():
    print("Hi from process", current_process().pid, "(parent process)")
    name = "Jimmy"
    p1 = Process(target=sayHi2, args=(name,))
    p2 = Process(target=sayHi2, args=(name,))
    p3 = Process(target=sayHi2, args=(name,))
    p1.start()
    p2.start()
    p3.start()


if __name__ == "__main__":
    manyGreetings()
