# Shows: addTwoPar with the spawn start method: a child adds the two numbers read by the parent and returns the sum through a ctx.Queue.
import multiprocessing


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    ctx = multiprocessing.get_context("spawn")
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))
    q = ctx.Queue()
    p1 = ctx.Process(target=addTwoNumbers, args=(x, y, q))
    p1.start()
    result = q.get()
    p1.join()
    print("The sum is:", result)


if __name__ == "__main__":
    addTwoPar()
