package parproc.grader.observations;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One printed line: as one process wrote it (from the trace), or as it stands in the captured
 * output (where unlocked processes may have mixed their writes).
 *
 * @param raw the text as written, without its newline
 * @param text the normalised text the checks compare, prompts removed
 * @param writer the pid of the process that wrote it, 0 when unknown (a line of the captured
 *     output)
 * @param firstEvent trace index of its first write, -1 when unknown
 * @param lastEvent trace index of its last write, -1 when unknown
 * @param heldPerWrite for each write of the line, the locks the writer held
 * @param position its place among the lines of its view, from 0
 */
public record OutputLine(
    String raw,
    String text,
    long writer,
    int firstEvent,
    int lastEvent,
    List<List<String>> heldPerWrite,
    int position) {

  public OutputLine {
    heldPerWrite = heldPerWrite.stream().map(List::copyOf).toList();
  }

  public boolean blank() {
    return text.isEmpty();
  }

  /** The locks held during every write of the line. */
  public Set<String> heldThroughout() {
    if (heldPerWrite.isEmpty()) {
      return Set.of();
    }
    Set<String> common = new HashSet<>(heldPerWrite.get(0));
    heldPerWrite.forEach(common::retainAll);
    return common;
  }

  /** True when some write of the line was made holding no lock at all. */
  public boolean someWriteUnlocked() {
    return heldPerWrite.stream().anyMatch(List::isEmpty);
  }
}
