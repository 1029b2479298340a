package parproc.grader.checks.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Printed pids that are not the pids of the processes that printed them.
 *
 * @param problems what is wrong, line by line, in the order found
 * @param directRuns how many times run() was called in the parent instead of start()
 */
public record PidsNotReal(List<Problem> problems, int directRuns) implements Failure {

  public PidsNotReal {
    problems = List.copyOf(problems);
  }

  /** One thing wrong with the pids of one line. */
  public sealed interface Problem {
    String describe();
  }

  /** A line was printed too few times, so not every pid could be checked. */
  public record TooFew(TooFewLines shortfall) implements Problem {
    @Override
    public String describe() {
      return shortfall.printedInsteadOf("the pids could not all be checked");
    }
  }

  /** A reworded line with several numbers, none of which is surely its pid. */
  public record PidUnreadable(String line) implements Problem {
    @Override
    public String describe() {
      return Words.quote(line) + " does not show which number is its pid";
    }
  }

  /** The parent's line shows another pid than the parent's. */
  public record NotTheParentsPid(String line, long pid, long parent) implements Problem {
    @Override
    public String describe() {
      return Words.quote(line) + " shows pid " + pid + ", but the parent's pid is " + parent;
    }
  }

  /** A child's line shows the parent's pid. */
  public record ParentsPid(String line, long parent) implements Problem {
    @Override
    public String describe() {
      return Words.quote(line) + " shows the parent's own pid " + parent;
    }
  }

  /** A child's line shows a pid that no process of the run had. */
  public record NotStarted(String line, long pid) implements Problem {
    @Override
    public String describe() {
      return Words.quote(line) + " shows pid " + pid + ", which is not a process this run started";
    }
  }

  /** A child's line shows one pid but was written by another process. */
  public record WrittenByOther(String line, long pid, long writer, boolean byParent) implements Problem {
    @Override
    public String describe() {
      return Words.quote(line) + " shows pid " + pid + " but was printed by "
          + (byParent ? "the parent" : "process " + writer);
    }
  }

  /** Two child lines show the same pid. */
  public record SamePid(String line, String other, long pid) implements Problem {
    @Override
    public String describe() {
      return Words.quote(line) + " and " + Words.quote(other) + " show the same pid " + pid + ": one process printed both";
    }
  }

  /** A child's line that names no pid was printed by the parent. */
  public record ByParent(String line) implements Problem {
    @Override
    public String describe() {
      return Words.quote(line) + " was printed by the parent, not by a child process";
    }
  }

  /** A child's line that names no pid was printed by a process not started with start(). */
  public record ByUnstarted(String line, long writer) implements Problem {
    @Override
    public String describe() {
      return Words.quote(line) + " was printed by process " + writer + ", which the run did not start with start()";
    }
  }

  /** Two child lines that name no pid were printed by the same process. */
  public record SameWriter(String line, String other, long writer) implements Problem {
    @Override
    public String describe() {
      return Words.quote(line) + " and " + Words.quote(other) + " were printed by the same process " + writer;
    }
  }

  @Override
  public Message message() {
    List<String> lines = new ArrayList<>();
    if (directRuns > 0) {
      lines.add("run() was called " + Words.times(directRuns) + " in the parent instead of start()");
    }
    problems.forEach(problem -> lines.add(problem.describe()));
    String expected = "each child line to show the pid of the child process that printed it";
    if (directRuns > 0) {
      return new Message("ran inside the parent", expected, Words.problems(lines),
          "the children ran inside the parent, because run() was called: call start(), not"
              + " run(), so that each target runs in a new process.");
    }
    if (problems.stream().anyMatch(ParentsPid.class::isInstance)) {
      return new Message("parent's pid in a child line", expected, Words.problems(lines),
          "print current_process().pid inside the function each child runs, not in the parent.");
    }
    return new Message("pids not from real children", expected, Words.problems(lines),
        "let each child print its own line with its own current_process().pid; the parent"
            + " must not print the children's lines.");
  }
}
