package parproc.grader.results;

/** Whether an exercise could be graded, and if not, whose problem that is. */
public enum ExerciseStatus {
  /** Run and judged. */
  GRADED,
  /** The submission lacks the function, or Python cannot compile it: the student's to fix. */
  NOT_RUN,
  /** grading-config for it is broken: the instructor's to fix. */
  CONFIG_ERROR,
  /** The harness failed (a bug, or Python could not be started). */
  HARNESS_ERROR
}
