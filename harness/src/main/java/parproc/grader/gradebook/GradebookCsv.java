package parproc.grader.gradebook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gradebook as CSV: a row per student, a column per exercise, then total, maximum, status,
 * reason and seed. Written as spreadsheets expect (RFC 4180): UTF-8 with a byte-order mark, so
 * Excel reads accented names right; CRLF line ends; a field quoted when it holds a comma, quote or
 * line break, its quotes doubled. A text field starting with = + - @ gets a leading apostrophe, so
 * a name cannot become a formula.
 */
public final class GradebookCsv {

  /** The byte-order mark that tells spreadsheets the file is UTF-8. */
  public static final String BOM = "\uFEFF";

  private GradebookCsv() {}

  public static String render(List<StudentGrade> grades) {
    Set<String> exercises = new LinkedHashSet<>();
    grades.forEach(g -> g.exercises().forEach(e -> exercises.add(e.id())));
    StringBuilder csv = new StringBuilder(BOM);
    List<String> header = new ArrayList<>(List.of("student", "name", "sid", "email"));
    header.addAll(exercises);
    header.addAll(List.of("total", "max_score", "status", "reason", "seed", "interfered"));
    row(csv, header);
    for (StudentGrade grade : grades) {
      List<String> cells = new ArrayList<>();
      cells.add(text(grade.student()));
      cells.add(text(grade.submitters().stream().map(Submitter::name).collect(Collectors.joining("; "))));
      cells.add(text(grade.submitters().stream().map(Submitter::sid).collect(Collectors.joining("; "))));
      cells.add(text(grade.submitters().stream().map(Submitter::email).collect(Collectors.joining("; "))));
      boolean scored = !grade.exercises().isEmpty();
      for (String exercise : exercises) {
        cells.add(grade.exercises().stream().filter(e -> e.id().equals(exercise)).findFirst()
            .map(e -> String.valueOf(e.score())).orElse(""));
      }
      cells.add(scored ? String.valueOf(grade.score()) : "");
      cells.add(scored ? String.valueOf(grade.maxScore()) : "");
      cells.add(grade.status().word());
      cells.add(text(grade.reason() == null ? "" : grade.reason()));
      cells.add(String.valueOf(grade.seed()));
      cells.add(text(String.join("; ", grade.interference())));
      row(csv, cells);
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, List<String> cells) {
    csv.append(cells.stream().map(GradebookCsv::quoted).collect(Collectors.joining(","))).append("\r\n");
  }

  /** A field quoted when it must be. */
  static String quoted(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }

  /** Text a spreadsheet must not read as a formula. */
  static String text(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
