package parproc.grader.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A program of the module written as the actions each of its processes takes, for the schedule
 * simulator: each write is one write to stdout, as CPython makes them with unbuffered output.
 */
public final class ModelProgram {

  /** One step of one process. */
  public sealed interface Action {}

  public record Write(String text) implements Action {}

  public record Acquire(String lock) implements Action {}

  public record Release(String lock) implements Action {}

  public record CreateLock(String lock) implements Action {}

  public record Put(String queue, Object value) implements Action {}

  public record Get(String queue) implements Action {}

  public record Start(int child) implements Action {}

  public record Join(int child) implements Action {}

  public record Read() implements Action {}

  /** A process: its target's name and its actions; process 0 is the parent. */
  public record Process(String target, List<Action> actions) {}

  private final List<Process> processes = new ArrayList<>();
  private final Map<String, String> input;
  private final String stdin;

  public ModelProgram(Map<String, String> input, String stdin) {
    this.input = input;
    this.stdin = stdin;
  }

  public static ModelProgram noInput() {
    return new ModelProgram(Map.of(), "");
  }

  /** Adds a process and returns its number. */
  public int process(String target, List<Action> actions) {
    processes.add(new Process(target, List.copyOf(actions)));
    return processes.size() - 1;
  }

  public List<Process> processes() {
    return processes;
  }

  public Map<String, String> input() {
    return input;
  }

  public String stdin() {
    return stdin;
  }

  /** The writes of {@code print(*arguments)}: each argument, each separator, the newline. */
  public static List<Action> print(Object... arguments) {
    List<Action> writes = new ArrayList<>();
    for (int i = 0; i < arguments.length; i++) {
      if (i > 0) {
        writes.add(new Write(" "));
      }
      writes.add(new Write(String.valueOf(arguments[i])));
    }
    writes.add(new Write("\n"));
    return writes;
  }

  /** The pid the simulator gives process {@code number}. */
  public static long pid(int number) {
    return 1000 + number;
  }
}
