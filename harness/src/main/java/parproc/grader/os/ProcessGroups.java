package parproc.grader.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The members of a POSIX process group, by its id: the JDK knows no groups, so they are read from
 * {@code ps}, which every POSIX system has. A group's id cannot be taken by another process while
 * the group has a member, so every pid listed under the id of the run's group is the run's.
 */
interface ProcessGroups {

  /** The pids of the group's members now; empty where they cannot be listed. */
  List<Long> members(long group);

  /** No groups (Windows): a run's processes are its tree. */
  ProcessGroups NONE = group -> List.of();

  /** The group's members as {@code ps -A -o pid= -o pgid=} lists them. */
  static ProcessGroups listedByPs() {
    return group -> {
      Path listing = null;
      try {
        // Into a file, not a pipe: the wait's limit holds whatever ps does, and any number of
        // processes fits.
        listing = Files.createTempFile("parproc-ps-", ".txt");
        Process ps = new ProcessBuilder("ps", "-A", "-o", "pid=", "-o", "pgid=")
            .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(listing.toFile()).start();
        ps.getOutputStream().close();
        if (!ps.waitFor(5, TimeUnit.SECONDS)) {
          ps.destroyForcibly();
          return List.of();
        }
        return ps.exitValue() == 0 ? membersIn(Files.readString(listing, StandardCharsets.US_ASCII), group) : List.of();
      } catch (IOException e) {
        return List.of();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return List.of();
      } finally {
        if (listing != null) {
          FileTrees.delete(listing);
        }
      }
    };
  }

  /** The pids whose group is {@code group}, in a listing of "pid pgid" lines. */
  static List<Long> membersIn(String listing, long group) {
    List<Long> members = new ArrayList<>();
    for (String line : listing.split("\n")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length == 2) {
        try {
          if (Long.parseLong(fields[1]) == group) {
            members.add(Long.parseLong(fields[0]));
          }
        } catch (NumberFormatException e) {
          // a header or a line of another shape: not a member
        }
      }
    }
    return members;
  }
}
