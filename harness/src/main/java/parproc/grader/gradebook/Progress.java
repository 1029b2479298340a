package parproc.grader.gradebook;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import parproc.grader.VisibleText;

/**
 * Tells the instructor how a class grading goes. On a terminal: one line redrawn in place, a bar
 * with students done of total, the students being graded and an estimate of the time left. Not on
 * a terminal (CI logs): one line per student as each finishes. A student's folder name and reason
 * are printed with their control characters shown ({@link VisibleText}): only the redraw's own
 * carriage return reaches the terminal.
 */
public final class Progress {

  private static final int BAR = 24;

  private final PrintWriter out;
  private final boolean terminal;
  private final ClassPace tally;
  private final Set<String> current = new LinkedHashSet<>();
  private int lastWidth;

  /**
   * @param terminal whether {@code out} is a terminal (redraw one line) or a log (a line each)
   * @param clock nanoseconds, {@link System#nanoTime} but in tests
   */
  public Progress(PrintWriter out, boolean terminal, LongSupplier clock) {
    this.out = out;
    this.terminal = terminal;
    this.tally = new ClassPace(clock);
  }

  public synchronized void begin(int students, int kept) {
    tally.begin(students, kept);
    if (!terminal) {
      out.println("Grading " + students + (students == 1 ? " student" : " students")
          + (kept > 0 ? " (" + kept + " kept from an earlier grading)" : ""));
      out.flush();
    }
    redraw();
  }

  public synchronized void started(String student) {
    current.add(VisibleText.escape(student));
    redraw();
  }

  public synchronized void finished(StudentGrade grade) {
    current.remove(VisibleText.escape(grade.student()));
    tally.finished();
    if (terminal) {
      redraw();
    } else {
      out.printf(Locale.ROOT, "[%d/%d] %s: %s%n", tally.done(), tally.total(), VisibleText.escape(grade.student()),
          VisibleText.escape(outcome(grade)));
      out.flush();
    }
  }

  public synchronized void end(String summary) {
    if (terminal) {
      out.print("\r" + " ".repeat(lastWidth) + "\r");
    }
    out.println(summary);
    out.flush();
  }

  private static String outcome(StudentGrade grade) {
    String time = String.format(Locale.ROOT, " (%.1f s)", grade.seconds());
    return switch (grade.status()) {
      case GRADED -> grade.score() + "/" + grade.maxScore() + time;
      case INCOMPLETE -> grade.score() + "/" + grade.maxScore() + ", incomplete: " + firstLine(grade.reason()) + time;
      default -> grade.status().word() + ": " + firstLine(grade.reason()) + time;
    };
  }

  private void redraw() {
    int total = tally.total();
    if (!terminal || total == 0) {
      return;
    }
    int done = tally.done();
    int filled = BAR * done / total;
    StringBuilder line = new StringBuilder("\r[").append("#".repeat(filled)).append(".".repeat(BAR - filled))
        .append("] ").append(done).append('/').append(total).append(" students");
    if (!current.isEmpty()) {
      line.append("  grading ").append(String.join(", ", current));
    }
    line.append("  ").append(tally.timeLeft());
    String text = line.length() > 120 ? line.substring(0, 117) + "..." : line.toString();
    int width = text.length() - 1;
    out.print(text + " ".repeat(Math.max(0, lastWidth - width)));
    lastWidth = width;
    out.flush();
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
