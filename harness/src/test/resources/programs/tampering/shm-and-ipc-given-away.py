# Shows: a correct manyGreetings4 whose parent first leaves behind System V objects it then gives to another owner (IPC_SET with uid 0; their creator stays the run's uid) and a folder in /dev/shm holding a 30 MB file: what is left must still be found and removed when the run ends.
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
IPC_SET = 1
IPC_STAT = 2


def give_away(libc, control, ident):
    """Makes uid 0 the object's owner: the owner's uid is the second field of its ipc_perm."""
    buffer = ctypes.create_string_buffer(512)
    if control(ident, IPC_STAT, buffer) != 0:
        return "stat failed: errno %d" % ctypes.get_errno()
    ctypes.c_uint32.from_buffer(buffer, 4).value = 0
    if control(ident, IPC_SET, buffer) != 0:
        return "set failed: errno %d" % ctypes.get_errno()
    return "given to uid 0"


def leave_behind():
    """Makes objects that outlive the run unless the grader removes them; says what became of them on stderr."""
    libc = ctypes.CDLL(None, use_errno=True)
    made = []
    shm = libc.shmget(IPC_PRIVATE, 1 << 20, IPC_CREAT | 0o600)
    made.append(("shm", shm, give_away(libc, libc.shmctl, shm)))
    sem = libc.semget(IPC_PRIVATE, 3, IPC_CREAT | 0o600)
    made.append(("sem", sem, give_away(libc, lambda i, c, b: libc.semctl(i, 0, c, b), sem)))
    msg = libc.msgget(IPC_PRIVATE, IPC_CREAT | 0o600)
    made.append(("msg", msg, give_away(libc, libc.msgctl, msg)))
    try:
        folder = "/dev/shm/parproc-tampering-%d" % os.getpid()
        os.mkdir(folder)
        with open(os.path.join(folder, "kept"), "wb") as big:
            for _ in range(30):
                big.write(b"\0" * (1 << 20))
        made.append(("folder", folder))
    except OSError as e:
        made.append(("folder", str(e)))
    sys.stderr.write("uid %d left %s\n" % (os.getuid(), made))
    # A fixture that left nothing, or gave nothing away, would test nothing: fail loudly instead.
    if any(item[1] == -1 or str(item[-1]).startswith(("[Errno", "stat failed", "set failed")) for item in made):
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
