# Shows: the child is run with otherProc.run() instead of start(), so its greeting is printed by the parent, with the parent's pid.
# Exercise: procEx
# Loses: greetings, real-children, child-count
from multiprocessing import *


def sayHi():
    print("Hi from process", current_process().pid)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    otherProc = Process(target=sayHi, args=())
    otherProc.run()


# execute
procEx()
