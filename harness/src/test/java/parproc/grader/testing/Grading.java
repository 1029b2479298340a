package parproc.grader.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import parproc.grader.grading.Grader;
import parproc.grader.grading.GradingRequest;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;

/** Grades folders and single files the way the CLI does, through the grading core. */
public final class Grading {

  private Grading() {}

  public static GradeReport grade(Path submission, List<String> exercises, Integer runs, long seed, Double timeout) {
    return grade(GradingRequest.builder().submission(submission).config(ShippedConfig.home().resolve("grading-config"))
        .exercises(exercises).runs(runs).seed(seed).timeoutSeconds(timeout).build());
  }

  /** Grades one request with a grader of its own, one run slot per core, as the CLI does. */
  public static GradeReport grade(GradingRequest request) {
    try (Grader grader = Grader.open(0)) {
      return grader.grade(request);
    }
  }

  /** Grades one file alone, in a folder of its own (keeping its name), for one exercise. */
  public static ExerciseResult gradeAlone(Path file, String exercise, Integer runs, long seed, Double timeout,
      Path folder) throws IOException {
    Files.copy(file, folder.resolve(file.getFileName()));
    GradeReport report = grade(folder, List.of(exercise), runs, seed, timeout);
    if (report.exercises().size() != 1) {
      throw new AssertionError("expected one exercise graded, got " + report);
    }
    return report.exercises().get(0);
  }

  public static CheckResult check(ExerciseResult result, String id) {
    return result.checks().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no check " + id + " in " + result.id()));
  }

  /** Removes a temporary submission folder and what is in it. */
  public static void delete(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Live processes whose command line names the folder: what a run left running. */
  public static List<String> processesUnder(Path folder) {
    String name = folder.toAbsolutePath().toString();
    // A run works in a private copy of the folder, which keeps the folder's name.
    String copy = "/work/" + folder.getFileName() + "/";
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(args -> String.join(" ", args)).or(() -> p.info().commandLine())
            .map(line -> line.contains(name) || line.contains(copy)).orElse(false))
        .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
        .toList();
  }

  /** A short account of an exercise's result for assertion messages. */
  public static String describe(ExerciseResult result) {
    StringBuilder text = new StringBuilder(result.id() + " " + result.score() + "/" + result.maxScore()
        + " " + result.status() + (result.message() == null ? "" : " " + result.message()));
    for (CheckResult check : result.checks()) {
      text.append("\n  ").append(check.passed() ? "PASS " : "FAIL ").append(check.id()).append(" ")
          .append(check.histogram());
      if (check.firstFailure() != null) {
        text.append("\n    ").append(check.firstFailure().message().replace("\n", "\n    "));
      }
    }
    return text.toString();
  }
}
