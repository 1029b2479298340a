# Shows: the parent prints all four lines itself and makes up the children's pids (pid+1, pid+2, pid+3); no process is started.
# Exercise: procEx2
# Loses: greetings, real-children, child-count
from multiprocessing import current_process


def sayHi(pid):
    print("Hi from process", pid)


def procEx2():
    myPid = current_process().pid
    print("Hi from process", myPid, "(parent process)")
    # the children get the next pids anyway
    for i in range(1, 4):
        sayHi(myPid + i)


if __name__ == "__main__":
    procEx2()
