package parproc.grader.submissions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import parproc.grader.HarnessException;
import parproc.grader.os.FileTrees;
import parproc.grader.runs.ProbeFiles;
import parproc.grader.runs.PythonInterpreter;
import parproc.grader.runs.isolation.PrivateCopy;
import parproc.grader.runs.isolation.RunEnvironment;
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

  /**
   * Copies the folder (regular files only) and asks Python to parse every .py file of the copy
   * (one process for the whole folder).
   */
  public static Submission survey(Path original, PythonInterpreter python, ProbeFiles probe) throws HarnessException {
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
    ProcessBuilder builder = new ProcessBuilder(
        // -S: the survey reads files with the standard library alone, and the machine's start-up hooks cost time.
        python.executable().toString(), "-S", probe.survey().toString(), folder.toAbsolutePath().toString());
    builder.environment().clear();
    builder.environment().putAll(RunEnvironment.base(folder.getParent()));
    try {
      Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new HarnessException("could not read the Python files of " + folder);
      }
      SurveyOutput survey = JSON.readValue(new String(output, StandardCharsets.UTF_8), SurveyOutput.class);
      return new Submission(folder, survey.files(), leftOut);
    } catch (IOException | JacksonException e) {
      throw new HarnessException("could not read the Python files of " + folder + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("interrupted while reading " + folder);
    }
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
    String broken = files.stream().filter(f -> f.error() != null)
        .map(f -> " (" + f.file() + " could not be compiled: line " + f.error().line() + ": " + f.error().message() + ")")
        .findFirst().orElse("");
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
