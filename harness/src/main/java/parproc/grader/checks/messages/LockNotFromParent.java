package parproc.grader.checks.messages;

/**
 * The lines share a lock, but one that does not do a Lock's work: made by a child, or one that
 * lets several processes in at once.
 *
 * @param mutex the lock lets one process in at a time
 * @param kind its type, e.g. "Semaphore"
 * @param site where it was made, or null
 */
public record LockNotFromParent(boolean mutex, String kind, String site) implements Failure {

  @Override
  public Message message() {
    return new Message("lock not from the parent", "one Lock created by the parent",
        !mutex
            ? "the shared " + kind + " lets several processes in at once"
            : "the lock they share was created by one of the children " + (site == null ? "" : site),
        "create the Lock with Lock() in the parent, before starting the children, and pass it in args.");
  }
}
