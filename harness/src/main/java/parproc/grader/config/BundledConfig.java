package parproc.grader.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The module's grading-config as the grader's jar carries it, read in place: a student who has
 * only the jar grades by it, and an instructor's own folder ({@code --config}) still wins.
 */
public final class BundledConfig {

  /** Where the build puts the project's grading-config among the jar's resources. */
  static final String RESOURCE = "/parproc/grading-config";

  /** Each exercise of the module has a file there; this one marks the folder. */
  private static final String MARKER = RESOURCE + "/procEx.yaml";

  private BundledConfig() {}

  /**
   * The folder of the bundled grading-config: a folder of the jar's own file system when the
   * grader runs from its jar, a folder of the build's classes otherwise; empty when the grader
   * was built without it.
   */
  public static Optional<Path> folder() {
    URL marker = BundledConfig.class.getResource(MARKER);
    if (marker == null) {
      return Optional.empty();
    }
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        return Optional.of(jarFileSystem(uri).getPath(RESOURCE));
      }
      Path folder = Path.of(uri).getParent();
      return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code folder} is the bundled grading-config, to name it as such to the user. */
  public static boolean isBundled(Path folder) {
    return folder != null && folder().map(folder::equals).orElse(false);
  }

  /** The jar's file system, opened once for the JVM's life (a second open is refused). */
  private static FileSystem jarFileSystem(URI entry) throws IOException {
    String text = entry.toString();
    URI jar = URI.create(text.substring(0, text.indexOf("!/")));
    synchronized (BundledConfig.class) {
      try {
        return FileSystems.newFileSystem(jar, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        return FileSystems.getFileSystem(jar);
      }
    }
  }
}
