package parproc.grader.os;

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

/**
 * System V objects as procfs lists them (sysvipc/shm, sem, msg: a header naming the columns, then
 * a line per object), removed with ipcrm; and the files of {@code /dev/shm}.
 */
record LinuxSharedObjects(Path proc, Path shm) implements SharedObjects {

  /** Each kind's procfs file, the column that holds its id, and ipcrm's option for it. */
  private static final Map<String, String[]> KINDS = Map.of(
      "shm", new String[] {"shmid", "-m"},
      "sem", new String[] {"semid", "-s"},
      "msg", new String[] {"msqid", "-q"});

  @Override
  public List<Ipc> ipcOwnedBy(int uid) {
    List<Ipc> owned = new ArrayList<>();
    for (String kind : List.of("shm", "sem", "msg")) {
      List<String> lines;
      try {
        lines = Files.readAllLines(proc.resolve("sysvipc").resolve(kind), StandardCharsets.US_ASCII);
      } catch (IOException | RuntimeException e) {
        continue;
      }
      if (lines.isEmpty()) {
        continue;
      }
      List<String> header = Arrays.asList(lines.get(0).trim().split("\\s+"));
      int idColumn = header.indexOf(KINDS.get(kind)[0]);
      int uidColumn = header.indexOf("uid");
      // The owner can give an object to another user (IPC_SET); its creator stays.
      int creatorColumn = header.indexOf("cuid");
      if (idColumn < 0 || uidColumn < 0) {
        continue;
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.trim().split("\\s+");
        try {
          if (fields.length > Math.max(Math.max(idColumn, uidColumn), creatorColumn)
              && (Integer.parseInt(fields[uidColumn]) == uid
                  || creatorColumn >= 0 && Integer.parseInt(fields[creatorColumn]) == uid)) {
            owned.add(new Ipc(kind, Long.parseLong(fields[idColumn]), uid));
          }
        } catch (NumberFormatException e) {
          // not an object's line
        }
      }
    }
    return owned;
  }

  @Override
  public List<String> removeAllOf(int uid) {
    List<String> left = new ArrayList<>();
    List<Ipc> owned = ipcOwnedBy(uid);
    if (!owned.isEmpty()) {
      List<String> command = new ArrayList<>(List.of("ipcrm"));
      owned.forEach(ipc -> command.addAll(List.of(KINDS.get(ipc.kind())[1], Long.toString(ipc.id()))));
      if (!Commands.succeeds(new ProcessBuilder(command), 10)) {
        owned.stream().filter(ipc -> ipcOwnedBy(uid).contains(ipc))
            .forEach(ipc -> left.add("System V " + ipc.kind() + " " + ipc.id()));
      }
    }
    // Files (sem.NAME, psm_...), and folders a program made: only the user's own, never through a link.
    try (DirectoryStream<Path> files = Files.newDirectoryStream(shm)) {
      for (Path file : files) {
        try {
          if ((int) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS) == uid) {
            left.addAll(FileTrees.delete(file));
          }
        } catch (IOException | RuntimeException e) {
          left.add(file.toString());
        }
      }
    } catch (IOException | RuntimeException e) {
      // no /dev/shm here, or it cannot be listed: nothing of the run's can be in it
    }
    return left;
  }
}
