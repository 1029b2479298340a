# Shows: a correct manyGreetings4 whose parent first leaves behind what outlives a process: a System V shared memory segment, semaphore set and message queue (IPC_PRIVATE | IPC_CREAT, through ctypes) and a 30 MB file in /dev/shm; with permissions isolation the grader removes them when the run ends.
# Exercise: manyGreetings4
# Expect: full-marks
# Flagged: no
# AtMost: 10
# Needs: root
# Isolation: permissions
import ctypes
import os
import sys
from multiprocessing import Lock, Process, current_process

IPC_PRIVATE = 0
IPC_CREAT = 0o1000


def leave_behind():
    """Makes objects that outlive the run unless the grader removes them; says their ids on stderr."""
    libc = ctypes.CDLL(None, use_errno=True)
    made = [
        ("shm", libc.shmget(IPC_PRIVATE, 1 << 20, IPC_CREAT | 0o600)),
        ("sem", libc.semget(IPC_PRIVATE, 3, IPC_CREAT | 0o600)),
        ("msg", libc.msgget(IPC_PRIVATE, IPC_CREAT | 0o600)),
    ]
    try:
        name = "/dev/shm/parproc-tampering-%d" % os.getpid()
        with open(name, "wb") as big:
            for _ in range(30):
                big.write(b"\0" * (1 << 20))
        made.append(("file", name))
    except OSError as e:
        made.append(("file", str(e)))
    sys.stderr.write("uid %d left %s\n" % (os.getuid(), made))
    # A fixture that left nothing would test nothing: fail loudly instead (it expects full marks).
    if any(what == -1 or str(what).startswith("[Errno") for _, what in made):
        raise OSError("could not leave everything behind: %s" % made)


def sayHi4(lock, name):
    lock.acquire()
    print("Hi", name, "from process", current_process().pid)
    lock.release()


def manyGreetings4():
    leave_behind()
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()


if __name__ == "__main__":
    manyGreetings4()
