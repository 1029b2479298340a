# Shows: an off-by-one loop, range(len(workerNames) - 1), starts only nine diggers: worker J never digs hole 9.
# Exercise: assignDiggers
# Loses: workers, child-count
from multiprocessing import Lock, Process


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    for holeID in range(len(workerNames) - 1):
        Process(target=dig, args=(workerNames[holeID], holeID, lock)).start()


if __name__ == "__main__":
    assignDiggers()
