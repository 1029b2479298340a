# Shows: haveToWait with the spawn start method: the waiter joins the slow child before its last line.
import multiprocessing
import time


def slowpoke(lock):
    time.sleep(10)
    lock.acquire()
    print("Slowpoke: Ok, I'm coming")
    lock.release()


def haveToWait():
    ctx = multiprocessing.get_context("spawn")
    lock = ctx.Lock()
    p1 = ctx.Process(target=slowpoke, args=(lock,))
    p1.start()
    print("Waiter: Any day now...")
    p1.join()
    print("Waiter: Finally! Geez.")


if __name__ == "__main__":
    haveToWait()
