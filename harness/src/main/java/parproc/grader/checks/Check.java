package parproc.grader.checks;

import parproc.grader.checks.messages.Failure;
import parproc.grader.checks.messages.Message;
import parproc.grader.config.CheckSpec;
import parproc.grader.results.Evidence;
import parproc.grader.results.Verdict;

/**
 * A property a correct program has in every run, judged on one run at a time. Grading as data:
 * the id, description and points come from grading-config; the class gives the evaluation, and
 * a failure is a record of what was found, which words itself (see {@link Failure}).
 */
public interface Check {

  CheckSpec spec();

  default String id() {
    return spec().id();
  }

  default String description() {
    return spec().description();
  }

  default int points() {
    return spec().points();
  }

  Verdict evaluate(RunView run);

  /**
   * Whether the check judges from the grader's record of the run (who wrote each line, holding
   * which lock, which processes started, what went through each queue), rather than from the
   * output the grader captured alone; where that record is not whole, such a check fails.
   */
  default boolean needsTrace() {
    return true;
  }

  /** The verdict for a failure, worded with the instructor's hint if the config gives one. */
  default Verdict fail(Failure failure, Evidence evidence) {
    Message message = failure.message();
    return Verdict.fail(message.outcome(), message.render(spec().hint()), evidence);
  }

  default Verdict fail(Failure failure) {
    return fail(failure, Evidence.none());
  }
}
