package parproc.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import parproc.grader.HarnessException;
import parproc.grader.VisibleText;
import parproc.grader.grading.Grader;
import parproc.grader.grading.Grading;
import parproc.grader.grading.GradingListener;
import parproc.grader.grading.GradingRequest;
import parproc.grader.grading.InvalidRequestException;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.portability.PortabilityReport;
import parproc.grader.portability.StartMethods;
import parproc.grader.reports.Format;
import parproc.grader.reports.traceevents.TraceEvents;
import parproc.grader.results.GradeReport;
import parproc.grader.runs.isolation.IsolationMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Options of {@code grade}, and what it does with them. */
@Command(
    name = "grade",
    version = "grade 0.1.0",
    sortOptions = false,
    description = {
      "Grades Python multiprocessing exercises: runs each program many times in spawned"
          + " processes, with a probe that sees every process, and checks the properties that"
          + " hold in every correct run.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every check passed",
      "1:some check failed, or an exercise is missing",
      "2:could not grade (bad option, broken grading-config, no Python 3)"
    })
final class GradeCommand implements Callable<Integer> {

  private final PrintWriter out;
  private final PrintWriter err;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description = "Folder of .py files to grade (default: the starters in exercises/).")
  Path submission;

  @Option(order = 1, names = "--exercise", paramLabel = "ID",
      description = "Grade only this exercise (its entry function, e.g. procEx); repeatable.")
  List<String> exercises = new ArrayList<>();

  @Option(order = 2, names = "--runs", paramLabel = "N", description = "Runs per exercise (default: per exercise, from grading-config).")
  Integer runs;

  @Option(order = 3, names = "--format", paramLabel = "FORMAT",
      description = "text, json, gradescope (its results.json), html (a page with timelines of runs), junit (JUnit XML),"
          + " prairielearn (its results.json), or classroom (GitHub Classroom's grading-reporter result) (default: text).")
  void format(String word) {
    format = parsed("--format: ", () -> Format.named(word));
  }

  private Format format = Format.TEXT;

  @Option(order = 4, names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  Path output;

  @Option(order = 5, names = "--python", paramLabel = "PATH", description = "Python 3 to run the programs with (default: python3).")
  String python;

  @Option(order = 6, names = "--seed", paramLabel = "N", description = "Seed of generated inputs and probe pauses; the report prints the one used.")
  Long seed;

  @Option(order = 7, names = "--config", paramLabel = "DIR", description = "Folder of grading-config (default: grading-config/).")
  Path config;

  @Spec
  CommandSpec spec;

  /** Runs computing at once; 0: as many as keep the cores busy. */
  private int jobs;

  /** The isolation asked for; null: the strongest the machine allows. */
  private IsolationMode isolation;

  @Option(order = 8, names = "--jobs", paramLabel = "N", description = "Runs computing at once (default: two per core).")
  void jobs(int jobs) {
    if (jobs < 0) {
      throw new InvalidOptionValue(spec.commandLine(), "--jobs cannot be negative");
    }
    this.jobs = jobs;
  }

  @Option(order = 9, names = "--timeout", paramLabel = "SECONDS",
      description = "Time limit of each run (default: per exercise, from grading-config).")
  Double timeout;

  @Option(order = 10, names = "--plain", description = "Run without the probe's pauses and start barrier (races stay as rare as they are).")
  boolean plain;

  @Option(order = 11, names = "--record", paramLabel = "DIR",
      description = "Save every raw run to DIR, to re-render reports later.")
  Path record;

  @Option(order = 12, names = "--replay", paramLabel = "DIR", description = "Grade the runs saved in DIR instead of running Python.")
  Path replay;

  @Option(order = 13, names = "--isolation", paramLabel = "MODE",
      description = "auto, namespace, permissions or none: how runs are kept apart from the grader (default: auto,"
          + " the strongest the machine allows).")
  void isolation(String mode) {
    isolation = parsed("", () -> IsolationMode.parse(mode));
  }

  /** An option's value as {@code parse} reads it; its complaint, after {@code prefix}, is the user's message. */
  private <T> T parsed(String prefix, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidOptionValue(spec.commandLine(), prefix + e.getMessage());
    }
  }

  @Option(order = 13, names = "--portable",
      description = "Find and stop the runs' processes through Java's process API alone, as on macOS and Windows,"
          + " even where Linux's /proc, cgroups and namespaces are there (implies --isolation none).")
  boolean portable;

  @Option(order = 13, names = "--start-method", paramLabel = "METHOD",
      description = "fork, spawn or forkserver: the default start method of the graded programs; a program that"
          + " chooses its own keeps it (default: the platform's own).")
  String startMethod;

  @Option(order = 13, names = "--portability",
      description = "Grade each exercise under fork, spawn and forkserver, and report a program whose outcome"
          + " depends on the start method, with the reason.")
  boolean portability;

  @Option(order = 14, names = "--html", paramLabel = "FILE",
      description = "Also write the report as an HTML page, with timelines of the runs, to FILE.")
  Path html;

  @Option(order = 15, names = "--trace-events", paramLabel = "DIR",
      description = "Write every run in Chrome's Trace Event Format to DIR, for Perfetto UI or chrome://tracing.")
  Path traceEvents;

  @Mixin
  ClassOptions classOptions = new ClassOptions();

  // Last in --help, after the class options, as picocli's standard help options would be.
  @Option(order = 200, names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(order = 201, names = {"-V", "--version"}, versionHelp = true, description = "Print version information and exit.")
  boolean version;

  GradeCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    if (classOptions.merge != null) {
      return new ClassMode(out, err).merge(classOptions.merge, output);
    }
    if (classOptions.folder != null) {
      return gradeClass();
    }
    return grade();
  }

  private int grade() {
    if (portability) {
      return portability();
    }
    // The page and the Trace Event export draw the runs, kept in memory while the grade is made.
    boolean pictures = format == Format.HTML || html != null || traceEvents != null;
    GradingRequest request;
    try {
      request = request(submission).record(record).keepRuns(pictures).build();
    } catch (InvalidRequestException e) {
      return cannot(e.describe(GradeCommand::option));
    }
    GradeReport report;
    Map<String, ObservedExercise> runs;
    try (Grader grader = Grader.open(jobs)) {
      // grading-config is read on another core while Python is resolved: each takes a tenth of a second.
      CompletableFuture.runAsync(() -> grader.config(request.config()));
      if (replay == null) {
        try {
          grader.isolation(request.python(), request.isolation(), request.portable());
        } catch (HarnessException e) {
          return cannot(e.getMessage());
        }
      }
      Grading grading = grader.start(request, GradingListener.NONE);
      report = grading.report().join();
      runs = grading.runs();
    }
    String rendered = format.render(report, runs);
    String page = format == Format.HTML ? rendered : html != null ? Format.HTML.render(report, runs) : null;
    if (html != null) {
      try {
        write(html, page);
      } catch (IOException e) {
        return cannot("cannot write " + html + ": " + e.getMessage());
      }
      if (format == Format.TEXT) {
        rendered += "Report page: " + html.toAbsolutePath().normalize() + "\n";
      }
    }
    if (traceEvents != null) {
      try {
        TraceEvents.write(traceEvents, runs.values());
      } catch (IOException e) {
        return cannot("cannot write the trace events to " + traceEvents + ": " + e.getMessage());
      }
    }
    if (output != null) {
      try {
        write(output, rendered);
      } catch (IOException e) {
        return cannot("cannot write " + output + ": " + e.getMessage());
      }
      out.println("Total: " + report.score() + "/" + report.maxScore() + " points; report written to " + output
          + (html != null && format != Format.HTML ? "; page written to " + html : ""));
    } else {
      out.print(onTerminal(format, rendered));
    }
    for (String problem : report.problems()) {
      err.println("grade: " + VisibleText.escape(problem));
    }
    if (!report.complete()) {
      return ExitCode.CANNOT_GRADE;
    }
    return report.allPassed() ? ExitCode.PASSED : ExitCode.FAILED;
  }

  /** {@code --portability}: the submission under each start method, and what depends on it. */
  private int portability() {
    if (startMethod != null || replay != null || record != null || format != Format.TEXT && format != Format.JSON
        || html != null || traceEvents != null) {
      return cannot("--portability grades under each start method itself, into a text or json report: it takes"
          + " no --start-method, --replay, --record, --html or --trace-events");
    }
    GradingRequest request;
    try {
      request = request(submission).build();
    } catch (InvalidRequestException e) {
      return cannot(e.describe(GradeCommand::option));
    }
    long shared = seed != null ? seed : GradingRequest.freshSeed();
    StartMethods.Portability result;
    try (Grader grader = Grader.open(jobs)) {
      try {
        grader.isolation(request.python(), request.isolation(), request.portable());
      } catch (HarnessException e) {
        return cannot(e.getMessage());
      }
      result = StartMethods.grade(grader, request, StartMethods.methodsHere(), shared);
    }
    String rendered = format == Format.JSON ? PortabilityReport.json(result) : PortabilityReport.text(result);
    if (output != null) {
      try {
        write(output, rendered);
      } catch (IOException e) {
        return cannot("cannot write " + output + ": " + e.getMessage());
      }
      out.println("Start methods compared; report written to " + output);
    } else {
      // Its problems and reasons name the student's files: shown, never sent raw to the terminal.
      out.print(format == Format.JSON ? VisibleText.escapeJson(rendered) : VisibleText.escape(rendered));
    }
    if (!result.problems().isEmpty() && result.exercises().isEmpty()) {
      return ExitCode.CANNOT_GRADE;
    }
    return result.allPortable() ? ExitCode.PASSED : ExitCode.FAILED;
  }

  /** {@code --class}: every student of a folder, with one grader. */
  private int gradeClass() {
    if (submission != null) {
      return cannot("give either a submission DIR or --class DIR, not both");
    }
    if (portability) {
      return cannot("--portability compares the start methods for one submission: give a DIR, not --class");
    }
    GradingRequest request;
    try {
      request = request(classOptions.folder).record(record).build();
    } catch (InvalidRequestException e) {
      return cannot(e.describe(GradeCommand::option));
    }
    return new ClassMode(out, err).grade(classOptions, output, request, seed, jobs,
        GradeCommand.class.getAnnotation(Command.class).version()[0], format);
  }

  /** The request the options make of {@code folder}, short of where runs are recorded. */
  private GradingRequest.Builder request(Path folder) {
    return GradingRequest.builder().submission(folder).config(config).exercises(exercises).runs(runs).python(python)
        .seed(seed).races(!plain).replay(replay).timeoutSeconds(timeout).isolation(isolation).portable(portable)
        .startMethod(startMethod);
  }

  private static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private int cannot(String reason) {
    err.println("grade: " + VisibleText.escape(reason));
    return ExitCode.CANNOT_GRADE;
  }

  /**
   * A rendered report as printed: the text report shows its control characters already, and a
   * JSON one gets its C1 and bidirectional ones as JSON escapes, which read back the same. The
   * page and JUnit's XML are meant for files, and printed as they are.
   */
  static String onTerminal(Format format, String rendered) {
    return switch (format) {
      case JSON, GRADESCOPE, PRAIRIELEARN, CLASSROOM -> VisibleText.escapeJson(rendered);
      case TEXT, HTML, JUNIT -> rendered;
    };
  }

  /** The option that sets a field of the request. */
  private static String option(GradingRequest.Field field) {
    return switch (field) {
      case SUBMISSION -> "DIR";
      case EXERCISES -> "--exercise";
      case START_METHOD -> "--start-method";
      default -> "--" + field.name().toLowerCase(Locale.ROOT);
    };
  }
}
