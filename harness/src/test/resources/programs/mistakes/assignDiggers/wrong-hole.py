# Shows: the holes are numbered from 1, so worker A digs hole 1 ... worker J digs hole 10 instead of 0 ... 9.
# Exercise: assignDiggers
# Loses: workers
from multiprocessing import Lock, Process


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    holeID = 1
    for workerName in workerNames:
        Process(target=dig, args=(workerName, holeID, lock)).start()
        holeID += 1


if __name__ == "__main__":
    assignDiggers()
