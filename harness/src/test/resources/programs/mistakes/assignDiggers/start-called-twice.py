# Shows: p.start() is called twice on the same Process object; the second call raises AssertionError in the parent after worker A started, so only A digs.
# Exercise: assignDiggers
# Loses: finishes-cleanly, workers, child-count
from multiprocessing import Lock, Process


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    for holeID in range(len(workerNames)):
        p = Process(target=dig, args=(workerNames[holeID], holeID, lock))
        p.start()
        # start it, then make sure it is really running
        p.start()


if __name__ == "__main__":
    assignDiggers()
