# Shows: in the module's own style (no __main__ guard, a bare manyGreetings() call at the bottom): passing an argument to child processes: three children each greet Jimmy, the name given in args.
"""Children with an argument (the module's manyGreetings example)."""

from multiprocessing import *


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings():
    print("Hi from process", current_process().pid, "(main process)")

    name = "Jimmy"

    p1 = Process(target=sayHi2, args=(name,))
    p2 = Process(target=sayHi2, args=(name,))
    p3 = Process(target=sayHi2, args=(name,))

    p1.start()
    p2.start()
    p3.start()


#execute
manyGreetings()
