package parproc.grader.observations;

import java.util.List;
import java.util.Optional;
import parproc.grader.runs.RawRun;

/**
 * What the harness saw of one run: the raw run, the parsed trace, and the printed lines in two
 * views — per process from the trace, and as captured.
 *
 * @param traceComplete true when the trace accounts for every byte of the captured output, so
 *     that the per-process view is the whole output; false when the program wrote past the
 *     probe (or output was cut at its size limit), and checks fall back to the captured text
 * @param processLines lines as each process wrote them, ordered by their last write
 * @param printedLines lines of the captured output, in order
 * @param gap what the grader's record of the run fails to account for, or null when it is whole
 */
public record Observation(
    RawRun run,
    Trace trace,
    boolean traceComplete,
    List<OutputLine> processLines,
    List<OutputLine> printedLines,
    EvidenceGap gap) {

  public Observation {
    processLines = List.copyOf(processLines);
    printedLines = List.copyOf(printedLines);
  }

  /** What the grader's record of the run fails to account for, if anything. */
  public Optional<EvidenceGap> evidenceGap() {
    return Optional.ofNullable(gap);
  }

  /** The pid of the graded process (the parent). */
  public long rootPid() {
    return run.pid();
  }

  /** The lines checks judge: each process's own when the trace is complete, else the captured. */
  public List<OutputLine> judgedLines() {
    return traceComplete ? processLines : printedLines;
  }

  /** Non-blank judged lines. */
  public List<OutputLine> judgedNonBlankLines() {
    return judgedLines().stream().filter(line -> !line.blank()).toList();
  }
}
