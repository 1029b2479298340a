package parproc.grader.runs.isolation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import parproc.grader.os.Commands;

/**
 * The one-process set-up of a run (parproc-enter), taken prebuilt from the jar or compiled from its
 * C source on the first grading as root, and kept in a cache only root can write: where it works, a
 * run starts with one exec instead of a chain of seven system tools, which saves 4 to 6 ms of CPU
 * per run here, and the run has a kernel witness. Where the jar carries none for this architecture
 * and no C compiler is found, or the binary fails its first use, the chain does the same work.
 */
final class NativeSetUp {

  private static final String SOURCE = "/parproc/enter/parproc-enter.c";

  /**
   * Where the jar carries the helper prebuilt (statically linked, by the build on Linux; see
   * src/build/prebuild-enter), in a folder per architecture as Java names it (amd64, aarch64).
   */
  private static final String PREBUILT = "/parproc/enter/prebuilt/";

  /**
   * The system property that, set to "tools", sets runs up with the chain of system tools, as on
   * a machine with no C compiler: to compare the two, or to rule the helper out.
   */
  static final String PROPERTY = "parproc.setup";

  private static final List<String> COMPILERS = List.of("/usr/bin/cc", "/usr/bin/gcc", "/usr/bin/clang", "/bin/cc");

  private NativeSetUp() {}

  /**
   * The compiled helper that passes {@code trial}, or empty where none can be had (then the
   * chain of tools serves).
   */
  static Optional<Path> find(Path privateFolder, Predicate<Path> trial) {
    return find(privateFolder, rootOnlyCache(Path.of("/var/cache/parproc")), trial);
  }

  /** As {@link #find(Path, Optional, Optional, Predicate)}, with the helper this jar carries. */
  static Optional<Path> find(Path privateFolder, Optional<Path> cache, Predicate<Path> trial) {
    try {
      return find(privateFolder, cache, prebuilt(source()), trial);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The helper from {@code cache} where it is there, only root can change it, and it passes
   * {@code trial}; else the {@code prebuilt} one, written into {@code privateFolder}, where it
   * passes; else one compiled there that passes it. The one found is moved into the cache for the
   * next grading (replacing one that failed its trial), or kept in the private folder where the
   * cache cannot take it.
   */
  static Optional<Path> find(Path privateFolder, Optional<Path> cache, Optional<byte[]> prebuilt,
      Predicate<Path> trial) {
    try {
      byte[] source = source();
      String name = fileName(source);
      Path cached = cache.map(folder -> folder.resolve(name)).orElse(null);
      if (cached != null && Files.exists(cached, LinkOption.NOFOLLOW_LINKS)) {
        if (!rootOnly(cached)) {
          // Someone else could have written it: never run it, nor replace it (a bug or an attack
          // the machine's owner should see); this grading compiles its own.
          cached = null;
        } else if (trial.test(cached)) {
          return Optional.of(cached);
        }
      }
      Path target = privateFolder.resolve(name);
      Optional<Path> found = unpacked(prebuilt, target).filter(trial);
      if (found.isEmpty()) {
        found = compile(source, target).filter(trial);
      }
      if (found.isEmpty()) {
        Files.deleteIfExists(target);
        return Optional.empty();
      }
      return Optional.of(cached == null ? found.get() : intoCache(found.get(), cached));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Moves the built helper into the cache whole (a grader starting at the same moment never
   * runs half a file) and returns where it is then: the cache, or the private folder where the
   * cache would not take it.
   */
  private static Path intoCache(Path built, Path cached) {
    Path part = null;
    try {
      part = Files.createTempFile(cached.getParent(), cached.getFileName().toString(), ".part");
      Files.copy(built, part, StandardCopyOption.REPLACE_EXISTING);
      Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rwx------"));
      Files.move(part, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(built);
      return cached;
    } catch (IOException e) {
      // the cache is full or read-only: this grading uses its own copy, the next compiles again
      try {
        if (part != null) {
          Files.deleteIfExists(part);
        }
      } catch (IOException ignored) {
        // left in root's cache folder, where no one else can use it
      }
      return built;
    }
  }

  /** The helper's file name: its source's hash, so that a changed source is compiled anew. */
  static String fileName(byte[] source) {
    return "parproc-enter-" + HexFormat.of().formatHex(sha256(source), 0, 8);
  }

  /**
   * The helper the jar carries prebuilt from {@code source} for this machine's architecture, where
   * it carries one: its name holds the source's hash, so a helper built from another source is
   * never taken.
   */
  static Optional<byte[]> prebuilt(byte[] source) throws IOException {
    String resource = PREBUILT + System.getProperty("os.arch") + "/" + fileName(source);
    try (InputStream in = NativeSetUp.class.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    }
  }

  /** The prebuilt helper written to {@code target}, for its owner alone to run. */
  private static Optional<Path> unpacked(Optional<byte[]> prebuilt, Path target) throws IOException {
    if (prebuilt.isEmpty()) {
      return Optional.empty();
    }
    Files.deleteIfExists(target);
    Files.write(target, prebuilt.get());
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
    return Optional.of(target);
  }

  /** The helper's C source, as the jar holds it. */
  static byte[] source() throws IOException {
    try (InputStream in = NativeSetUp.class.getResourceAsStream(SOURCE)) {
      if (in == null) {
        throw new IOException("the harness is incomplete: resource " + SOURCE + " is missing");
      }
      return in.readAllBytes();
    }
  }

  /** The C compiler the helper is compiled with, where the machine has one. */
  static Optional<String> compiler() {
    return COMPILERS.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst();
  }

  /** Compiles the source to {@code target}, statically where the C library allows it. */
  private static Optional<Path> compile(byte[] source, Path target) throws IOException {
    String compiler = compiler().orElse(null);
    if (compiler == null) {
      return Optional.empty();
    }
    Path file = target.resolveSibling(target.getFileName() + ".c");
    Files.write(file, source);
    try {
      // Static: no dynamic loader at each run's start, a little less CPU per run.
      for (List<String> flags : List.of(List.of("-static"), List.<String>of())) {
        List<String> command = new ArrayList<>(List.of(compiler, "-O2", "-o", target.toString()));
        command.addAll(flags);
        command.add(file.toString());
        if (succeeds(command, target.getParent()) && Files.isExecutable(target)) {
          Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
          return Optional.of(target);
        }
      }
      return Optional.empty();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The cache folder, made or found owned by root and closed to everyone else; else empty. */
  static Optional<Path> rootOnlyCache(Path cache) {
    try {
      if (!Files.isDirectory(cache.getParent())) {
        return Optional.empty();
      }
      if (!Files.exists(cache, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectory(cache, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      return rootOnly(cache.getParent()) && rootOnly(cache) ? Optional.of(cache) : Optional.empty();
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /**
   * True when the path is no link, is owned by root, and no one else may write it: the helper
   * runs as root, so a file another user could replace would be theirs to run as root.
   */
  private static boolean rootOnly(Path path) throws IOException {
    PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Set<PosixFilePermission> permissions = attributes.permissions();
    Object owner = Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    return !attributes.isSymbolicLink() && Integer.valueOf(0).equals(owner)
        && !permissions.contains(PosixFilePermission.GROUP_WRITE) && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
  }

  /**
   * Runs the compiler with an environment of its own: what it builds runs as root in every later
   * grading, so nothing of the grader's environment (search paths, a TMPDIR) may steer it.
   */
  private static boolean succeeds(List<String> command, Path folder) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().clear();
    builder.environment().putAll(Map.of("PATH", "/usr/bin:/bin", "TMPDIR", folder.toString(), "LC_ALL", "C"));
    return Commands.succeeds(builder, 60);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
