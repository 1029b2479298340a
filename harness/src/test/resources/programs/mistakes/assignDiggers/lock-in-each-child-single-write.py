# Shows: each digger makes its own Lock but writes its whole line in one write, so the output happens never to mix; the lock is still not shared.
# Exercise: assignDiggers
# Loses: shared-lock
import sys
from multiprocessing import Lock, Process


def dig(workerName, holeID, lock):
    myLock = Lock()
    with myLock:
        sys.stdout.write(f"Hiddy-ho! I'm worker {workerName} and today I have to dig hole {holeID}\n")


def assignDiggers():
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    for holeID, workerName in enumerate(workerNames):
        Process(target=dig, args=(workerName, holeID, lock)).start()


if __name__ == "__main__":
    assignDiggers()
