# Shows: the loop runs over holes 0 to 10 and builds the names with chr(), so an eleventh worker K digs hole 10.
# Exercise: assignDiggers
# Loses: workers, child-count
from multiprocessing import Lock, Process


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    lock = Lock()
    for holeID in range(11):
        workerName = chr(ord("A") + holeID)
        Process(target=dig, args=(workerName, holeID, lock)).start()


if __name__ == "__main__":
    assignDiggers()
