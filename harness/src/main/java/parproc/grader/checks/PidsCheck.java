package parproc.grader.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.LineSpec;
import parproc.grader.config.Writer;
import parproc.grader.observations.TraceEvent;
import parproc.grader.verdicts.Evidence;
import parproc.grader.verdicts.Verdict;

/**
 * The pids printed are real: a parent line shows the parent's own pid; each child line shows
 * the pid of a distinct child process that the run started, and was written by that process.
 */
final class PidsCheck implements Check {

  private final CheckSpec.Pids spec;

  PidsCheck(CheckSpec.Pids spec) {
    this.spec = spec;
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

  @Override
  public Verdict evaluate(RunView run) {
    long root = run.observation().rootPid();
    boolean traced = run.observation().trace().root().isPresent();
    Set<Long> started = run.observation().trace().startedPids();
    List<TraceEvent.DirectRun> directRuns =
        run.observation().trace().all(TraceEvent.DirectRun.class).toList();
    List<String> problems = new ArrayList<>();
    Map<Long, String> seen = new HashMap<>();
    boolean parentPidInChildLine = false;
    for (String lineId : spec.lines()) {
      LineSpec lineSpec = run.spec(lineId);
      List<MatchedLine> lines = run.judgedLines().stream().filter(m -> m.is(lineId) && m.expected()).toList();
      Optional<Integer> wanted = run.expectedInstances(lineSpec);
      if (wanted.isPresent() && lines.size() < wanted.get()) {
        problems.add(Text.quote(run.describe(lineSpec, -1)) + " was printed " + Text.times(lines.size())
            + " instead of " + Text.times(wanted.get()) + ", so the pids could not all be checked");
      }
      Map<Long, String> writers = new HashMap<>();
      for (MatchedLine line : lines) {
        String text = Text.quote(line.line().raw().strip());
        long writer = line.line().writer();
        if (lineSpec.template().hasPid() && !line.captures().containsKey("pid")) {
          // A reworded line whose pid cannot be told from its other numbers proves nothing.
          problems.add(text + " does not show which number is its pid");
          continue;
        }
        Long pid = lineSpec.template().hasPid() ? Long.valueOf(line.captures().get("pid")) : null;
        if (lineSpec.by() == Writer.PARENT) {
          if (pid != null && pid != root) {
            problems.add(text + " shows pid " + pid + ", but the parent's pid is " + root);
          }
          continue;
        }
        if (pid != null) {
          if (pid == root) {
            parentPidInChildLine = true;
            problems.add(text + " shows the parent's own pid " + root);
          } else if (traced && !started.contains(pid)) {
            problems.add(text + " shows pid " + pid + ", which is not a process this run started");
          } else if (run.perProcess() && writer != pid) {
            problems.add(text + " shows pid " + pid + " but was printed by "
                + (writer == root ? "the parent" : "process " + writer));
          }
          String previous = seen.putIfAbsent(pid, text);
          if (previous != null && pid != root) {
            problems.add(text + " and " + previous + " show the same pid " + pid + ": one process printed both");
          }
        } else if (run.perProcess()) {
          // Lines that name no pid: who wrote them is what counts.
          if (writer == root) {
            problems.add(text + " was printed by the parent, not by a child process");
          } else if (traced && !started.contains(writer)) {
            problems.add(text + " was printed by process " + writer + ", which the run did not start with start()");
          } else {
            String previous = writers.putIfAbsent(writer, text);
            if (previous != null) {
              problems.add(text + " and " + previous + " were printed by the same process " + writer);
            }
          }
        }
      }
    }
    if (problems.isEmpty()) {
      return Verdict.pass("real, distinct pids");
    }
    String tryThis;
    String outcome;
    if (!directRuns.isEmpty()) {
      outcome = "ran inside the parent";
      tryThis = "the children ran inside the parent, because run() was called: call start(), not"
          + " run(), so that each target runs in a new process.";
      problems.add(0, "run() was called " + Text.times(directRuns.size())
          + " in the parent instead of start()");
    } else if (parentPidInChildLine) {
      outcome = "parent's pid in a child line";
      tryThis = "print current_process().pid inside the function each child runs, not in the parent.";
    } else {
      outcome = "pids not from real children";
      tryThis = "let each child print its own line with its own current_process().pid; the parent"
          + " must not print the children's lines.";
    }
    return Verdict.fail(
        outcome,
        Text.message(
            "each child line to show the pid of the child process that printed it",
            problems,
            hint(tryThis)),
        new Evidence(List.of(), LinesCheck.observedLines(run, run.judgedLines()), LinesCheck.WRITTEN));
  }
}
