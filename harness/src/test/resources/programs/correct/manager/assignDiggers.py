# Shows: assignDiggers with a Manager().Lock() created in the parent: ten workers A..J print while holding it.
from multiprocessing import Manager, Process


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    manager = Manager()
    lock = manager.Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    workers = [Process(target=dig, args=(workerNames[holeID], holeID, lock))
               for holeID in range(len(workerNames))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    manager.shutdown()


if __name__ == "__main__":
    assignDiggers()
