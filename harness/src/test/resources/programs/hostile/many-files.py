# Shows: the child greets, then writes files of 32 MiB each (under the per-file cap) into its folder, up to 2 GiB in all: as root, a run's files live in memory and count toward its memory cap, which stops it.
# Exercise: procEx
# Expect: loses finishes-cleanly
# Stopped: used more than
# Needs: root
import os
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    block = b"x" * (32 << 20)
    for index in range(64):
        with open("filler-%d.bin" % index, "wb") as handle:
            handle.write(block)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
