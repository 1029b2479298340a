# Shows: the digger exercise, correct, but its entry is spelled assingDiggers: named with its file and line, not graded.
# Exercise: assignDiggers
# Score: 0
# Says: found assingDiggers in assingDiggers.py, line 14: did you mean assignDiggers?
from multiprocessing import Lock, Process


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assingDiggers():
    lock = Lock()
    for holeID, workerName in enumerate("ABCDEFGHIJ"):
        Process(target=dig, args=(workerName, holeID, lock)).start()


if __name__ == "__main__":
    assingDiggers()
