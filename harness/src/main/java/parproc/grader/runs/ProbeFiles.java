package parproc.grader.runs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import parproc.grader.HarnessException;
import parproc.grader.os.FileTrees;

/**
 * The Python side of the harness, copied from the jar's resources to a folder of its own so
 * that the interpreter can run it (and re-import it in spawned children). The probe caches its
 * own bytecode there; the folder goes when the JVM exits.
 */
public record ProbeFiles(Path folder) {

  private static final String RESOURCES = "/parproc/probe/";

  /** Every file of the Python side, relative to the folder: the runner, the survey, the probe. */
  public static final List<String> FILES = List.of(
      "parproc_run.py",
      "parproc_survey.py",
      "parproc_status.py",
      "parproc_probe/__init__.py",
      "parproc_probe/trace.py",
      "parproc_probe/processes.py",
      "parproc_probe/locks.py",
      "parproc_probe/queues.py",
      "parproc_probe/managers.py",
      "parproc_probe/threads.py",
      "parproc_probe/sleeps.py",
      "parproc_probe/stdout.py",
      "parproc_probe/loader.py",
      "parproc_probe/startup.py",
      "parproc_probe/spawning.py",
      "parproc_probe/oscalls.py",
      "parproc_probe/methods.py");

  /** Copies the files to a new temporary folder, removed when the JVM exits. */
  public static ProbeFiles extract() throws HarnessException {
    try {
      Path folder = Files.createTempDirectory("parproc-probe-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
      for (String name : FILES) {
        try (InputStream in = ProbeFiles.class.getResourceAsStream(RESOURCES + name)) {
          if (in == null) {
            throw new HarnessException("the harness is incomplete: resource " + name + " is missing");
          }
          Path target = folder.resolve(name);
          Files.createDirectories(target.getParent());
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return new ProbeFiles(folder);
    } catch (IOException e) {
      throw new HarnessException("cannot write the probe to a temporary folder: " + e.getMessage(), e);
    }
  }

  public Path runner() {
    return folder.resolve("parproc_run.py");
  }

  public Path survey() {
    return folder.resolve("parproc_survey.py");
  }

  /** Removes the copied files, once no run needs them, rather than when the JVM exits. */
  public void delete() {
    deleteTree(folder);
  }

  private static void deleteTree(Path folder) {
    // What cannot go (the JVM is exiting) is the system's temporary-file cleaning's to remove.
    FileTrees.delete(folder);
  }
}
