# Shows: the lock is passed to each digger but never acquired, so the workers print without it and lines may mix.
# Exercise: assignDiggers
# Loses: shared-lock
from multiprocessing import Lock, Process


def dig(workerName, holeID, lock):
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)


def assignDiggers():
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    for holeID in range(len(workerNames)):
        Process(target=dig, args=(workerNames[holeID], holeID, lock)).start()


if __name__ == "__main__":
    assignDiggers()
