package parproc.grader.os;

import java.util.List;

/**
 * What a process can leave behind that outlives it and that every process of the machine shares:
 * System V shared memory, semaphores and message queues, and the files of POSIX shared memory and
 * named semaphores. Where a run has no IPC namespace and no /dev/shm of its own, what its user
 * left is removed when it ends, so that it neither fills the room of the next run nor reaches it.
 */
public interface SharedObjects {

  /** One System V object: its kind ("shm", "sem", "msg"), its id, and the user that owns it. */
  record Ipc(String kind, long id, int uid) {}

  /**
   * The System V objects the user owns or created (an owner may give one away); empty where the
   * system has none or cannot list them.
   */
  List<Ipc> ipcOwnedBy(int uid);

  /**
   * Removes everything of the user's: its System V objects and its files of shared memory.
   * Returns what could not be removed, each named; never throws for what a run left.
   */
  List<String> removeAllOf(int uid);
}
