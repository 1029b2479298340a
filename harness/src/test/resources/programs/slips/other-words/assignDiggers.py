# Shows: the digger exercise worded "Worker A -> hole 0", each worker printing under the one shared lock: each child's line names its own arguments, so it stands for that worker's line; only the words differ.
# Exercise: assignDiggers
# Loses: workers
# Score: max - workers
# Says: you printed "Worker A -> hole 0" where "Hiddy-ho! I'm worker A and today I have to dig hole 0" was expected
from multiprocessing import Lock, Process


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Worker", workerName, "-> hole", holeID)
    lock.release()


def assignDiggers():
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    workers = [Process(target=dig, args=(workerNames[i], i, lock)) for i in range(len(workerNames))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    assignDiggers()
