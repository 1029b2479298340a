package parproc.grader.observations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import parproc.grader.runs.ExerciseRecording;
import parproc.grader.runs.RawRun;

/** Turns a raw run into an observation: parses the trace and rebuilds each process's lines. */
public final class Observer {

  /** The most the probe records of one write at once: what a stop between recording and writing can lose. */
  private static final int PIPE_BUF = 4096;

  private final List<String> configuredPrompts;

  /** @param prompts the prompts the exercise's program writes with {@code input()} */
  public Observer(List<String> prompts) {
    this.configuredPrompts = prompts.stream().map(TextNormalizer::normalize).toList();
  }

  /** Observes a run, parsing its whole trace. */
  public Observation observe(RawRun run) {
    return observe(run, new TraceParser());
  }

  /**
   * Observes a run whose trace was parsed in part while it was live: {@code live} holds what a
   * watch read then, which is parsed no more when it is the trace's beginning.
   */
  public Observation observe(RawRun run, TraceParser live) {
    Trace trace = live.finish(run.trace(), run.traceTruncated());
    List<String> prompts = new ArrayList<>(configuredPrompts);
    List<OutputLine> processLines = processLines(trace, prompts);
    // The trace accounts for the output when it holds exactly the bytes captured; when the
    // capture was cut at its limit, the trace (which has its own, larger limit) holds more.
    long traced = trace.outputBytes();
    boolean complete =
        trace.readable()
            && trace.root().isPresent()
            && (run.stdoutTruncated() ? traced >= run.stdout().length : traced == run.stdout().length);
    List<OutputLine> printedLines = printedLines(run.stdoutText(), prompts);
    return new Observation(run, trace, complete, processLines, printedLines, gap(run, trace, traced));
  }

  /**
   * What the record of a run that the grader ran to its end fails to account for. The runner
   * writes the run's start before any of the program runs, and the probe writes only the kinds
   * it knows, one whole record per write; so a record without that start, or with a line that is
   * no record, was made so by the program.
   */
  private static EvidenceGap gap(RawRun run, Trace trace, long traced) {
    if (run.harnessError() != null || RawRun.SKIPPED.equals(run.stopped())) {
      return null;
    }
    if (run.traceTampered() != null) {
      return new EvidenceGap(EvidenceGap.Kind.CUT, run.traceTampered());
    }
    if (trace.root().isEmpty()) {
      return new EvidenceGap(EvidenceGap.Kind.CUT, trace.events().isEmpty()
          ? "the grader's record of this run was removed or emptied"
          : "the grader's record of this run lacks its start, which the grader writes before the program runs");
    }
    if (run.traceTruncated()) {
      return new EvidenceGap(EvidenceGap.Kind.OVER_LIMIT, "the grader's record of this run grew past its limit,"
          + " so what came after was not seen");
    }
    if (!trace.readable()) {
      return new EvidenceGap(EvidenceGap.Kind.FORGED, "the grader's record of this run holds lines that are no"
          + " record, written into it by the program");
    }
    if (trace.all(TraceEvent.Other.class).findAny().isPresent()) {
      return new EvidenceGap(EvidenceGap.Kind.FORGED, "the grader's record of this run holds records of a kind"
          + " the grader never writes (" + trace.all(TraceEvent.Other.class).findFirst().orElseThrow().event()
          + "), written into it by the program");
    }
    Witness witness = run.witness() == null ? null : Witness.parse(run.witness());
    if (witness != null) {
      Optional<WitnessCrossCheck.Contradiction> contradiction = WitnessCrossCheck.contradiction(run, trace, witness);
      if (contradiction.isPresent()) {
        return new EvidenceGap(EvidenceGap.Kind.CONTRADICTED, contradiction.get().message(),
            contradiction.get().pid(), contradiction.get().micros());
      }
    }
    long captured = run.stdout().length;
    if (captured > traced) {
      return new EvidenceGap(EvidenceGap.Kind.PAST_THE_PROBE, String.format(Locale.ROOT, "%,d bytes of its output"
          + " reached stdout without passing through the grader's probe (written below print, or by a process"
          + " multiprocessing did not start), so %s", captured - traced, unrecordedWriters(witness, trace)));
    }
    if (traced > captured && !run.stdoutTruncated()) {
      // A process stopped between recording a write and making it leaves at most one recorded
      // write of its own behind; more than that the program recorded without writing.
      long writers = trace.all(TraceEvent.Output.class).map(TraceEvent::pid).distinct().count();
      boolean oneWriteEach = traced - captured <= writers * PIPE_BUF;
      return new EvidenceGap(oneWriteEach ? EvidenceGap.Kind.AHEAD_OF_OUTPUT : EvidenceGap.Kind.FORGED,
          String.format(Locale.ROOT, "the grader's record of this run holds %,d bytes of output that never"
              + " reached stdout", traced - captured));
    }
    return null;
  }

  /**
   * Who wrote output the probe did not record: unknown to the probe alone, and named where the
   * kernel witness saw the writes (which lock each held stays unknown).
   */
  private static String unrecordedWriters(Witness witness, Trace trace) {
    if (witness == null) {
      return "who wrote them is unknown";
    }
    Set<Long> recorded = new HashSet<>();
    trace.all(TraceEvent.Output.class).forEach(output -> recorded.add(output.pid()));
    List<Long> writers = witness.descriptor(1).map(stdout -> witness.writesTo(stdout).stream()
        .map(Witness.Write::pid).filter(pid -> !recorded.contains(pid)).distinct().sorted().toList())
        .orElse(List.of());
    return writers.isEmpty() ? "which lock each writer held is unknown"
        : "which lock each writer held is unknown (the kernel saw process" + (writers.size() == 1 ? " " : "es ")
            + String.join(", ", writers.stream().map(String::valueOf).toList()) + " write them)";
  }

  /** Observes every run of a recorded exercise. */
  public ObservedExercise observe(ExerciseRecording recording) {
    return new ObservedExercise(recording.exercise(), recording.runs().stream().map(this::observe).toList());
  }

  /**
   * Each process's writes joined and cut at newlines. What a process wrote before it read stdin
   * is prompting (the prompt of {@code input()}, or a line such as "Name please:"): it is dropped
   * here and stripped from the captured output too.
   */
  private static List<OutputLine> processLines(Trace trace, List<String> prompts) {
    Map<Long, Builder> open = new LinkedHashMap<>();
    List<OutputLine> lines = new ArrayList<>();
    for (TraceEvent event : trace.events()) {
      if (event instanceof TraceEvent.Output output) {
        Builder builder = open.computeIfAbsent(output.pid(), pid -> new Builder());
        String data = output.data();
        int start = 0;
        int newline;
        while ((newline = data.indexOf('\n', start)) >= 0) {
          builder.add(data.substring(start, newline), output);
          lines.add(builder.build(output.pid(), prompts));
          builder = new Builder();
          open.put(output.pid(), builder);
          start = newline + 1;
        }
        if (start < data.length()) {
          builder.add(data.substring(start), output);
        }
      } else if (event instanceof TraceEvent.InputRead read) {
        Builder builder = open.get(read.pid());
        if (builder != null && builder.hasText()) {
          addPrompt(prompts, builder.text.toString());
          open.put(read.pid(), new Builder());
        }
        lines.removeIf(line -> {
          boolean prompting = line.writer() == read.pid();
          if (prompting) {
            addPrompt(prompts, line.raw());
          }
          return prompting;
        });
      }
    }
    open.forEach((pid, builder) -> {
      if (builder.hasText()) {
        lines.add(builder.build(pid, prompts));
      }
    });
    lines.sort(Comparator.comparingInt(OutputLine::lastEvent));
    List<OutputLine> numbered = new ArrayList<>();
    for (OutputLine line : lines) {
      numbered.add(new OutputLine(line.raw(), line.text(), line.writer(), line.firstEvent(),
          line.lastEvent(), line.heldPerWrite(), numbered.size()));
    }
    return numbered;
  }

  private static void addPrompt(List<String> prompts, String text) {
    String prompt = TextNormalizer.normalize(text);
    if (!prompt.isEmpty() && !prompts.contains(prompt)) {
      prompts.add(prompt);
    }
  }

  private static List<OutputLine> printedLines(String stdout, List<String> prompts) {
    List<OutputLine> lines = new ArrayList<>();
    String[] parts = stdout.split("\n", -1);
    int count = stdout.endsWith("\n") ? parts.length - 1 : parts.length;
    for (int i = 0; i < count; i++) {
      String raw = parts[i].endsWith("\r") ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
      String text = TextNormalizer.stripPrompts(TextNormalizer.normalize(raw), prompts);
      lines.add(new OutputLine(raw, text, 0, -1, -1, List.of(), lines.size()));
    }
    return lines;
  }

  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    final List<List<String>> held = new ArrayList<>();
    int first = -1;
    int last = -1;

    void add(String piece, TraceEvent.Output output) {
      text.append(piece);
      held.add(output.held());
      if (first < 0) {
        first = output.index();
      }
      last = output.index();
    }

    boolean hasText() {
      return text.length() > 0;
    }

    OutputLine build(long pid, List<String> prompts) {
      String raw = text.toString();
      String normalized = TextNormalizer.stripPrompts(TextNormalizer.normalize(raw), prompts);
      return new OutputLine(raw, normalized, pid, first, last, held, 0);
    }
  }
}
