package parproc.grader.checks;

import java.util.List;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.ExerciseConfig;

/** Builds the checks an exercise's config declares. */
public final class Checks {

  private Checks() {}

  public static List<Check> of(ExerciseConfig config) {
    return config.checks().stream().map(Checks::of).toList();
  }

  public static Check of(CheckSpec spec) {
    if (spec instanceof CheckSpec.CleanExit s) {
      return new CleanExitCheck(s);
    } else if (spec instanceof CheckSpec.Lines s) {
      return new LinesCheck(s);
    } else if (spec instanceof CheckSpec.Intact s) {
      return new IntactCheck(s);
    } else if (spec instanceof CheckSpec.Pids s) {
      return new PidsCheck(s);
    } else if (spec instanceof CheckSpec.Children s) {
      return new ChildrenCheck(s);
    } else if (spec instanceof CheckSpec.SharedLock s) {
      return new SharedLockCheck(s);
    } else if (spec instanceof CheckSpec.Order s) {
      return new OrderCheck(s);
    } else if (spec instanceof CheckSpec.Received s) {
      return new ReceivedCheck(s);
    } else if (spec instanceof CheckSpec.Number s) {
      return new NumberCheck(s);
    } else if (spec instanceof CheckSpec.QueueResult s) {
      return new QueueResultCheck(s);
    } else if (spec instanceof CheckSpec.PlausibleSum s) {
      return new PlausibleSumCheck(s);
    }
    throw new IllegalArgumentException("no check for " + spec.getClass().getSimpleName());
  }
}
