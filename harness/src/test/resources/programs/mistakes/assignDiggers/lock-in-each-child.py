# Shows: each digger creates its own Lock and prints under it, so the workers do not exclude each other and lines may mix.
# Exercise: assignDiggers
# Loses: shared-lock
from multiprocessing import Lock, Process


def dig(workerName, holeID):
    lock = Lock()
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    for holeID in range(len(workerNames)):
        Process(target=dig, args=(workerNames[holeID], holeID)).start()


if __name__ == "__main__":
    assignDiggers()
