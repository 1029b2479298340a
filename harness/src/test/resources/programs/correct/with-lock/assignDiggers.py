# Shows: assignDiggers with each worker printing inside a `with lock:` block on the one Lock the parent created.
from multiprocessing import Lock, Process


def dig(workerName, holeID, lock):
    with lock:
        print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)


def assignDiggers():
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    workers = []
    for holeID in range(len(workerNames)):
        worker = Process(target=dig, args=(workerNames[holeID], holeID, lock))
        worker.start()
        workers.append(worker)
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    assignDiggers()
