# Shows: the parent puts its Lock in a global before starting the diggers, which use the global instead of an argument; a forked child has the parent's globals, a spawned one imports the file afresh and finds None.
# Exercise: assignDiggers
# Portability: fork only
# Reason: uses the global `lock`, which the parent sets before starting it; spawn starts each child by importing the file afresh
from multiprocessing import Lock, Process

lock = None


def dig(workerName, holeID):
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    global lock
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    workers = [Process(target=dig, args=(name, holeID)) for holeID, name in enumerate(workerNames)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    assignDiggers()
