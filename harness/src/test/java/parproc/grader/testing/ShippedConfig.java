package parproc.grader.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import parproc.grader.checks.Check;
import parproc.grader.checks.Checks;
import parproc.grader.checks.RunView;
import parproc.grader.config.ConfigLoader;
import parproc.grader.config.ExerciseConfig;
import parproc.grader.config.GradingConfig;
import parproc.grader.observations.Observer;
import parproc.grader.results.Verdict;
import parproc.grader.runs.RawRun;

/** The project's own grading-config and folders, for tests that judge with what users get. */
public final class ShippedConfig {

  private static GradingConfig config;

  private ShippedConfig() {}

  /** The project's root folder (the tests run in harness/). */
  public static Path home() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("grading-config")) ? here : here.getParent();
  }

  public static synchronized GradingConfig config() {
    if (config == null) {
      config = new ConfigLoader().load(home().resolve("grading-config"));
      if (!config.problems().isEmpty()) {
        throw new IllegalStateException("shipped grading-config is broken: " + config.problems());
      }
    }
    return config;
  }

  public static ExerciseConfig exercise(String id) {
    return config().exercise(id).orElseThrow().config();
  }

  /** The verdict of one check of an exercise on a run. */
  public static Verdict verdict(String exercise, String check, RawRun run) {
    ExerciseConfig exerciseConfig = exercise(exercise);
    Check found = Checks.of(exerciseConfig).stream().filter(c -> c.id().equals(check)).findFirst().orElseThrow();
    return found.evaluate(view(exerciseConfig, run));
  }

  public static RunView view(ExerciseConfig exerciseConfig, RawRun run) {
    Observer observer = new Observer(exerciseConfig.inputSpec().map(i -> i.prompts()).orElse(List.of()));
    return new RunView(exerciseConfig, observer.observe(run));
  }

  public static Path programs() {
    return home().resolve("harness/src/test/resources/programs");
  }
}
