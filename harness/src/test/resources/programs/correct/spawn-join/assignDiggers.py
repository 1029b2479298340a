# Shows: assignDiggers with the spawn start method: ten workers A..J print under one ctx.Lock and are all joined.
import multiprocessing


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    ctx = multiprocessing.get_context("spawn")
    lock = ctx.Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    workers = []
    for holeID in range(len(workerNames)):
        worker = ctx.Process(target=dig, args=(workerNames[holeID], holeID, lock))
        worker.start()
        workers.append(worker)
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    assignDiggers()
