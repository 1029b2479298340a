# Shows: addTwoPar with the forkserver start method (set_start_method): a child adds the two numbers read by the parent and returns the sum through a Queue.
import multiprocessing


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    multiprocessing.set_start_method("forkserver", force=True)
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))
    q = multiprocessing.Queue()
    p1 = multiprocessing.Process(target=addTwoNumbers, args=(x, y, q))
    p1.start()
    result = q.get()
    p1.join()
    print("The sum is:", result)


if __name__ == "__main__":
    addTwoPar()
