package parproc.grader.observations;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kernel witness's record of a run, parsed (its lines are described in parproc-enter.c): every
 * process with its kernel parent and exit status, every write with its writer, its target and its
 * bytes, and the calls it refused. Times are the machine's monotonic clock in microseconds, the
 * clock the probe reads too.
 *
 * @param program the pid of the program the supervisor started
 * @param descriptors what the program's descriptors named at its start: 1 its stdout, 2 its
 *     stderr, 3 its trace
 * @param refused the calls the witness refused, each "pid call" (its own ptrace, say)
 * @param full whether the run outgrew the witness's record and was stopped for it
 * @param whole whether every line was a record the witness writes
 */
public record Witness(long program, Map<Long, Process> processes, Map<Integer, String> descriptors,
    List<Write> writes, List<String> refused, boolean full, boolean whole) {

  /**
   * A process as the kernel saw it.
   *
   * @param parent the process that made it (its kernel parent), 0 for the program
   * @param exit its exit status (128+n for signal n), null while it ran
   */
  public record Process(long pid, long parent, long started, Integer exit) {}

  /**
   * One write: between {@code entered} and {@code ended} the thread {@code tid} of process
   * {@code pid} wrote {@code written} bytes into what {@code fd} named ({@code target}).
   *
   * @param bytes what it wrote, as far as the witness read them; null when they came from another
   *     descriptor (sendfile, splice)
   */
  public record Write(long entered, long ended, long tid, long pid, int fd, String target, long written,
      byte[] bytes) {

    /** Whether the witness read every byte it wrote. */
    public boolean whole() {
      return bytes != null && bytes.length == written;
    }
  }

  public Witness {
    processes = Map.copyOf(processes);
    descriptors = Map.copyOf(descriptors);
    writes = List.copyOf(writes);
    refused = List.copyOf(refused);
  }

  /** Parses the record's lines; a line that is no record of the witness's makes it not whole. */
  public static Witness parse(List<String> lines) {
    long program = -1;
    Map<Long, Process> processes = new LinkedHashMap<>();
    Map<Integer, String> descriptors = new LinkedHashMap<>();
    List<Write> writes = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    boolean full = false;
    boolean whole = true;
    for (String line : lines) {
      if (line.isEmpty()) {
        continue; // before the line that says the record is full
      }
      String[] f = line.split(" ");
      try {
        switch (f[0]) {
          case "S" -> {
            program = Long.parseLong(f[2]);
            processes.put(program, new Process(program, 0, Long.parseLong(f[1]), null));
          }
          case "O" -> descriptors.put(Integer.parseInt(f[3]), f[4]);
          case "F" -> {
            if (f[4].equals("p")) {
              long child = Long.parseLong(f[3]);
              processes.put(child, new Process(child, Long.parseLong(f[2]), Long.parseLong(f[1]), null));
            }
          }
          case "X" -> {
            long tid = Long.parseLong(f[2]);
            Process process = processes.get(tid);
            if (process != null && tid == Long.parseLong(f[3])) {
              processes.put(tid, new Process(tid, process.parent(), process.started(), Integer.parseInt(f[4])));
            }
          }
          case "W" -> writes.add(new Write(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
              Long.parseLong(f[4]), Integer.parseInt(f[5]), f[6], Long.parseLong(f[7]),
              f.length < 9 ? new byte[0] : f[8].equals("-") ? null : HexFormat.of().parseHex(f[8])));
          case "D" -> refused.add(f[3] + " " + f[4]);
          case "L" -> full = true;
          case "E" -> { }
          default -> whole = false;
        }
      } catch (RuntimeException e) {
        whole = false;
      }
    }
    return new Witness(program, processes, descriptors, writes, refused, full, whole);
  }

  /** What the program's descriptor named at its start ("pipe:[123]"), if the record says. */
  public Optional<String> descriptor(int fd) {
    return Optional.ofNullable(descriptors.get(fd));
  }

  /** The writes into one target, in the order the witness saw them end. */
  public List<Write> writesTo(String target) {
    return writes.stream().filter(write -> write.target().equals(target)).toList();
  }
}
