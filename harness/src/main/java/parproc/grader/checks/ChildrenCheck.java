package parproc.grader.checks;

import java.util.List;
import java.util.Optional;
import parproc.grader.config.CheckSpec;
import parproc.grader.observations.Trace;
import parproc.grader.observations.TraceEvent;
import parproc.grader.verdicts.Verdict;

/** The program starts exactly the module's number of child processes, with start(). */
final class ChildrenCheck implements Check {

  private final CheckSpec.Children spec;

  ChildrenCheck(CheckSpec.Children spec) {
    this.spec = spec;
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

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
    List<TraceEvent.ChildStarted> started = trace.studentChildren();
    long directRuns = trace.all(TraceEvent.DirectRun.class).count();
    if (started.size() == wanted.get() && directRuns == 0) {
      return Verdict.pass(Text.plural(started.size(), "child", "children") + " started");
    }
    String observed = "the program started " + Text.plural(started.size(), "child process", "child processes");
    if (directRuns > 0) {
      observed += " and called run() " + Text.times((int) directRuns)
          + ", which runs the target inside the parent instead of in a new process";
    }
    String tryThis = directRuns > 0
        ? "call start() on each Process object, not run()."
        : "create and start() exactly " + Text.plural(wanted.get(), "Process", "Processes")
            + (run.config().children().field().isPresent() ? " (the number read from stdin)" : "")
            + ", and start each one only once.";
    return Verdict.fail(
        directRuns > 0 ? "run() instead of start()" : Text.plural(started.size(), "child", "children"),
        Text.message(
            Text.plural(wanted.get(), "child process", "child processes") + " started with start()",
            observed,
            hint(tryThis)));
  }
}
