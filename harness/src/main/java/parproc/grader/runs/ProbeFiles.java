package parproc.grader.runs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The Python side of the harness, copied from the jar's resources to a folder of its own so
 * that the interpreter can run it (and re-import it in spawned children).
 */
public record ProbeFiles(Path folder) {

  private static final String RESOURCES = "/parproc/probe/";
  private static final List<String> FILES =
      List.of("parproc_probe.py", "parproc_run.py", "parproc_survey.py");

  /** Copies the files to a new temporary folder, removed when the JVM exits. */
  public static ProbeFiles extract() throws HarnessException {
    try {
      Path folder = Files.createTempDirectory("parproc-probe-");
      folder.toFile().deleteOnExit();
      for (String name : FILES) {
        try (InputStream in = ProbeFiles.class.getResourceAsStream(RESOURCES + name)) {
          if (in == null) {
            throw new HarnessException("the harness is incomplete: resource " + name + " is missing");
          }
          Path target = folder.resolve(name);
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          target.toFile().deleteOnExit();
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
}
