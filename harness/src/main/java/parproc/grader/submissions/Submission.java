package parproc.grader.submissions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import parproc.grader.HarnessException;
import parproc.grader.os.FileTrees;
import parproc.grader.runs.ProcessRunner;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunPurpose;
import parproc.grader.runs.RunSpec;
import parproc.grader.runs.isolation.PrivateCopy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A folder of .py files and what each defines. The folder is the grader's own copy of the
 * student's, made without following symbolic links, so that what is surveyed is what runs, and a
 * link to the answers is never graded.
 *
 * @param leftOut entries of the student's folder left out of the copy (symbolic links, names that
 *     are not UTF-8, ...), each with why
 */
public record Submission(Path folder, List<SurveyedFile> files, List<PrivateCopy.LeftOut> leftOut) {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private record SurveyOutput(List<SurveyedFile> files) {}

  private static final String STAGE_PREFIX = "parproc-submission-";

  /** Copies not yet discarded, removed when the JVM exits if a grading never was. */
  private static final Set<Path> STAGED = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> STAGED.forEach(Submission::delete), "parproc-copies"));
  }

  public Submission {
    files = List.copyOf(files);
    leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
  }

  public Submission(Path folder, List<SurveyedFile> files) {
    this(folder, files, List.of());
  }

  /** The longest a survey of one file may take, and a survey of a whole folder at once. */
  static final Duration SURVEY_TIME = Duration.ofSeconds(10);

  /**
   * Copies the folder (regular files only) and asks Python what every .py file of the copy
   * defines: in one run for the whole folder, and where that run fails (a file made to exhaust
   * the parser), in a run per file, so that one bad file costs only itself. Each is a run of its
   * own, caged and limited as the program's runs are.
   */
  public static Submission survey(Path original, ProcessRunner runner) throws HarnessException {
    if (!Files.isDirectory(original)) {
      throw new HarnessException("no such folder: " + original);
    }
    Path folder;
    List<PrivateCopy.LeftOut> leftOut;
    try {
      Path stage = Files.createTempDirectory(STAGE_PREFIX);
      STAGED.add(stage);
      Path name = original.toAbsolutePath().normalize().getFileName();
      PrivateCopy.Copied copied = PrivateCopy.copy(original, stage.resolve(name == null ? "submission" : name.toString()), null);
      folder = copied.folder();
      leftOut = copied.leftOut();
    } catch (IOException e) {
      throw new HarnessException("could not copy " + original + ": " + e.getMessage(), e);
    }
    List<String> names = pythonFiles(folder);
    RawRun whole = runner.survey(surveySpec(folder), names);
    Optional<List<SurveyedFile>> files = surveyed(whole);
    if (files.isPresent()) {
      return new Submission(folder, files.get(), leftOut);
    }
    if (whole.harnessError() != null) {
      throw new HarnessException("could not read the Python files of " + original + ": " + whole.harnessError());
    }
    List<SurveyedFile> each = new ArrayList<>();
    for (String file : names) {
      RawRun alone = runner.survey(surveySpec(folder), List.of(file));
      each.addAll(surveyed(alone).orElseGet(() -> List.of(SurveyedFile.unread(file, whyUnread(alone)))));
    }
    return new Submission(folder, each, leftOut);
  }

  private static List<String> pythonFiles(Path folder) throws HarnessException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(path -> path.getFileName().toString().endsWith(".py")
              && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
          .map(path -> path.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new HarnessException("could not list " + folder + ": " + e.getMessage(), e);
    }
  }

  private static RunSpec surveySpec(Path folder) {
    return new RunSpec("survey", 0, RunPurpose.SURVEY, folder, folder, "", Map.of(), "", 0, SURVEY_TIME, 1.0,
        false, 0);
  }

  /** What a survey's run printed, read; empty when the run did not end well. */
  private static Optional<List<SurveyedFile>> surveyed(RawRun run) {
    if (run.harnessError() != null || run.timedOut() || run.stopped() != null || run.exitCode() != 0
        || run.stdoutTruncated()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(run.stdoutText(), SurveyOutput.class).files());
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /** Why the survey of one file did not end well, as the report names it. */
  private static String whyUnread(RawRun run) {
    if (run.timedOut()) {
      return "Python's parser took more than " + SURVEY_TIME.toSeconds() + " s over it";
    }
    if (run.stopped() != null) {
      return "Python's parser was " + run.stopped();
    }
    List<String> stderr = run.stderrText().strip().lines().toList();
    return "Python's parser failed on it" + (stderr.isEmpty() ? "" : ": " + stderr.get(stderr.size() - 1));
  }

  /** Removes the grader's copy of the folder. */
  public void discard() {
    Path stage = folder.getParent();
    if (stage == null || !stage.getFileName().toString().startsWith(STAGE_PREFIX)) {
      return;
    }
    STAGED.remove(stage);
    delete(stage);
  }

  private static void delete(Path stage) {
    // What cannot go is left for the system's temporary-file cleaning.
    FileTrees.delete(stage);
  }

  /** Where the entry function of an exercise is, or why it cannot be graded. */
  public Location locate(String entry, String preferredFile) {
    return locate(entry, preferredFile, Set.of(entry));
  }

  /**
   * Where the entry function of an exercise is, or why it cannot be graded, naming a function
   * that looks like a misspelled entry (see {@link EntryNames}).
   *
   * @param entries the entry functions of every exercise the grader knows
   */
  public Location locate(String entry, String preferredFile, Collection<String> entries) {
    List<SurveyedFile> defining = files.stream().filter(f -> f.defines(entry)).toList();
    List<SurveyedFile> compiling = defining.stream().filter(f -> f.error() == null).toList();
    if (compiling.size() == 1 || (compiling.size() > 1 && preferredFile != null
        && compiling.stream().anyMatch(f -> f.file().equals(preferredFile)))) {
      SurveyedFile chosen = compiling.size() == 1 ? compiling.get(0)
          : compiling.stream().filter(f -> f.file().equals(preferredFile)).findFirst().orElseThrow();
      Optional<String> parameters = EntryNames.requiresParameters(entry, chosen);
      if (parameters.isPresent()) {
        return new Location.Missing("entry takes parameters", parameters.get());
      }
      return new Location.Found(folder.resolve(chosen.file()), chosen);
    }
    if (compiling.size() > 1) {
      String places = String.join(" and ", compiling.stream()
          .map(f -> f.file() + " (line " + f.lineOf(entry) + ")").toList());
      return new Location.Missing("ambiguous definition",
          entry + "() is defined in " + places + ": keep one definition"
              + (preferredFile == null ? "." : ", or keep the one in " + preferredFile + "."));
    }
    if (!defining.isEmpty()) {
      SurveyedFile broken = defining.get(0);
      SurveyedFile.CompileError error = broken.error();
      String python2 = error.python2()
          ? " This looks like Python 2; the grader runs Python 3: write print(...) with parentheses,"
              + " input() instead of raw_input()."
          : "";
      return new Location.Missing(error.python2() ? "Python 2 code" : "syntax error",
          entry + "() is in " + broken.file() + ", which Python 3 cannot compile: line " + error.line()
              + ": " + error.message() + (error.text() == null || error.text().isEmpty() ? "" : ": " + error.text())
              + "." + python2);
    }
    Optional<String> misspelled = EntryNames.misspelled(entry, files, entries);
    if (misspelled.isPresent()) {
      return new Location.Missing("entry misspelled", misspelled.get());
    }
    String where = preferredFile == null ? "a .py file" : preferredFile;
    List<String> links = leftOut.stream().filter(l -> l.why().equals(PrivateCopy.LINK)).map(PrivateCopy.LeftOut::name)
        .toList();
    List<String> unlinked = leftOut.stream().filter(l -> !l.why().equals(PrivateCopy.LINK))
        .map(PrivateCopy.LeftOut::toString).toList();
    String others = unlinked.isEmpty() ? "" : " Left out of the grading: " + String.join(", ", unlinked) + ".";
    if (!links.isEmpty()) {
      return new Location.Missing("not defined",
          "no file in " + folder.getFileName() + " defines " + entry + "(); " + String.join(", ", links)
              + (links.size() == 1 ? " is a symbolic link" : " are symbolic links")
              + ", which the grader does not follow: submit the file itself." + others);
    }
    String broken = files.stream().filter(f -> f.unread() != null).map(f -> " (" + f.file() + " was not read: "
            + f.unread() + ")").findFirst()
        .or(() -> files.stream().filter(f -> f.error() != null).map(f -> " (" + f.file() + " could not be compiled: line "
            + f.error().line() + ": " + f.error().message() + ")").findFirst())
        .orElse("");
    return new Location.Missing("not defined",
        "no file in " + folder.getFileName() + " defines " + entry + "(): define def " + entry
            + "(): at the top level of " + where + " in that folder." + broken + others);
  }

  /**
   * What the copy left out, for the report of every exercise: "Left out of the grading:
   * bad\xff.txt (a name that is not valid UTF-8)."; empty when nothing was.
   */
  public Optional<String> leftOutNote() {
    return leftOut.isEmpty() ? Optional.empty() : Optional.of("Left out of the grading: "
        + String.join(", ", leftOut.stream().map(PrivateCopy.LeftOut::toString).toList()) + ".");
  }

  /** The outcome of looking for an exercise's entry function. */
  public sealed interface Location {
    /** The file to grade. */
    record Found(Path file, SurveyedFile survey) implements Location {}

    /** Why the exercise cannot be run, for the student. */
    record Missing(String reason, String message) implements Location {}
  }
}
