# Shows: after its correct greeting the child writes a line of bytes that are not valid UTF-8 straight to the binary stdout, which the harness must decode without crashing.
# Exercise: procEx
# Expect: loses greetings
import sys
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    sys.stdout.flush()
    sys.stdout.buffer.write(b"caf\xe9 \xff\xfe \xc3\x28 \xed\xa0\x80\n")
    sys.stdout.buffer.flush()


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    otherProc = Process(target=sayHi, args=())
    otherProc.start()
    otherProc.join()


if __name__ == "__main__":
    procEx()
