package parproc.grader.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parproc.grader.checks.messages.PidsNotReal;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.LineSpec;
import parproc.grader.config.Writer;
import parproc.grader.observations.TraceEvent;
import parproc.grader.results.Verdict;

/**
 * The pids printed are real: a parent line shows the parent's own pid; each child line shows
 * the pid of a distinct child process that the run started, and was written by that process.
 */
record PidsCheck(CheckSpec.Pids spec) implements Check {

  @Override
  public Verdict evaluate(RunView run) {
    long root = run.observation().rootPid();
    boolean traced = run.observation().trace().root().isPresent();
    Set<Long> started = run.observation().trace().startedPids();
    int directRuns = (int) run.observation().trace().all(TraceEvent.DirectRun.class).count();
    List<PidsNotReal.Problem> problems = new ArrayList<>();
    Map<Long, String> seen = new HashMap<>();
    for (String lineId : spec.lines()) {
      LineSpec lineSpec = run.spec(lineId);
      List<MatchedLine> lines = run.judgedLines().stream().filter(m -> m.is(lineId) && m.expected()).toList();
      run.tooFew(lineSpec, lines.size()).map(PidsNotReal.TooFew::new).ifPresent(problems::add);
      Map<Long, String> writers = new HashMap<>();
      for (MatchedLine line : lines) {
        String text = line.line().raw().strip();
        long writer = line.line().writer();
        if (lineSpec.template().hasPid() && !line.captures().containsKey("pid")) {
          // A reworded line whose pid cannot be told from its other numbers proves nothing.
          problems.add(new PidsNotReal.PidUnreadable(text));
          continue;
        }
        Long pid = lineSpec.template().hasPid() ? Long.valueOf(line.captures().get("pid")) : null;
        if (lineSpec.by() == Writer.PARENT) {
          if (pid != null && pid != root) {
            problems.add(new PidsNotReal.NotTheParentsPid(text, pid, root));
          }
          continue;
        }
        if (pid != null) {
          if (pid == root) {
            problems.add(new PidsNotReal.ParentsPid(text, root));
          } else if (traced && !started.contains(pid)) {
            problems.add(new PidsNotReal.NotStarted(text, pid));
          } else if (run.perProcess() && writer != pid) {
            problems.add(new PidsNotReal.WrittenByOther(text, pid, writer, writer == root));
          }
          String previous = seen.putIfAbsent(pid, text);
          if (previous != null && pid != root) {
            problems.add(new PidsNotReal.SamePid(text, previous, pid));
          }
        } else if (run.perProcess()) {
          // Lines that name no pid: who wrote them is what counts.
          if (writer == root) {
            problems.add(new PidsNotReal.ByParent(text));
          } else if (traced && !started.contains(writer)) {
            problems.add(new PidsNotReal.ByUnstarted(text, writer));
          } else {
            String previous = writers.putIfAbsent(writer, text);
            if (previous != null) {
              problems.add(new PidsNotReal.SameWriter(text, previous, writer));
            }
          }
        }
      }
    }
    if (problems.isEmpty()) {
      return Verdict.pass("real, distinct pids");
    }
    return fail(new PidsNotReal(problems, directRuns), run.asWritten(List.of()));
  }
}
