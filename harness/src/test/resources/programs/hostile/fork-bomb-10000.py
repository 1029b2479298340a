# Shows: a fork bomb of 10,000 processes: every process forks until 10,000 exist, each then sleeping 30 s, and gives up at its first refused fork; only a process cap the kernel enforces (a cgroup, or a uid of the run's own) stops it, so it runs only where the grader runs as root.
# Exercise: procEx2
# Expect: loses finishes-cleanly
# Stopped: more than
# Needs: root
import os
import time
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    made = 0
    while made < 10000:
        try:
            if os.fork() == 0:
                made = 10000
                time.sleep(30)
                os._exit(0)
        except OSError:
            break
        made += 1


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")
    children = [Process(target=sayHi) for _ in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    procEx2()
