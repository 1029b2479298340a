package parproc.grader.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a run's user left in the machine's shared places, read by the tests apart from the
 * grader's own code: System V objects it owns or created ({@code /proc/sysvipc/*}, the uid and
 * cuid columns) and entries of {@code /dev/shm} it owns. For tests of permissions isolation,
 * where runs share these with the machine.
 */
public final class SharedLeftovers {

  private static final Map<String, String[]> KINDS = Map.of(
      "shm", new String[] {"shmid", "-m"},
      "sem", new String[] {"semid", "-s"},
      "msg", new String[] {"msqid", "-q"});

  private SharedLeftovers() {}

  /** Everything of {@code uid}'s in those places, each named ("System V shm 4", "/dev/shm/x"). */
  public static List<String> of(int uid) {
    List<String> left = new ArrayList<>();
    for (String kind : List.of("shm", "sem", "msg")) {
      for (long id : ipc(kind, uid)) {
        left.add("System V " + kind + " " + id);
      }
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/dev/shm"))) {
      for (Path entry : entries) {
        if ((int) Files.getAttribute(entry, "unix:uid", LinkOption.NOFOLLOW_LINKS) == uid) {
          left.add(entry.toString());
        }
      }
    } catch (IOException e) {
      // no /dev/shm: nothing can be left in it
    }
    return left;
  }

  /** Removes what {@link #of} finds of {@code uid}'s, which a test's own run made. */
  public static void remove(int uid) throws IOException, InterruptedException {
    for (String kind : List.of("shm", "sem", "msg")) {
      for (long id : ipc(kind, uid)) {
        new ProcessBuilder("ipcrm", KINDS.get(kind)[1], Long.toString(id)).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
      }
    }
    for (String entry : of(uid)) {
      if (entry.startsWith("/dev/shm/")) {
        Grading.delete(Path.of(entry));
      }
    }
  }

  private static List<Long> ipc(String kind, int uid) {
    List<Long> ids = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of("/proc/sysvipc", kind), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      return ids;
    }
    if (lines.isEmpty()) {
      return ids;
    }
    List<String> header = Arrays.asList(lines.get(0).trim().split("\\s+"));
    int id = header.indexOf(KINDS.get(kind)[0]);
    int owner = header.indexOf("uid");
    int creator = header.indexOf("cuid");
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length > Math.max(id, Math.max(owner, creator))
          && (fields[owner].equals(Integer.toString(uid)) || fields[creator].equals(Integer.toString(uid)))) {
        ids.add(Long.parseLong(fields[id]));
      }
    }
    return ids;
  }
}
