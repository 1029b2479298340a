package parproc.grader.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.reports.html.ReportPage;
import parproc.grader.results.GradeReport;

/**
 * A format a grade is rendered in: its name on the command line, how it renders, and the file it
 * is written to beside a student's other reports in a class grading.
 */
public enum Format {
  TEXT("report.txt"),
  JSON("report.json"),
  GRADESCOPE("report.gradescope.json"),
  HTML("report.html"),
  JUNIT("report.junit.xml"),
  PRAIRIELEARN("report.prairielearn.json"),
  CLASSROOM("report.classroom.json");

  private final String studentFile;

  Format(String studentFile) {
    this.studentFile = studentFile;
  }

  /** The format a command-line word names, in any case. */
  public static Format named(String word) {
    for (Format format : values()) {
      if (format.word().equalsIgnoreCase(word.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format '" + word + "': expected one of "
        + Arrays.stream(values()).map(Format::word).collect(Collectors.joining(", ")));
  }

  /** The format's name on the command line. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file a class grading writes it to, in each student's folder. */
  public String studentFile() {
    return studentFile;
  }

  /** The grade in this format; the page draws its runs from {@code runs}, by exercise id. */
  public String render(GradeReport report, Map<String, ObservedExercise> runs) {
    return switch (this) {
      case TEXT -> TextReport.render(report);
      case JSON -> JsonReport.render(report);
      case GRADESCOPE -> GradescopeReport.render(report);
      case HTML -> ReportPage.render(report, runs);
      case JUNIT -> JunitReport.render(report);
      case PRAIRIELEARN -> PrairieLearnReport.render(report);
      case CLASSROOM -> ClassroomReport.render(report);
    };
  }
}
