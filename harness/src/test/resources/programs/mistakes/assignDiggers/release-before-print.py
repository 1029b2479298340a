# Shows: each digger acquires the shared lock and releases it again before printing, so the print is unprotected.
# Exercise: assignDiggers
# Loses: shared-lock
from multiprocessing import Lock, Process


def dig(workerName, holeID, lock):
    lock.acquire()
    lock.release()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)


def assignDiggers():
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    for holeID in range(len(workerNames)):
        Process(target=dig, args=(workerNames[holeID], holeID, lock)).start()


if __name__ == "__main__":
    assignDiggers()
