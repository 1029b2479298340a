# Shows: the parent prints both lines itself and makes up the child's pid (its own pid + 1); no process is started.
# Exercise: procEx
# Loses: greetings, real-children, child-count
from multiprocessing import current_process


def sayHi(pid):
    print("Hi from process", pid)


def procEx():
    myPid = current_process().pid
    print("Hi from process", myPid, "(parent process)")
    # the child would get the next pid anyway
    sayHi(myPid + 1)


if __name__ == "__main__":
    procEx()
