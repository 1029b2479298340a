package parproc.grader.reports;

import java.util.List;
import java.util.Locale;
import parproc.grader.VisibleText;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.ExerciseStatus;
import parproc.grader.results.Expectation;
import parproc.grader.results.FirstFailure;
import parproc.grader.results.GradeReport;
import parproc.grader.results.OutcomeCount;

/**
 * The report a student reads: each exercise's score and a line per check with its outcomes
 * across runs; for each failed check, its histogram, the message of its first failing run and
 * that run's output; the total last. Control characters are shown, never sent
 * ({@link VisibleText}).
 */
public final class TextReport {

  private static final int OUTPUT_LINES = 15;

  private TextReport() {}

  public static String render(GradeReport report) {
    StringBuilder text = new StringBuilder();
    text.append("Grading ").append(report.submission());
    if (!report.python().isEmpty()) {
      text.append(" with Python ").append(report.python());
    }
    text.append(" (seed ").append(report.seed()).append(")\n");
    if (report.isolation() != null) {
      text.append("Isolation: ").append(report.isolation()).append('\n');
    }
    for (String problem : report.problems()) {
      text.append("\nCannot grade: ").append(problem).append('\n');
    }
    for (ExerciseResult exercise : report.exercises()) {
      text.append('\n');
      exercise(text, exercise);
    }
    text.append("\nTotal: ").append(report.score()).append('/').append(report.maxScore()).append(" points");
    long full = report.exercises().stream().filter(ExerciseResult::fullMarks).count();
    text.append(" (").append(full).append(" of ").append(report.exercises().size())
        .append(" exercises with full marks)\n");
    // A student's output, messages and file names are in it: no control character reaches a terminal.
    return VisibleText.escape(text.toString());
  }

  private static void exercise(StringBuilder text, ExerciseResult exercise) {
    text.append(exercise.id()).append(" — ").append(exercise.title()).append(": ");
    switch (exercise.status()) {
      case GRADED -> text.append(exercise.score()).append('/').append(exercise.maxScore())
          .append(" (").append(exercise.runs()).append(exercise.runs() == 1 ? " run" : " runs").append(exercise.file() == null ? "" : " of " + exercise.file())
          .append(")\n");
      case NOT_RUN -> text.append("0/").append(exercise.maxScore()).append(" (not run)\n")
          .append(indent(exercise.message(), "  ")).append('\n');
      case CONFIG_ERROR -> text.append("not graded: its grading-config is broken\n")
          .append(indent(exercise.message(), "  ")).append('\n');
      case HARNESS_ERROR -> text.append(exercise.score()).append('/').append(exercise.maxScore())
          .append(" (the grader failed: this grade is incomplete)\n")
          .append(indent(String.valueOf(exercise.message()), "  ")).append('\n');
    }
    if (exercise.status() == ExerciseStatus.NOT_RUN || exercise.status() == ExerciseStatus.CONFIG_ERROR) {
      return;
    }
    if (exercise.interfered() != null) {
      text.append(indent(exercise.interferenceLine(), "  ")).append('\n');
    }
    if (exercise.cause() != null) {
      text.append(indent(exercise.causeLine(), "  ")).append('\n');
    }
    if (exercise.status() == ExerciseStatus.GRADED && exercise.message() != null) {
      text.append(indent("Note: " + exercise.message(), "  ")).append('\n');
    }
    for (CheckResult check : exercise.checks()) {
      text.append(String.format(Locale.ROOT, "  %s %-24s %d/%d  %s%n", check.passed() ? "PASS" : "FAIL",
          check.id(), check.score(), check.points(), summary(check)));
    }
    for (CheckResult check : exercise.checks()) {
      if (!check.passed()) {
        failure(text, exercise, check);
      } else if (check.note() != null) {
        text.append("  note on ").append(check.id()).append(": ").append(check.note()).append('\n');
      }
    }
  }

  /** The outcomes of a check across runs, most frequent first: "ran inside the parent 8". */
  private static String summary(CheckResult check) {
    StringBuilder text = new StringBuilder();
    for (OutcomeCount count : check.histogram()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(count.outcome()).append(" ").append(count.samples());
      if (count.expect() == Expectation.INTERESTING || count.expect() == Expectation.UNJUDGED) {
        text.append(" (").append(count.expect().name().toLowerCase(Locale.ROOT)).append(")");
      }
    }
    return text.toString();
  }

  private static void failure(StringBuilder text, ExerciseResult exercise, CheckResult check) {
    text.append("\n  ").append(check.id()).append(": ").append(check.description()).append('\n');
    text.append(String.format(Locale.ROOT, "    %-44s %7s %7s  %s%n", "RESULT", "SAMPLES", "FREQ", "EXPECT"));
    for (OutcomeCount count : check.histogram()) {
      text.append(String.format(Locale.ROOT, "    %-44s %7d %6.1f%%  %s%n", count.outcome(), count.samples(),
          100 * count.frequency(check.runs()), count.expect()));
    }
    FirstFailure failure = check.firstFailure();
    if (failure == null) {
      return;
    }
    text.append("    Run ").append(failure.run()).append(" (").append(failure.input()).append("):\n");
    text.append(indent(failure.message(), "      ")).append('\n');
    List<String> output = failure.stdout().lines().toList();
    text.append("    Output of run ").append(failure.run()).append(output.isEmpty() ? ": (nothing)\n" : ":\n");
    output.stream().limit(OUTPUT_LINES).forEach(line -> text.append("      | ").append(line).append('\n'));
    if (output.size() > OUTPUT_LINES) {
      text.append("      | ... (").append(output.size() - OUTPUT_LINES).append(" more lines)\n");
    }
    if (!failure.evidence().observed().isEmpty() && !failure.evidence().observed().equals(output)) {
      text.append("    ").append(capitalized(failure.evidence().observedLabel())).append(":\n");
      failure.evidence().observed().stream().limit(OUTPUT_LINES)
          .forEach(line -> text.append("      | ").append(line).append('\n'));
    }
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String indent(String text, String prefix) {
    return text == null ? "" : prefix + text.replace("\n", "\n" + prefix);
  }
}
