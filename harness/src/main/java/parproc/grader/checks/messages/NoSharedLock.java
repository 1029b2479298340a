package parproc.grader.checks.messages;

/**
 * The lines were printed under locks, but no one lock was held for all of them.
 *
 * @param ownLocks the locks were made by the children that held them
 * @param locks how many different locks were held
 * @param site where the first of them was made, e.g. "in dig (prog.py, line 6)", or null
 */
public record NoSharedLock(boolean ownLocks, int locks, String site) implements Failure {

  @Override
  public Message message() {
    String observed = "the lines were printed holding " + Words.plural(locks, "different lock", "different locks")
        + (site == null ? "" : ", each made " + site);
    String expected = "every line printed while holding one lock shared by all the children";
    return ownLocks
        ? new Message("each child its own lock", expected, observed,
            "each child made its own Lock, like each boy bringing his own conch: create one Lock in"
                + " the parent and pass it to every child.")
        : new Message("different locks", expected, observed,
            "create one Lock in the parent and pass that same Lock to every child.");
  }
}
