package parproc.grader.gradebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import parproc.grader.HarnessException;
import parproc.grader.os.FileNames;
import parproc.grader.reports.Format;
import parproc.grader.results.GradeReport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output folder of a class: {@code gradebook.csv}, {@code class-report.html}, and a folder per
 * student with {@code report.txt}, {@code report.json}, {@code report.html} and {@code student.json}
 * (the gradebook's row, read back by {@code --resume} and {@code --merge}).
 */
public record ClassOutput(Path folder) {

  public static final String GRADEBOOK = "gradebook.csv";
  public static final String CLASS_REPORT = "class-report.html";
  public static final String STUDENT = "student.json";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /**
   * Makes the output folder, when it is not there yet, readable by its owner alone: a run that
   * learns its path cannot read the grades, the reports or what they quote of other students.
   */
  public static void createClosed(Path output) throws HarnessException {
    try {
      if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(output);
        // Where files have no POSIX permissions (Windows), the folder keeps those it inherits.
        if (output.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwx------"));
        }
      }
    } catch (IOException e) {
      throw new HarnessException("cannot make the output folder " + output + ": " + e.getMessage(), e);
    }
  }

  public Path studentFolder(String student) {
    return folder.resolve(student);
  }

  /** Writes a student's reports (when graded) and row; the row last, so it only exists once the reports do. */
  public void writeStudent(StudentGrade grade, GradeReport report) throws IOException {
    Path dir = studentFolder(grade.student());
    Files.createDirectories(dir);
    if (report != null) {
      for (Format format : List.of(Format.TEXT, Format.JSON)) {
        write(dir.resolve(format.studentFile()), format.render(report, Map.of()));
      }
    }
    write(dir.resolve(STUDENT), JSON.writeValueAsString(grade) + "\n");
  }

  /** Writes one more report of a student, in {@code format}, to that format's file. */
  public void writeReport(String student, Format format, String text) throws IOException {
    Files.createDirectories(studentFolder(student));
    write(studentFolder(student).resolve(format.studentFile()), text);
  }

  /** A student's saved row, if there is a readable one. */
  public Optional<StudentGrade> readStudent(String student) {
    Path file = studentFolder(student).resolve(STUDENT);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), StudentGrade.class));
    } catch (IOException | JacksonException e) {
      return Optional.empty();
    }
  }

  /** Every student's saved row in this folder, in folder-name order. */
  public List<StudentGrade> readAll() throws IOException {
    List<StudentGrade> grades = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return grades;
    }
    try (Stream<Path> listing = Files.list(folder)) {
      // A folder whose name the grader cannot use as text is no student's it wrote (the class's
      // listing leaves such students out), and could not be opened by its name.
      for (Path dir : listing.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> FileNames.unusable(p).isEmpty())
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
        readStudent(dir.getFileName().toString()).ifPresent(grades::add);
      }
    }
    return grades;
  }

  /** Writes the gradebook and the class report from rows in student order. */
  public void writeClass(List<StudentGrade> grades, String title) throws IOException {
    List<StudentGrade> sorted = grades.stream().sorted(Comparator.comparing(StudentGrade::student)).toList();
    Files.createDirectories(folder);
    write(folder.resolve(GRADEBOOK), GradebookCsv.render(sorted));
    write(folder.resolve(CLASS_REPORT), ClassReportPage.render(sorted, title));
  }

  /** Copies another output's student folder here (for a merge), without following links. */
  public void copyStudentFrom(ClassOutput other, String student) throws IOException {
    Path from = other.studentFolder(student);
    Path to = studentFolder(student);
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
        Files.copy(file, to.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING,
            LinkOption.NOFOLLOW_LINKS);
      }
    }
  }

  private static void write(Path file, String text) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.writeString(partial, text, StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
