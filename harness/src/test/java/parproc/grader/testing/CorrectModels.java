package parproc.grader.testing;

import static parproc.grader.testing.ModelProgram.pid;
import static parproc.grader.testing.ModelProgram.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import parproc.grader.testing.ModelProgram.Acquire;
import parproc.grader.testing.ModelProgram.Action;
import parproc.grader.testing.ModelProgram.CreateLock;
import parproc.grader.testing.ModelProgram.Get;
import parproc.grader.testing.ModelProgram.Join;
import parproc.grader.testing.ModelProgram.Put;
import parproc.grader.testing.ModelProgram.Read;
import parproc.grader.testing.ModelProgram.Release;
import parproc.grader.testing.ModelProgram.Start;
import parproc.grader.testing.ModelProgram.Write;

/** The module's twelve programs, correct, as models for the schedule simulator. */
public final class CorrectModels {

  private CorrectModels() {}

  public static List<String> exercises() {
    return List.of("procEx", "procEx2", "manyGreetings", "manyGreetings2", "manyGreetings3", "manyGreetings4",
        "assignDiggers", "sendName", "sendName2", "haveToWait", "addTwoPar", "addManyPar");
  }

  /** The model of an exercise; {@code random} picks its input and random values. */
  public static ModelProgram of(String exercise, Random random) {
    return switch (exercise) {
      case "procEx" -> greeters(1, "(parent process)", n -> print("Hi from process", pid(n)));
      case "procEx2" -> greeters(3, "(parent process)", n -> print("Hi from process", pid(n)));
      case "manyGreetings" -> greeters(3, "(main process)", n -> print("Hi", "Jimmy", "from process", pid(n)));
      case "manyGreetings3" -> greeters(10, "(parent process)",
          n -> print("Hi", "Jimmy", "from process", n - 1, "- pid", pid(n)));
      case "manyGreetings2" -> manyGreetings2(random);
      case "manyGreetings4" -> locked(10, n -> print("Hi", "p" + (n - 1), "from process", pid(n)), true);
      case "assignDiggers" -> locked(10, n -> print("Hiddy-ho! I'm worker", (char) ('A' + n - 1),
          "and today I have to dig hole", n - 1), false);
      case "sendName" -> sendName();
      case "sendName2" -> sendName2();
      case "haveToWait" -> haveToWait();
      case "addTwoPar" -> addTwoPar(random);
      case "addManyPar" -> addManyPar(random);
      default -> throw new IllegalArgumentException(exercise);
    };
  }

  private interface Lines {
    List<Action> of(int process);
  }

  private static ModelProgram greeters(int children, String label, Lines greeting) {
    ModelProgram program = ModelProgram.noInput();
    List<Action> parent = new ArrayList<>(print("Hi from process", pid(0), label));
    for (int n = 1; n <= children; n++) {
      parent.add(new Start(n));
    }
    program.process("entry", parent);
    for (int n = 1; n <= children; n++) {
      program.process("sayHi", greeting.of(n));
    }
    return program;
  }

  private static ModelProgram locked(int children, Lines line, boolean parentLine) {
    ModelProgram program = ModelProgram.noInput();
    List<Action> parent = new ArrayList<>();
    parent.add(new CreateLock("L1"));
    if (parentLine) {
      parent.addAll(print("Hi from process", pid(0), "(main process)"));
    }
    for (int n = 1; n <= children; n++) {
      parent.add(new Start(n));
    }
    program.process("entry", parent);
    for (int n = 1; n <= children; n++) {
      List<Action> child = new ArrayList<>();
      child.add(new Acquire("L1"));
      child.addAll(line.of(n));
      child.add(new Release("L1"));
      program.process("worker", child);
    }
    return program;
  }

  private static ModelProgram manyGreetings2(Random random) {
    String[] names = {"Jimmy", "Mary Ann", "Zoë", "O'Brien", "José María"};
    String name = names[random.nextInt(names.length)];
    int count = random.nextInt(6);
    Map<String, String> input = new LinkedHashMap<>();
    input.put("name", name);
    input.put("count", String.valueOf(count));
    ModelProgram program = new ModelProgram(input, name + "\n" + count + "\n");
    List<Action> parent = new ArrayList<>(List.of(new Write("Enter your name: "), new Read(),
        new Write("How many processes? "), new Read()));
    for (int n = 1; n <= count; n++) {
      parent.add(new Start(n));
    }
    program.process("entry", parent);
    for (int n = 1; n <= count; n++) {
      program.process("sayHi2", print("Hi", name, "from process", pid(n)));
    }
    return program;
  }

  private static ModelProgram sendName() {
    ModelProgram program = ModelProgram.noInput();
    List<Action> parent = new ArrayList<>();
    parent.add(new Start(1));
    parent.addAll(print("(parent process) Ok, I'll send the name"));
    parent.add(new Put("Q1", "Jimmy"));
    program.process("entry", parent);
    List<Action> child = new ArrayList<>(print("(child process) Waiting for name..."));
    child.add(new Get("Q1"));
    child.addAll(print("(child process) Well, hi", "Jimmy"));
    program.process("greet", child);
    return program;
  }

  private static ModelProgram sendName2() {
    ModelProgram program = ModelProgram.noInput();
    List<Action> parent = new ArrayList<>();
    parent.add(new Start(1));
    List<Action> child = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      parent.addAll(print("(main process) Ok, I'll send the name"));
      parent.add(new Put("Q1", "George" + i));
      child.add(new Write("\n"));
      child.addAll(print("(child process) Waiting for name", i));
      child.add(new Get("Q1"));
      child.addAll(print("(child process) Well, hi", "George" + i));
    }
    program.process("entry", parent);
    program.process("greet2", child);
    return program;
  }

  private static ModelProgram haveToWait() {
    ModelProgram program = ModelProgram.noInput();
    List<Action> parent = new ArrayList<>(List.of(new CreateLock("L1"), new Start(1)));
    parent.addAll(print("Waiter: Any day now..."));
    parent.add(new Join(1));
    parent.addAll(print("Waiter: Finally! Geez."));
    program.process("entry", parent);
    List<Action> child = new ArrayList<>(List.of(new Acquire("L1")));
    child.addAll(print("Slowpoke: Ok, I'm coming"));
    child.add(new Release("L1"));
    program.process("slowpoke", child);
    return program;
  }

  private static ModelProgram addTwoPar(Random random) {
    long a = random.nextInt(2001) - 1000;
    long b = random.nextInt(2001) - 1000;
    Map<String, String> input = new LinkedHashMap<>();
    input.put("a", String.valueOf(a));
    input.put("b", String.valueOf(b));
    ModelProgram program = new ModelProgram(input, a + "\n" + b + "\n");
    List<Action> parent = new ArrayList<>(List.of(new Write("Enter first number: "), new Read(),
        new Write("Enter second number: "), new Read(), new Start(1), new Get("Q1")));
    parent.addAll(print("The sum is:", a + b));
    program.process("entry", parent);
    program.process("addTwoNumbers", List.of(new Put("Q1", a + b)));
    return program;
  }

  private static ModelProgram addManyPar(Random random) {
    long first = 25_250_000 + random.nextInt(40_001) - 20_000;
    long second = 25_250_000 + random.nextInt(40_001) - 20_000;
    ModelProgram program = ModelProgram.noInput();
    List<Action> parent = new ArrayList<>(List.of(new Start(1), new Start(2), new Get("Q1"), new Get("Q1")));
    parent.addAll(print("Sum:", first + second));
    program.process("entry", parent);
    program.process("addManyNumbers", List.of(new Put("Q1", first)));
    program.process("addManyNumbers", List.of(new Put("Q1", second)));
    return program;
  }
}
