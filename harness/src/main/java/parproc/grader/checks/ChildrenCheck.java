package parproc.grader.checks;

import java.util.Optional;
import parproc.grader.checks.messages.Words;
import parproc.grader.checks.messages.WrongChildCount;
import parproc.grader.config.CheckSpec;
import parproc.grader.observations.Trace;
import parproc.grader.observations.TraceEvent;
import parproc.grader.results.Verdict;

/** The program starts exactly the module's number of child processes, with start(). */
record ChildrenCheck(CheckSpec.Children spec) implements Check {

  @Override
  public Verdict evaluate(RunView run) {
    Trace trace = run.observation().trace();
    if (trace.root().isEmpty()) {
      return Verdict.unjudged("no trace", "The probe left no trace of this run, so its processes are unknown.");
    }
    Optional<Integer> wanted = run.config().children().resolve(run.input());
    if (wanted.isEmpty()) {
      return Verdict.unjudged("count unknown", "The expected number of children could not be read from the input.");
    }
    int started = trace.studentChildren().size();
    int directRuns = (int) trace.all(TraceEvent.DirectRun.class).count();
    if (started == wanted.get() && directRuns == 0) {
      return Verdict.pass(Words.plural(started, "child", "children") + " started");
    }
    return fail(new WrongChildCount(
        wanted.get(), started, directRuns, run.config().children().field().isPresent()));
  }
}
