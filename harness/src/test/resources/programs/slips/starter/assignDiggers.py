# Shows: the starter code of assignDiggers, unchanged: it still raises NotImplementedError, so it is reported in one line as not written yet.
# Exercise: assignDiggers
# Score: 0
# Says: not written yet: assignDiggers() (assignDiggers.py, line 30) still raises NotImplementedError
"""Digging holes (exercise).

Imagine that you have 10 hole diggers, named A, B, C, D, E, F, G, H, I and J. Think of each of
these as a process, and write a function assignDiggers() that creates 10 processes with these
worker names working on hole 0, 1, 2, ..., 9, respectively. Each one should print a message about
what it's doing, like this (the order will be arbitrary):

    Hiddy-ho! I'm worker G and today I have to dig hole 6
"""

from multiprocessing import *


def dig(workerName, holeID, lock):
    """TODO: acquire the lock, print
        Hiddy-ho! I'm worker <workerName> and today I have to dig hole <holeID>
    and release the lock.
    """
    raise NotImplementedError("dig: print the worker's message while holding the lock")


def assignDiggers():
    """TODO: create one Lock and the list of worker names "A" to "J"; then start one process per
    worker, running dig with that worker's name, its hole number (its index in the list) and the lock.
    """
    raise NotImplementedError("assignDiggers: create one Lock, then start ten processes running dig, one per worker A to J")


if __name__ == "__main__":
    assignDiggers()
