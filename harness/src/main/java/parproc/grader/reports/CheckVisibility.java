package parproc.grader.reports;

import java.util.HashMap;
import java.util.Map;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.GradingConfig;
import parproc.grader.config.LoadedExercise;
import parproc.grader.config.Visibility;

/** Who sees each check, as grading-config says; a check it does not name is visible. */
public final class CheckVisibility {

  /** Every check visible: for reports rendered without grading-config at hand. */
  public static final CheckVisibility ALL_VISIBLE = new CheckVisibility(Map.of());

  private final Map<String, Visibility> byCheck;

  private CheckVisibility(Map<String, Visibility> byCheck) {
    this.byCheck = Map.copyOf(byCheck);
  }

  public static CheckVisibility of(GradingConfig config) {
    Map<String, Visibility> byCheck = new HashMap<>();
    for (LoadedExercise exercise : config.exercises()) {
      for (CheckSpec check : exercise.config().checks()) {
        byCheck.put(key(exercise.id(), check.id()), check.shownTo());
      }
    }
    return new CheckVisibility(byCheck);
  }

  /** A lookup from explicit entries, keyed by exercise and check id. */
  public static CheckVisibility of(Map<String, Map<String, Visibility>> byExercise) {
    Map<String, Visibility> byCheck = new HashMap<>();
    byExercise.forEach((exercise, checks) -> checks.forEach((check, v) -> byCheck.put(key(exercise, check), v)));
    return new CheckVisibility(byCheck);
  }

  public Visibility of(String exercise, String check) {
    return byCheck.getOrDefault(key(exercise, check), Visibility.VISIBLE);
  }

  /** Whether a platform without visibility may list the check. */
  public boolean listed(String exercise, String check) {
    return of(exercise, check) == Visibility.VISIBLE;
  }

  private static String key(String exercise, String check) {
    return exercise + "\u0000" + check;
  }
}
