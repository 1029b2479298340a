# Shows: the digger exercise worded "Hi, I'm digger A and I have to dig hole 0", with the right shared lock: only the wording is wrong.
# Exercise: assignDiggers
# Score: max - workers
# Says: closest printed: "[Hi], I'm [digger] A and I have to dig hole 0"
from multiprocessing import Lock, Process


def dig(workerName, holeID, lock):
    lock.acquire()
    print("Hi, I'm digger", workerName, "and I have to dig hole", holeID)
    lock.release()


def assignDiggers():
    lock = Lock()
    workers = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    diggers = [Process(target=dig, args=(name, hole, lock)) for hole, name in enumerate(workers)]
    for digger in diggers:
        digger.start()
    for digger in diggers:
        digger.join()


if __name__ == "__main__":
    assignDiggers()
