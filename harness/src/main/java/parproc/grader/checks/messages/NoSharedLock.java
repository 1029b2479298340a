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
  public String outcome() {
    return ownLocks ? "each child its own lock" : "different locks";
  }

  @Override
  public String expected() {
    return "every line printed while holding one lock shared by all the children";
  }

  @Override
  public String observed() {
    return "the lines were printed holding " + Words.plural(locks, "different lock", "different locks")
        + (site == null ? "" : ", each made " + site);
  }

  @Override
  public String tryThis() {
    return ownLocks
        ? "each child made its own Lock, like each boy bringing his own conch: create one Lock in"
            + " the parent and pass it to every child."
        : "create one Lock in the parent and pass that same Lock to every child.";
  }
}
