package parproc.grader.checks.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Processes that did not end well: a non-zero exit status, a child that never ran its target,
 * or one that ended abruptly.
 *
 * @param parentExit the parent's exit status
 * @param ends the children that did not end well, in the order found
 * @param advice advice recognised from stderr, or null
 */
public record UncleanEnd(int parentExit, List<End> ends, String advice) implements Failure {

  public UncleanEnd {
    ends = List.copyOf(ends);
  }

  /** How a child did not end well. */
  public sealed interface End extends ProcessFact {}

  /** The child ended with a non-zero exit status. */
  public record ExitStatus(String process, int code) implements End {
    @Override
    public String did() {
      return "ended with exit status " + code;
    }
  }

  /** The child was started but died before its target began (under spawn: unpickling failed). */
  public record NeverRan(String process) implements End {
    @Override
    public String did() {
      return "was started but never ran its target";
    }
  }

  /** The child began its target but recorded no end, and nobody terminated it. */
  public record Abrupt(String process) implements End {
    @Override
    public String did() {
      return "ended abruptly, without finishing its target (killed by a signal?)";
    }
  }

  /** True when there is something to report. */
  public boolean any() {
    return parentExit != 0 || !ends.isEmpty();
  }

  @Override
  public Message message() {
    List<String> problems = new ArrayList<>();
    if (parentExit != 0) {
      problems.add("the parent ended with " + status(parentExit));
    }
    ends.forEach(end -> problems.add(end.sentence()));
    return new Message(outcome(), "every process to run its target to the end, with exit status 0",
        Words.problems(problems),
        advice != null
            ? advice
            : "let every process return normally: no sys.exit() with a non-zero status, no os._exit().");
  }

  /** The worst end: the parent's exit status, else a child's, else a child that never ran. */
  private String outcome() {
    if (parentExit != 0) {
      return "exit status " + parentExit;
    }
    End first = ends.stream().filter(ExitStatus.class::isInstance).findFirst().orElse(ends.get(0));
    if (first instanceof ExitStatus) {
      return "a child's exit status not 0";
    }
    return first instanceof NeverRan ? "a child never ran" : "a child ended abruptly";
  }

  private static String status(int code) {
    if (code > 128 && code < 160) {
      return "signal " + (code - 128) + " (killed)";
    }
    return "exit status " + code;
  }
}
