package parproc.grader.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import parproc.grader.observations.Observation;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.reports.timeline.Timeline;
import parproc.grader.results.Cause;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.ExerciseStatus;
import parproc.grader.results.Expectation;
import parproc.grader.results.FirstFailure;
import parproc.grader.results.GradeReport;
import parproc.grader.results.OutcomeCount;

/**
 * The report of one grading as a self-contained HTML page: the score, every exercise and check
 * with its histogram and message, and the timelines of runs drawn from the recording: for each
 * failed check its first failing run, beside a run that passed every check when one is known;
 * for an exercise that passed, one run, folded.
 */
public final class ReportPage {

  private ReportPage() {}

  /** Renders the page; {@code recordings} holds each exercise's recorded runs, by exercise id. */
  public static String render(GradeReport report, Map<String, ObservedExercise> recordings) {
    Html.Page page = Html.page("Grade: " + report.score() + "/" + report.maxScore() + " — " + report.submission())
        .style(Styles.CSS);
    StringBuilder body = new StringBuilder(64 * 1024);
    body.append("<header><h1>").append(report.score()).append('/').append(report.maxScore())
        .append(" points</h1><p class=\"meta\">").append(Html.text(report.submission()))
        .append(report.python().isEmpty() ? "" : " · Python " + Html.text(report.python()))
        .append(" · seed ").append(report.seed()).append("</p></header>\n");
    for (String problem : report.problems()) {
      body.append("<p class=\"problem\">Cannot grade: ").append(Html.text(problem)).append("</p>\n");
    }
    summary(body, report);
    Room room = new Room();
    for (ExerciseResult exercise : report.exercises()) {
      exercise(body, exercise, recordings.get(exercise.id()), room);
    }
    body.append("<footer>Timelines are drawn from the probe's trace of each run: one lane per process, the trace's"
        + " causal order left to right. Hover over a mark to read it.</footer>\n");
    return page.body(body.toString()).render();
  }

  private static void summary(StringBuilder body, GradeReport report) {
    body.append("<table class=\"summary\"><thead><tr><th>exercise</th><th>score</th><th>checks</th></tr></thead><tbody>");
    for (ExerciseResult exercise : report.exercises()) {
      long failed = exercise.checks().stream().filter(c -> !c.passed()).count();
      body.append("<tr class=\"").append(exercise.fullMarks() ? "pass" : "fail").append("\"><td><a href=\"#ex-")
          .append(Html.token(exercise.id())).append("\">").append(Html.text(exercise.id())).append("</a></td><td>")
          .append(scoreText(exercise)).append("</td><td>")
          .append(exercise.status() == ExerciseStatus.GRADED
              ? (failed == 0 ? "all passed" : failed + " of " + exercise.checks().size() + " failed")
              : Html.text(status(exercise.status())))
          .append("</td></tr>");
    }
    body.append("</tbody></table>\n");
  }

  private static String scoreText(ExerciseResult exercise) {
    return exercise.status() == ExerciseStatus.CONFIG_ERROR ? "not graded"
        : exercise.score() + "/" + exercise.maxScore();
  }

  private static String status(ExerciseStatus status) {
    return switch (status) {
      case GRADED -> "graded";
      case NOT_RUN -> "not run";
      case CONFIG_ERROR -> "its grading-config is broken";
      case HARNESS_ERROR -> "the grader failed: this grade is incomplete";
    };
  }

  private static void exercise(StringBuilder body, ExerciseResult exercise, ObservedExercise recording, Room room) {
    String anchor = "ex-" + Html.token(exercise.id());
    body.append("<section class=\"exercise ").append(exercise.fullMarks() ? "pass" : "fail").append("\" id=\"")
        .append(anchor).append("\" data-exercise=\"").append(Html.attr(exercise.id())).append("\">\n<h2>")
        .append(Html.text(exercise.id())).append(" — ").append(Html.text(exercise.title())).append(": ")
        .append(scoreText(exercise)).append("</h2>\n");
    if (exercise.status() == ExerciseStatus.GRADED) {
      body.append("<p class=\"meta\">").append(exercise.runs()).append(exercise.runs() == 1 ? " run" : " runs")
          .append(exercise.file() == null ? "" : " of " + Html.text(exercise.file())).append(" · seed ")
          .append(exercise.seed()).append("</p>\n");
    } else {
      body.append("<p class=\"status\">").append(Html.text(status(exercise.status()))).append("</p>\n");
    }
    if (exercise.message() != null) {
      body.append("<pre class=\"message\">").append(Html.text(exercise.message())).append("</pre>\n");
    }
    if (exercise.interfered() != null) {
      body.append("<p class=\"problem interfered\">").append(Html.text(exercise.interferenceLine())).append("</p>\n");
    }
    if (exercise.cause() != null) {
      body.append("<p class=\"cause\"><b>").append(Html.text(Cause.HEADING)).append(":</b> ")
          .append(Html.text(exercise.cause())).append("</p>\n");
    }
    if (exercise.status() == ExerciseStatus.NOT_RUN || exercise.status() == ExerciseStatus.CONFIG_ERROR) {
      body.append("</section>\n");
      return;
    }
    checks(body, exercise);
    for (CheckResult check : exercise.checks()) {
      if (!check.passed()) {
        failure(body, exercise, check, room);
      } else if (check.note() != null) {
        body.append("<p class=\"note\">Note on ").append(Html.text(check.id())).append(": ")
            .append(Html.text(check.note())).append("</p>\n");
      }
    }
    timelines(body, exercise, recording, anchor, room);
    body.append("</section>\n");
  }

  private static void checks(StringBuilder body, ExerciseResult exercise) {
    body.append("<table class=\"checks\"><thead><tr><th></th><th>check</th><th>points</th><th>outcomes across runs</th>"
        + "</tr></thead><tbody>");
    for (CheckResult check : exercise.checks()) {
      body.append("<tr class=\"").append(check.passed() ? "pass" : "fail").append("\" data-check=\"")
          .append(Html.attr(check.id())).append("\"><td class=\"verdict\">").append(check.passed() ? "PASS" : "FAIL")
          .append("</td><td><b>").append(Html.text(check.id())).append("</b><br><span class=\"desc\">")
          .append(Html.text(check.description())).append("</span></td><td>").append(check.score()).append('/')
          .append(check.points()).append("</td><td>");
      for (OutcomeCount count : check.histogram()) {
        body.append("<span class=\"outcome ").append(count.expect().name().toLowerCase(Locale.ROOT)).append("\">")
            .append(Html.text(count.outcome())).append(" <b>").append(count.samples()).append("</b></span> ");
      }
      body.append("</td></tr>");
    }
    body.append("</tbody></table>\n");
  }

  private static void failure(StringBuilder body, ExerciseResult exercise, CheckResult check, Room room) {
    body.append("<div class=\"failed-check\" data-check=\"").append(Html.attr(check.id())).append("\"><h3>")
        .append(Html.text(check.id())).append(": ").append(Html.text(check.description())).append("</h3>\n");
    histogram(body, check);
    FirstFailure failure = check.firstFailure();
    if (failure != null) {
      body.append("<p>Run ").append(failure.run()).append(" (").append(Html.text(failure.input()))
          .append(") — <a href=\"#").append(runAnchor(exercise, failure.run())).append("\">its timeline</a>:</p>\n");
      body.append("<pre class=\"message\">").append(Html.text(failure.message())).append("</pre>\n");
      body.append("<details><summary>Output of run ").append(failure.run()).append("</summary>")
          .append(room.take("<pre class=\"output\">" + (failure.stdout().isEmpty() ? "(nothing)"
              : Html.text(head(failure.stdout()))) + "</pre>", "The output of run " + failure.run()));
      if (!failure.evidence().observed().isEmpty()) {
        body.append("<p>").append(Html.text(capitalized(failure.evidence().observedLabel()))).append(":</p><pre class=\"output\">")
            .append(Html.text(String.join("\n", failure.evidence().observed()))).append("</pre>");
      }
      body.append("</details>\n");
    }
    body.append("</div>\n");
  }

  private static void histogram(StringBuilder body, CheckResult check) {
    body.append("<table class=\"histogram\"><thead><tr><th>RESULT</th><th>SAMPLES</th><th>FREQ</th><th>EXPECT</th>"
        + "</tr></thead><tbody>");
    for (OutcomeCount count : check.histogram()) {
      double frequency = count.frequency(check.runs());
      body.append("<tr class=\"").append(count.expect().name().toLowerCase(Locale.ROOT)).append("\"><td>")
          .append(Html.text(count.outcome())).append("</td><td class=\"n\">").append(count.samples())
          .append("</td><td class=\"n\"><svg class=\"bar\" width=\"60\" height=\"10\"><rect width=\"")
          .append(Math.round(60 * frequency)).append("\" height=\"10\"/></svg> ")
          .append(String.format(Locale.ROOT, "%.1f%%", 100 * frequency)).append("</td><td>")
          .append(count.expect()).append("</td></tr>");
    }
    body.append("</tbody></table>\n");
  }

  /** Draws the runs the checks point at: each first failing run once, then a passing run. */
  /**
   * What is left of the page's room for drawings and quoted output, in characters: a grading of
   * many failing exercises whose runs wrote a lot still gives a page a browser opens at once.
   */
  static final class Room {
    static final int PAGE = 1_500_000;
    private int left = PAGE;

    /** The block when there is room for it, else a note saying where to see what it held. */
    String take(String figure, String what) {
      if (figure.length() > left) {
        return "<p class=\"note room\">" + Html.text(what) + " is left out, to keep this page small; the text"
            + " report has the output, and <code>--trace-events DIR</code> exports every run.</p>\n";
      }
      left -= figure.length();
      return figure;
    }
  }

  private static void timelines(StringBuilder body, ExerciseResult exercise, ObservedExercise recording,
      String anchor, Room room) {
    if (recording == null || recording.graded().isEmpty()) {
      body.append("<p class=\"note\">No recorded run to draw.</p>\n");
      return;
    }
    Map<Integer, List<TimelineSvg.FailedCheck>> failing = new LinkedHashMap<>();
    for (CheckResult check : exercise.checks()) {
      if (!check.passed() && check.firstFailure() != null) {
        failing.computeIfAbsent(check.firstFailure().run(), r -> new ArrayList<>())
            .add(new TimelineSvg.FailedCheck(check.id(), check.firstFailure().message()));
      }
    }
    Optional<Integer> passing = passingRun(exercise);
    if (failing.isEmpty()) {
      Optional<Observation> run = passing.flatMap(n -> run(recording, n));
      if (run.isEmpty()) {
        return;
      }
      int number = run.get().run().index() + 1;
      body.append("<details class=\"runs\"><summary>Timeline of run ").append(number)
          .append(", which passed every check</summary>\n");
      body.append(room.take(TimelineSvg.render(Timeline.of(run.get()), runAnchor(exercise, number),
          "Run " + number + " of " + exercise.id() + ": passed every check", List.of()), "Run " + number));
      body.append("</details>\n");
      return;
    }
    body.append("<h3>Timelines</h3>\n");
    boolean passingDrawn = false;
    for (Map.Entry<Integer, List<TimelineSvg.FailedCheck>> entry : failing.entrySet()) {
      Optional<Observation> run = run(recording, entry.getKey());
      if (run.isEmpty()) {
        continue;
      }
      String checks = String.join(", ", entry.getValue().stream().map(TimelineSvg.FailedCheck::id).toList());
      String failed = room.take(TimelineSvg.render(Timeline.of(run.get()), runAnchor(exercise, entry.getKey()),
          "Run " + entry.getKey() + " of " + exercise.id() + ": the first run that failed " + checks, entry.getValue()),
          "Run " + entry.getKey());
      Optional<Observation> good = passing.filter(n -> !failing.containsKey(n)).flatMap(n -> run(recording, n));
      if (good.isEmpty() || passingDrawn) {
        // Nothing beside it: the failing run takes the page's whole width.
        body.append("<div class=\"single\">").append(failed).append(good.isEmpty()
            ? "<p class=\"note\">No run known to pass every check, to show beside it.</p>"
            // The passing run is drawn once, beside the first failing run.
            : "<p class=\"note\"><a href=\"#" + anchor + "-pass\">Run " + (good.get().run().index() + 1)
                + ", which passed every check</a>, is drawn above.</p>");
        body.append("</div>\n");
        continue;
      }
      // Side by side, each drawing scales down to its half, so that no lane or mark needs scrolling.
      passingDrawn = true;
      body.append("<div class=\"pair\">").append(failed);
      body.append(room.take(TimelineSvg.render(Timeline.of(good.get()), anchor + "-pass",
          "Beside it, run " + (good.get().run().index() + 1) + ", which passed every check", List.of()),
          "Run " + (good.get().run().index() + 1)));
      body.append("</div>\n");
    }
  }

  /**
   * A run known to have passed every check, from the results alone: the first run, when no
   * check failed before its first failure there and no run went unjudged.
   */
  static Optional<Integer> passingRun(ExerciseResult exercise) {
    if (exercise.status() != ExerciseStatus.GRADED || exercise.runs() == 0) {
      return Optional.empty();
    }
    for (CheckResult check : exercise.checks()) {
      if (check.unjudgedRuns() > 0 || check.histogram().stream().anyMatch(c -> c.expect() == Expectation.UNJUDGED)) {
        return Optional.empty();
      }
      if (!check.passed() && (check.firstFailure() == null || check.firstFailure().run() <= 1)) {
        return Optional.empty();
      }
    }
    return Optional.of(1);
  }

  private static Optional<Observation> run(ObservedExercise recording, int number) {
    return recording.graded(number);
  }

  static String runAnchor(ExerciseResult exercise, int run) {
    return "run-" + Html.token(exercise.id()) + "-" + run;
  }

  /** The most of a run's output quoted on the page (a run may print up to a megabyte). */
  static final int MOST_OUTPUT_LINES = 300;

  static final int MOST_OUTPUT_CHARS = 16_000;

  /** A run's output, its first lines only when it is long, saying how much is left out. */
  static String head(String output) {
    List<String> lines = output.lines().toList();
    StringBuilder kept = new StringBuilder();
    int shown = 0;
    for (String line : lines) {
      if (shown == MOST_OUTPUT_LINES || kept.length() + line.length() > MOST_OUTPUT_CHARS) {
        if (shown == 0) {
          // One line longer than the whole allowance: its beginning, rather than nothing.
          kept.append(line, 0, MOST_OUTPUT_CHARS).append('\n');
        }
        break;
      }
      kept.append(line).append('\n');
      shown++;
    }
    if (shown == lines.size()) {
      return output;
    }
    return kept + "\u2026 (" + (lines.size() - shown) + " more lines, " + (output.length() - kept.length())
        + " more characters)";
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
