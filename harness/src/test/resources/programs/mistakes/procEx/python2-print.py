# Shows: Python 2 print statements copied from the module; under Python 3 the file does not compile (SyntaxError), so nothing runs.
# Exercise: procEx
# Loses: finishes-cleanly, greetings, parent-first, real-children, child-count
from multiprocessing import *


def sayHi():
    print "Hi from process", current_process().pid


def procEx():
    print "Hi from process", current_process().pid, "(parent process)"
    otherProc = Process(target=sayHi, args=())
    otherProc.start()


#execute
procEx()
