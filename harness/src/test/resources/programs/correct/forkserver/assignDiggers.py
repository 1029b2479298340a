# Shows: assignDiggers with the forkserver start method (set_start_method): ten workers A..J print under one Lock and are all joined.
import multiprocessing


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    multiprocessing.set_start_method("forkserver", force=True)
    lock = multiprocessing.Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    workers = []
    for holeID in range(len(workerNames)):
        worker = multiprocessing.Process(target=dig, args=(workerNames[holeID], holeID, lock))
        worker.start()
        workers.append(worker)
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    assignDiggers()
