# Shows: the child greets, then allocates memory in 16 MiB blocks, touching every page, up to 4 GiB: far past the run's memory cap, where it must be stopped.
# Exercise: procEx
# Expect: loses finishes-cleanly
# Stopped: used more than
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    blocks = []
    for _ in range(256):
        block = bytearray(16 << 20)
        for i in range(0, len(block), 4096):
            block[i] = 1
        blocks.append(block)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
