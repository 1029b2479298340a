package parproc.grader.checks;

import parproc.grader.config.CheckSpec;
import parproc.grader.verdicts.Verdict;

/**
 * A property a correct program has in every run, judged on one run at a time. Grading as data:
 * the id, description and points come from grading-config; the class gives the evaluation.
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

  /** The instructor's hint if the config gives one, else the kind's own. */
  default String hint(String fallback) {
    String hint = spec().hint();
    return hint == null || hint.isBlank() ? fallback : hint;
  }

  Verdict evaluate(RunView run);
}
