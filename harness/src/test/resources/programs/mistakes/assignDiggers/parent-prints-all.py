# Shows: the parent calls dig() itself for each worker instead of starting processes, so all ten lines come from the parent.
# Exercise: assignDiggers
# Loses: workers, real-children, child-count
from multiprocessing import Lock


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    for holeID in range(len(workerNames)):
        dig(workerNames[holeID], holeID, lock)


if __name__ == "__main__":
    assignDiggers()
