package parproc.grader.gradebook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import parproc.grader.grading.Grader;
import parproc.grader.grading.GradingListener;
import parproc.grader.grading.GradingRequest;
import parproc.grader.grading.InvalidRequestException;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.os.FileTrees;
import parproc.grader.reports.Format;
import parproc.grader.results.GradeReport;

/**
 * Grades a class in one JVM with one {@link Grader}: every student's runs share its run slots, a
 * few students graded at once so the slots always have work queued. Each student's result is
 * written as soon as it is known; the gradebook and class report are written at the end, or when
 * the grading is stopped (Ctrl-C), from the students finished so far.
 */
public final class ClassGrading {

  /** What to grade and how. */
  public record Options(
      Path classFolder,
      Path output,
      GradingRequest base,
      long classSeed,
      Shard shard,
      Duration studentTimeout,
      boolean resume,
      Path record,
      Path replay,
      String grader,
      Format format) {

    public Options {
      // The text and JSON reports are written for every student whatever was asked.
      format = format == null ? Format.TEXT : format;
    }
  }


  /** What a class grading did. */
  public record Outcome(List<StudentGrade> grades, List<String> problems, int kept, boolean stopped) {

    /** Whether every student of the class has a full grade. */
    public boolean allGraded() {
      return grades.stream().allMatch(g -> g.status() == StudentStatus.GRADED);
    }
  }

  /** The title of every class report, the same for a whole class and for merged shards. */
  public static final String TITLE = "Class report";

  private final Options options;
  private final Grader grader;
  private final Progress progress;
  private final ClassOutput output;
  private final List<StudentGrade> finished = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean stopping;

  public ClassGrading(Options options, Grader grader, Progress progress) {
    this.options = options;
    this.grader = grader;
    this.progress = progress;
    this.output = new ClassOutput(options.output());
  }

  /** Grades the class; a problem with the class folder itself is an {@link IOException}. */
  public Outcome run() throws IOException {
    return run(Files.createTempDirectory("parproc-class-"));
  }

  /**
   * Grades the class, unpacking its zips under {@code unpacked}, a new folder: each student's
   * unpacked zip goes as that student ends, and the folder itself when the class does.
   */
  Outcome run(Path unpacked) throws IOException {
    Thread onStop = new Thread(this::stop, "parproc-class-stop");
    Runtime.getRuntime().addShutdownHook(onStop);
    ExecutorService students = null;
    try {
      ClassFolder.Listing listing = ClassFolder.list(options.classFolder(), unpacked);
      List<Student> mine = listing.students().stream().filter(s -> options.shard().holds(s.name())).toList();
      List<Student> toGrade = new ArrayList<>();
      int kept = 0;
      for (Student student : mine) {
        Optional<StudentGrade> saved = options.resume() ? keepable(student) : Optional.empty();
        if (saved.isPresent()) {
          finished.add(saved.get());
          kept++;
          free(student, unpacked);
        } else {
          toGrade.add(student);
        }
      }
      progress.begin(mine.size(), kept);
      // One student more than slots keeps every slot busy while a student's last runs end.
      students = Executors.newFixedThreadPool(grader.slots() + 1, runnable -> {
        Thread thread = new Thread(runnable, "parproc-student");
        thread.setDaemon(true);
        return thread;
      });
      List<Future<?>> futures = new ArrayList<>();
      for (Student student : toGrade) {
        futures.add(students.submit(() -> grade(student, unpacked)));
      }
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("a student's grading failed outside the grader", e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stopping = true;
          break;
        }
      }
      List<StudentGrade> grades = snapshot();
      if (!stopping) {
        output.writeClass(grades, TITLE);
      }
      return new Outcome(grades, listing.problems(), kept, stopping);
    } finally {
      if (students != null) {
        students.shutdownNow();
        // A student stopped mid-grading may still write its runs: let it end before they go.
        boolean interrupted = Thread.interrupted();
        try {
          students.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      try {
        Runtime.getRuntime().removeShutdownHook(onStop);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook writes the class files.
      }
      delete(unpacked);
    }
  }

  /** A saved result that still matches the student's inputs. */
  private Optional<StudentGrade> keepable(Student student) {
    String hash = hash(student);
    return output.readStudent(student.name()).filter(g -> hash != null && hash.equals(g.hash()) && g.finished());
  }

  private void grade(Student student, Path unpacked) {
    if (stopping) {
      return;
    }
    long started = System.nanoTime();
    long seed = StudentSeeds.of(options.classSeed(), student.name());
    String hash = hash(student);
    progress.started(student.name());
    StudentGrade grade;
    GradeReport report = null;
    Map<String, ObservedExercise> runs = Map.of();
    if (student.folder() == null) {
      grade = StudentGrade.notGraded(student, StudentStatus.UNREADABLE, student.note(), seed, hash, 0);
    } else {
      try {
        // The runs are kept in memory even without --record: the student's report page draws them.
        GradingRequest.Builder request = options.base().toBuilder()
            .submission(student.folder() != null ? student.folder() : options.classFolder()).seed(seed).keepRuns(true);
        if (options.record() != null) {
          request.record(options.record().resolve(student.name()));
        }
        if (options.replay() != null) {
          request.replay(options.replay().resolve(student.name()));
        }
        var grading = grader.start(request.build(), GradingListener.NONE);
        report = options.studentTimeout() == null ? grading.report().join()
            : grading.report().get(options.studentTimeout().toMillis(), TimeUnit.MILLISECONDS);
        runs = grading.runs();
        grade = StudentGrade.of(student, report, hash, seconds(started));
      } catch (TimeoutException e) {
        grade = StudentGrade.notGraded(student, StudentStatus.TIMEOUT, "stopped after the per-student limit of "
            + seconds(options.studentTimeout()) + " s", seed, hash, seconds(started));
      } catch (InvalidRequestException e) {
        grade = StudentGrade.notGraded(student, StudentStatus.ERROR, e.getMessage(), seed, hash, seconds(started));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | RuntimeException e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        grade = StudentGrade.notGraded(student, StudentStatus.ERROR, "the grader failed: " + cause, seed, hash,
            seconds(started));
      }
    }
    // The grading has its own copy, and the reports come from the grade: the student's unpacked
    // zip is not needed any more, and a class of many zips does not keep them all to its end.
    free(student, unpacked);
    // Written under the lock that stop() takes, so a student is in the gradebook exactly when
    // its files are on disk; a grading that ends once the class is stopped was cut short.
    synchronized (finished) {
      if (stopping) {
        return;
      }
      try {
        if (report != null) {
          // Beside the text and JSON reports: the page, and the format asked for.
          for (Format format : EnumSet.of(Format.HTML, options.format())) {
            if (format != Format.TEXT && format != Format.JSON) {
              output.writeReport(student.name(), format, format.render(report, runs));
            }
          }
        }
        output.writeStudent(grade, report);
      } catch (IOException | RuntimeException e) {
        grade = StudentGrade.notGraded(student, StudentStatus.ERROR, "cannot write its reports: " + e.getMessage(),
            seed, hash, seconds(started));
      }
      finished.add(grade);
    }
    progress.finished(grade);
  }

  /** The hash --resume compares, or null when the student's inputs cannot be read. */
  private String hash(Student student) {
    Path inputs = options.replay() != null ? options.replay().resolve(student.name()) : student.folder();
    if (inputs == null || !Files.isDirectory(inputs)) {
      return null;
    }
    GradingRequest base = options.base();
    String settings = "seed=" + StudentSeeds.of(options.classSeed(), student.name()) + ";exercises="
        + base.exercises() + ";runs=" + base.runs().orElse(null) + ";python=" + base.python() + ";races="
        + base.races() + ";timeout=" + base.timeoutSeconds().orElse(null) + ";replay=" + (options.replay() != null)
        + base.startMethod().map(method -> ";start-method=" + method).orElse("");
    try {
      return ResumeHash.of(inputs, base.config(), options.grader(), settings);
    } catch (IOException e) {
      return null;
    }
  }

  /** Ctrl-C: keep the students finished so far, in the gradebook and the class report. */
  void stop() {
    List<StudentGrade> grades;
    synchronized (finished) {
      stopping = true;
      grades = snapshot();
    }
    try {
      output.writeClass(grades, TITLE);
    } catch (IOException | RuntimeException e) {
      // Each finished student's own files are on disk already; --resume picks the class up again.
    }
  }

  private List<StudentGrade> snapshot() {
    synchronized (finished) {
      return finished.stream().sorted(Comparator.comparing(StudentGrade::student)).toList();
    }
  }

  /** A limit in seconds as the user wrote it: 60, 0.5. */
  private static String seconds(Duration limit) {
    return BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  /** Removes where a student's zip was unpacked, if it was one (a folder in the class is the instructor's). */
  private static void free(Student student, Path unpacked) {
    Path own = unpacked.resolve(student.name());
    if (student.folder() == null || student.folder().startsWith(own)) {
      delete(own);
    }
  }

  private static void delete(Path folder) {
    // A leftover temporary folder is harmless.
    FileTrees.delete(folder);
  }
}
