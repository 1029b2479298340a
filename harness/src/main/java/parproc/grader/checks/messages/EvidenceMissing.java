package parproc.grader.checks.messages;

/**
 * The grader's record of a run does not account for it, so the check could not see what it
 * needed: a point is given only for what was seen.
 *
 * @param outcome the histogram's label for how the record falls short
 * @param detail what was found ("the grader's record of this run was removed or emptied")
 * @param interference whether the program did this to the grader's record, rather than printing
 *     past the probe
 */
public record EvidenceMissing(String outcome, String detail, boolean interference) implements Failure {

  @Override
  public Message message() {
    return new Message(outcome, "the grader's record of the run to account for everything the program did",
        detail + ", so nothing this check needed could be checked",
        interference
            ? "leave the grader's files and descriptors alone: the grader records the run, and gives points"
                + " only for what it recorded."
            : "print with print() and start every process with multiprocessing, so that the grader sees who"
                + " wrote each line.");
  }
}
