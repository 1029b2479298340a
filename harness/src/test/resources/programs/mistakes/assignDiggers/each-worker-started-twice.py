# Shows: the workers are made twice, once in a list that is started later and once as anonymous processes, so each of A to J digs twice (twenty children).
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
    workers = [Process(target=dig, args=(workerNames[i], i, lock)) for i in range(len(workerNames))]
    for holeID in range(len(workerNames)):
        Process(target=dig, args=(workerNames[holeID], holeID, lock)).start()
    for w in workers:
        w.start()
    for w in workers:
        w.join()


if __name__ == "__main__":
    assignDiggers()
