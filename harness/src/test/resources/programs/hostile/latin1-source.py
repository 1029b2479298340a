# Shows: -*- coding: latin-1 -*- (the cookie is on this line) a correct manyGreetings saved in latin-1, with latin-1 letters in comments, strings and names.
# Exercise: manyGreetings
# Expect: full-marks
# Écrit par un élève : le prénom est « Jimmy », et les processus se saluent.
from multiprocessing import Process, current_process

ÉLÈVE = "Jimmy"
NOTE = "déjà vu, ça marche très bien"


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings():
    """Le parent salue, puis trois enfants saluent l'élève."""
    print("Hi from process", current_process().pid, "(main process)")
    prénom = ÉLÈVE
    enfants = [Process(target=sayHi2, args=(prénom,)) for _ in range(3)]
    for enfant in enfants:
        enfant.start()
    for enfant in enfants:
        enfant.join()


if __name__ == "__main__":
    manyGreetings()
