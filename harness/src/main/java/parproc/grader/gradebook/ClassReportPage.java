package parproc.grader.gradebook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import parproc.grader.reports.html.Html;
import parproc.grader.results.Expectation;
import parproc.grader.results.OutcomeCount;

/**
 * The class report: one self-contained page (no script, no network) with the score distribution,
 * pass rates per exercise and per check, the checks failed most with links to the students who
 * failed them, the outcomes of each check summed over the class, and every student's row. Charts
 * are inline SVG; every name and message is escaped.
 */
public final class ClassReportPage {

  /** How many of the most failed checks the page lists. */
  static final int MOST_FAILED = 10;

  private static final String STYLE = """
      body{font:15px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;padding:0 16px;color:#1d232a}
      h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #ccd;padding-bottom:4px}
      .summary{color:#445;margin:0 0 12px}
      table{border-collapse:collapse;width:100%;font-size:14px}
      th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e3e6ea;vertical-align:top}
      th{background:#f3f5f8}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      svg.chart{display:block;margin:6px 0 12px;max-width:100%}
      svg text{font:12px system-ui,sans-serif;fill:#1d232a}
      .bar{fill:#3b6ea8}.bar-full{fill:#2e8540}.track{fill:#e6e9ee}
      .o-acceptable{fill:#2e8540}.o-interesting{fill:#3b6ea8}.o-forbidden{fill:#c0392b}.o-unjudged{fill:#8a94a0}
      .k-acceptable{color:#2e8540}.k-interesting{color:#3b6ea8}.k-forbidden{color:#c0392b}.k-unjudged{color:#66707c}
      ol.failed li{margin:0 0 8px}.who a{margin-right:8px}
      .status-graded{color:#2e8540}.status-incomplete,.status-timeout,.status-error,.status-unreadable{color:#c0392b}
      details{margin:6px 0}summary{cursor:pointer;font-weight:600}
      ul.problem{color:#b71c1c}
      .desc{color:#556;font-size:13px}.check-outcomes{margin:12px 0 18px}
      """;

  private ClassReportPage() {}

  public static String render(List<StudentGrade> students, String title) {
    ClassStatistics stats = new ClassStatistics(students);
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(Html.text(title)).append("</h1>\n");
    long graded = students.stream().filter(s -> !s.exercises().isEmpty()).count();
    body.append("<p class=\"summary\" id=\"summary\">").append(students.size())
        .append(students.size() == 1 ? " student, " : " students, ").append(graded).append(" with a score; mean ")
        .append(percent(stats.meanShare())).append(" of the points.</p>\n");
    interference(body, students);
    distribution(body, stats);
    exercises(body, stats);
    mostFailed(body, stats);
    checks(body, stats);
    outcomes(body, stats);
    studentTable(body, stats);
    return Html.page(title).style(STYLE).body(body.toString()).render();
  }

  /** The students whose submissions interfered with the grader, first, since their grades need a look. */
  private static void interference(StringBuilder body, List<StudentGrade> students) {
    List<StudentGrade> flagged = students.stream().filter(s -> !s.interference().isEmpty()).toList();
    if (flagged.isEmpty()) {
      return;
    }
    body.append("<h2>Submissions that interfered with the grader</h2>\n<ul id=\"interfered\" class=\"problem\">\n");
    for (StudentGrade student : flagged) {
      body.append("<li data-student=\"").append(Html.attr(student.student())).append("\"><b>")
          .append(Html.text(student.displayName())).append("</b>: ")
          .append(Html.text(String.join("; ", student.interference()))).append("</li>\n");
    }
    body.append("</ul>\n");
  }

  private static void distribution(StringBuilder body, ClassStatistics stats) {
    int[] buckets = stats.distribution();
    int most = Math.max(1, Arrays.stream(buckets).max().orElse(1));
    int width = 640;
    int height = 220;
    int left = 30;
    int bottom = 190;
    int slot = (width - left) / buckets.length;
    body.append("<h2>Score distribution</h2>\n");
    body.append("<svg class=\"chart\" id=\"score-distribution\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"Number of students per score range\">\n");
    for (int i = 0; i < buckets.length; i++) {
      int barHeight = (int) Math.round(150.0 * buckets[i] / most);
      int x = left + i * slot;
      String label = i == buckets.length - 1 ? "100%" : (i * 10) + "–" + (i * 10 + 9) + "%";
      body.append("<rect class=\"").append(i == buckets.length - 1 ? "bar-full" : "bar").append("\" data-count=\"")
          .append(buckets[i]).append("\" x=\"").append(x + 4).append("\" y=\"").append(bottom - barHeight)
          .append("\" width=\"").append(slot - 8).append("\" height=\"").append(barHeight).append("\"><title>")
          .append(label).append(": ").append(buckets[i]).append("</title></rect>\n");
      body.append("<text x=\"").append(x + slot / 2).append("\" y=\"").append(bottom - barHeight - 4)
          .append("\" text-anchor=\"middle\">").append(buckets[i]).append("</text>\n");
      body.append("<text x=\"").append(x + slot / 2).append("\" y=\"").append(bottom + 16)
          .append("\" text-anchor=\"middle\">").append(label).append("</text>\n");
    }
    body.append("</svg>\n");
  }

  private static void exercises(StringBuilder body, ClassStatistics stats) {
    List<ClassStatistics.ExerciseRate> rates = stats.exercises();
    int rowHeight = 24;
    int height = rates.size() * rowHeight + 10;
    body.append("<h2>Full marks per exercise</h2>\n");
    body.append("<svg class=\"chart\" id=\"exercise-pass-rate\" width=\"720\" height=\"").append(height)
        .append("\" viewBox=\"0 0 720 ").append(height)
        .append("\" role=\"img\" aria-label=\"Share of students with full marks, per exercise\">\n");
    int y = 4;
    for (ClassStatistics.ExerciseRate rate : rates) {
      double share = rate.graded() == 0 ? 0 : (double) rate.fullMarks() / rate.graded();
      body.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(Html.text(rate.id())).append("</text>\n");
      body.append("<rect class=\"track\" x=\"160\" y=\"").append(y).append("\" width=\"360\" height=\"18\"/>\n");
      body.append("<rect class=\"bar\" data-exercise=\"").append(Html.attr(rate.id())).append("\" x=\"160\" y=\"")
          .append(y).append("\" width=\"").append(Math.round(360 * share)).append("\" height=\"18\"><title>")
          .append(Html.text(rate.id())).append(": ").append(rate.fullMarks()).append(" of ").append(rate.graded())
          .append("</title></rect>\n");
      body.append("<text x=\"530\" y=\"").append(y + 15).append("\">").append(rate.fullMarks()).append('/')
          .append(rate.graded()).append(" (").append(percent(share)).append("), mean ")
          .append(String.format(Locale.ROOT, "%.1f", rate.meanScore())).append('/').append(rate.maxScore())
          .append("</text>\n");
      y += rowHeight;
    }
    body.append("</svg>\n");
  }

  private static void mostFailed(StringBuilder body, ClassStatistics stats) {
    List<ClassStatistics.CheckRate> failed = stats.mostFailed(MOST_FAILED);
    body.append("<h2>Checks failed most</h2>\n");
    if (failed.isEmpty()) {
      body.append("<p id=\"most-failed\">No check failed.</p>\n");
      return;
    }
    body.append("<ol class=\"failed\" id=\"most-failed\">\n");
    for (ClassStatistics.CheckRate check : failed) {
      body.append("<li><strong>").append(Html.text(check.exercise() + ": " + check.check())).append("</strong> — failed by ")
          .append(check.failed()).append(" of ").append(check.judged()).append(" (").append(percent(
              (double) check.failed() / check.judged())).append(")<div class=\"desc\">")
          .append(Html.text(check.description())).append("</div><div class=\"who\">");
      for (String student : check.failedBy()) {
        body.append("<a href=\"").append(Html.attr(link(student))).append("\">").append(Html.text(
            nameOf(stats, student))).append("</a>");
      }
      body.append("</div></li>\n");
    }
    body.append("</ol>\n");
  }

  private static void checks(StringBuilder body, ClassStatistics stats) {
    body.append("<h2>Pass rate per check</h2>\n<table id=\"check-pass-rate\">\n<tr><th>exercise</th><th>check</th>"
        + "<th class=\"num\">points</th><th>passed</th><th class=\"num\">students</th></tr>\n");
    for (ClassStatistics.CheckRate check : stats.checks()) {
      double share = check.judged() == 0 ? 0 : (double) check.passed() / check.judged();
      body.append("<tr><td>").append(Html.text(check.exercise())).append("</td><td>").append(Html.text(check.check()))
          .append("<div class=\"desc\">").append(Html.text(check.description())).append("</div></td><td class=\"num\">")
          .append(check.points()).append("</td><td><svg class=\"rate\" width=\"160\" height=\"14\" viewBox=\"0 0 160 14\""
              + " role=\"img\" aria-label=\"").append(percent(share)).append(" passed\"><rect class=\"track\" width=\"160\""
              + " height=\"14\"/><rect class=\"bar-full\" width=\"").append(Math.round(160 * share))
          .append("\" height=\"14\"/></svg></td><td class=\"num\">").append(check.passed()).append('/')
          .append(check.judged()).append("</td></tr>\n");
    }
    body.append("</table>\n");
  }

  private static void outcomes(StringBuilder body, ClassStatistics stats) {
    body.append("<h2>Outcomes over all runs of the class</h2>\n<p class=\"desc\">Each check's outcomes, summed over"
        + " every run of every student: green outcomes are what correct programs show, blue ones are allowed but"
        + " unusual, red ones cost the check, grey ones could not be judged.</p>\n<div id=\"outcomes\">\n");
    String exercise = null;
    for (ClassStatistics.CheckRate check : stats.checks()) {
      if (!check.exercise().equals(exercise)) {
        if (exercise != null) {
          body.append("</details>\n");
        }
        exercise = check.exercise();
        body.append("<details open><summary>").append(Html.text(exercise)).append("</summary>\n");
      }
      long total = check.outcomes().stream().mapToLong(OutcomeCount::samples).sum();
      body.append("<div class=\"check-outcomes\"><div>").append(Html.text(check.check())).append(" — ").append(total)
          .append(total == 1 ? " run" : " runs").append("</div>\n<svg class=\"chart outcome-bar\" width=\"600\" height=\"18\""
              + " viewBox=\"0 0 600 18\" role=\"img\" aria-label=\"outcomes of ").append(Html.attr(check.check()))
          .append("\">");
      double x = 0;
      for (OutcomeCount count : check.outcomes()) {
        double width = total == 0 ? 0 : 600.0 * count.samples() / total;
        body.append("<rect class=\"o-").append(kind(count.expect())).append("\" x=\"")
            .append(String.format(Locale.ROOT, "%.1f", x)).append("\" width=\"")
            .append(String.format(Locale.ROOT, "%.1f", width)).append("\" height=\"18\"><title>")
            .append(Html.text(count.outcome())).append(": ").append(count.samples()).append("</title></rect>");
        x += width;
      }
      body.append("</svg>\n<table class=\"outcome-table\"><tr><th>result</th><th class=\"num\">samples</th>"
          + "<th>expect</th></tr>\n");
      for (OutcomeCount count : check.outcomes()) {
        body.append("<tr><td>").append(Html.text(count.outcome())).append("</td><td class=\"num\">")
            .append(count.samples()).append("</td><td class=\"k-").append(kind(count.expect())).append("\">")
            .append(count.expect()).append("</td></tr>\n");
      }
      body.append("</table></div>\n");
    }
    if (exercise != null) {
      body.append("</details>\n");
    }
    body.append("</div>\n");
  }

  private static void studentTable(StringBuilder body, ClassStatistics stats) {
    List<String> exerciseIds = stats.exercises().stream().map(ClassStatistics.ExerciseRate::id).toList();
    body.append("<h2>Students</h2>\n<table id=\"students\">\n<tr><th>student</th>");
    exerciseIds.forEach(id -> body.append("<th class=\"num\">").append(Html.text(id)).append("</th>"));
    body.append("<th class=\"num\">total</th><th>status</th><th>reason</th></tr>\n");
    for (StudentGrade student : stats.students()) {
      body.append("<tr id=\"student-").append(Html.attr(Html.token(student.student()))).append("\"><td>");
      if (student.exercises().isEmpty()) {
        // Not graded: there is no report to link to.
        body.append(Html.text(student.displayName()));
      } else {
        body.append("<a href=\"").append(Html.attr(link(student.student()))).append("\">")
            .append(Html.text(student.displayName())).append("</a>");
      }
      body.append("</td>");
      for (String id : exerciseIds) {
        body.append("<td class=\"num\">").append(student.exercises().stream().filter(e -> e.id().equals(id)).findFirst()
            .map(e -> e.score() + "/" + e.maxScore()).orElse("")).append("</td>");
      }
      body.append("<td class=\"num\">").append(student.exercises().isEmpty() ? "" : student.score() + "/" + student.maxScore())
          .append("</td><td class=\"status-").append(student.status().word()).append("\">").append(student.status().word())
          .append("</td><td>").append(Html.text(student.reason() == null ? "" : student.reason())).append("</td></tr>\n");
    }
    body.append("</table>\n");
  }

  /** The link to a student's report page, relative to the class report. */
  static String link(String student) {
    return URLEncoder.encode(student, StandardCharsets.UTF_8).replace("+", "%20") + "/report.html";
  }

  private static String nameOf(ClassStatistics stats, String student) {
    return stats.students().stream().filter(s -> s.student().equals(student)).findFirst()
        .map(StudentGrade::displayName).orElse(student);
  }

  private static String kind(Expectation expect) {
    return expect.name().toLowerCase(Locale.ROOT);
  }

  private static String percent(double share) {
    return Math.round(100 * share) + "%";
  }
}
