# Shows: a procEx whose output, process name, queue value, exception text and file name carry HTML markup: the report page must show all of it as text and run none of it.
# Exercise: procEx
from multiprocessing import Lock, Process, Queue, current_process

MARKUP = ("</svg></title><script>document.title='pwned'</script>"
          "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">")


def sayHi(q, lock):
    with lock:
        print(MARKUP, "Hi from process", current_process().pid)
    q.put(MARKUP)
    raise ValueError(MARKUP)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)", MARKUP)
    q = Queue()
    lock = Lock()
    p = Process(target=sayHi, args=(q, lock), name=MARKUP)
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    procEx()
