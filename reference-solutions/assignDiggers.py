# Shows: ten worker processes A..J each dig the hole of their index, printing under one Lock shared from the parent.
"""Digging holes (solution to the module's lock exercise)."""

from multiprocessing import *


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]

    for holeID in range(len(workerNames)):
        Process(target=dig, args=(workerNames[holeID], holeID, lock)).start()


if __name__ == "__main__":
    assignDiggers()
