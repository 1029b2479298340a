package parproc.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import parproc.grader.HarnessException;
import parproc.grader.VisibleText;
import parproc.grader.gradebook.ClassGrading;
import parproc.grader.gradebook.ClassMerge;
import parproc.grader.gradebook.ClassOutput;
import parproc.grader.gradebook.Progress;
import parproc.grader.gradebook.ResumeHash;
import parproc.grader.gradebook.Shard;
import parproc.grader.gradebook.StudentGrade;
import parproc.grader.grading.Grader;
import parproc.grader.grading.GradingRequest;
import parproc.grader.reports.Format;

/** {@code grade --class} and {@code grade --merge}: a class graded into a folder, and shards merged. */
final class ClassMode {

  private final PrintWriter out;
  private final PrintWriter err;

  ClassMode(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** Grades the class; {@code base} holds the options shared by every student. */
  int grade(ClassOptions classOptions, Path output, GradingRequest base, Long classSeed, int jobs, String version,
      Format format) {
    Path classFolder = classOptions.folder;
    if (output == null) {
      return cannot("--class needs --output GRADES, the folder the gradebook and reports go to");
    }
    if (!Files.isDirectory(classFolder)) {
      return cannot("no such class folder: " + classFolder);
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      return cannot("--output " + output + " is a file; in class mode it names a folder");
    }
    Shard shard = classOptions.shard;
    long seed = classSeed != null ? classSeed : GradingRequest.freshSeed();
    ClassGrading.Options options = new ClassGrading.Options(classFolder, output, base, seed, shard,
        classOptions.studentTimeout,
        classOptions.resume, base.record().orElse(null), base.replay().orElse(null),
        ResumeHash.graderFingerprint(version), format);
    long started = System.nanoTime();
    ClassGrading.Outcome outcome;
    try (Grader grader = Grader.open(jobs)) {
      if (base.replay().isEmpty()) {
        try {
          grader.python(base.python());
          // Grades and other students' files are not a run's to read; the output is made closed.
          ClassOutput.createClosed(output);
          grader.isolation(base.python(), base.isolation(), base.portable()).keepOut(classFolder, output);
        } catch (HarnessException e) {
          return cannot(e.getMessage());
        }
      }
      Progress progress = new Progress(out, System.console() != null, System::nanoTime);
      out.println("Class seed " + seed + (shard.count() > 1 ? ", shard " + shard : "") + ", " + grader.slots()
          + " run slots; repeat a student alone with: grade FOLDER --seed N (N in the gradebook's seed column)");
      outcome = new ClassGrading(options, grader, progress).run();
      progress.end(summary(outcome, output, System.nanoTime() - started));
    } catch (IOException e) {
      return cannot("cannot grade the class in " + classFolder + ": " + e.getMessage());
    }
    outcome.problems().forEach(problem -> err.println("grade: " + VisibleText.escape(problem)));
    return outcome.allGraded() && outcome.problems().isEmpty() ? ExitCode.PASSED : ExitCode.FAILED;
  }

  /** Merges shard outputs into one folder. */
  int merge(List<Path> shards, Path output) {
    if (output == null) {
      return cannot("--merge needs --output ALL, the folder the merged gradebook goes to");
    }
    try {
      ClassMerge.Merged merged = ClassMerge.merge(shards, output, ClassGrading.TITLE);
      merged.problems().forEach(problem -> err.println("grade: " + VisibleText.escape(problem)));
      out.println("Merged " + merged.grades().size() + " students from " + shards.size()
          + (shards.size() == 1 ? " folder" : " folders") + " into " + output.resolve(ClassOutput.GRADEBOOK)
          + " and " + output.resolve(ClassOutput.CLASS_REPORT));
      return merged.problems().isEmpty() ? ExitCode.PASSED : ExitCode.FAILED;
    } catch (IOException e) {
      return cannot("cannot merge into " + output + ": " + e.getMessage());
    }
  }

  private static String summary(ClassGrading.Outcome outcome, Path output, long nanos) {
    Map<String, Integer> statuses = new TreeMap<>();
    for (StudentGrade grade : outcome.grades()) {
      statuses.merge(grade.status().word(), 1, Integer::sum);
    }
    StringBuilder text = new StringBuilder(outcome.stopped() ? "Stopped after " : "Graded ")
        .append(outcome.grades().size()).append(outcome.grades().size() == 1 ? " student" : " students");
    if (!statuses.isEmpty()) {
      text.append(" (");
      statuses.forEach((status, count) -> text.append(text.charAt(text.length() - 1) == '(' ? "" : ", ")
          .append(count).append(' ').append(status));
      text.append(')');
    }
    if (outcome.kept() > 0) {
      text.append(", ").append(outcome.kept()).append(" kept from an earlier grading");
    }
    text.append(String.format(Locale.ROOT, " in %.1f s", nanos / 1e9));
    text.append("\nGradebook: ").append(output.resolve(ClassOutput.GRADEBOOK))
        .append("\nClass report: ").append(output.resolve(ClassOutput.CLASS_REPORT));
    return text.toString();
  }

  private int cannot(String reason) {
    err.println("grade: " + VisibleText.escape(reason));
    return ExitCode.CANNOT_GRADE;
  }
}
