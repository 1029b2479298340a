package parproc.grader.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.os.RunProcesses;
import parproc.grader.testing.CorrectModels;
import parproc.grader.testing.ModelProgram;
import parproc.grader.testing.Scheduler;
import parproc.grader.testing.ScriptedRun;
import parproc.grader.testing.ShippedConfig;

/**
 * The deadlock detector never fires on a correct program: each of the twelve programs, modelled
 * write by write with its waits traced, runs under many random schedules, and at every moment
 * when each live process is blocked in a wait it announced (the moments the detector could
 * judge), it must find no deadlock. The same programs with a put left out deadlock in every
 * schedule, and there it must fire.
 */
class DeadlockSoundnessTests {

  private static final long SEED = Long.getLong("parproc.seed", 20261126L);
  private static final int SCHEDULES = Integer.getInteger("parproc.schedules", 300);
  private static final long ROOT = ModelProgram.pid(0);

  @TestFactory
  Stream<DynamicTest> noDeadlockInAnyMomentOfACorrectProgram() {
    return CorrectModels.exercises().stream().map(exercise -> DynamicTest.dynamicTest(exercise, () -> {
      Random random = new Random(SEED ^ exercise.hashCode());
      AtomicInteger judged = new AtomicInteger();
      for (int schedule = 0; schedule < SCHEDULES; schedule++) {
        long scheduleSeed = random.nextLong();
        ModelProgram program = CorrectModels.of(exercise, new Random(scheduleSeed));
        Random choices = new Random(scheduleSeed);
        Scheduler.run(program, exercise, step -> choices.nextInt(1 << 20), (run, waiting, live, rootDone) -> {
          if (allBlocked(waiting, live, rootDone)) {
            judged.incrementAndGet();
            assertThat(detect(run, live, rootDone)).as("%s, schedule seed %d:\n%s", exercise, scheduleSeed,
                String.join("\n", run.traceSoFar())).isEmpty();
          }
        });
      }
      // Not vacuous where the program waits at all: moments with every process in a wait were judged.
      if (List.of("sendName", "sendName2", "haveToWait", "addTwoPar", "addManyPar").contains(exercise)) {
        assertThat(judged.get()).as("moments judged").isPositive();
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> aPutLeftOutIsADeadlockInEverySchedule() {
    return Stream.of("sendName", "sendName2", "addTwoPar", "addManyPar").map(exercise -> DynamicTest.dynamicTest(exercise, () -> {
      for (int schedule = 0; schedule < 50; schedule++) {
        ModelProgram program = withoutLastPut(CorrectModels.of(exercise, new Random(schedule)));
        Random choices = new Random(schedule);
        List<Boolean> found = new ArrayList<>();
        assertThatThrownBy(() -> Scheduler.run(program, exercise, step -> choices.nextInt(1 << 20),
            (run, waiting, live, rootDone) -> {
              if (allBlocked(waiting, live, rootDone)) {
                found.add(detect(run, live, rootDone).isPresent());
              }
            })).hasMessageContaining("the model deadlocks");
        assertThat(found).as("schedule %d", schedule).isNotEmpty().last().isEqualTo(true);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> noDeadlockInAnyPrefixOfTheRecordedReferenceRuns() throws IOException {
    Path folder = ShippedConfig.home()
        .resolve("harness/src/test/resources/recordings/reference-solutions");
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(f -> !f.getFileName().toString().equals("session.json")).sorted().toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      tools.jackson.databind.JsonNode recorded = tools.jackson.databind.json.JsonMapper.builder().build()
          .readTree(file.toFile());
      int judged = 0;
      for (tools.jackson.databind.JsonNode run : recorded.path("runs")) {
        List<String> lines = new ArrayList<>();
        run.path("trace").forEach(line -> lines.add(line.asString()));
        List<TraceEvent> events = Trace.parse(lines, false).events();
        long root = run.path("pid").asLong();
        for (int end = 1; end <= events.size(); end++) {
          List<TraceEvent> prefix = events.subList(0, end);
          // Every process alive that has not recorded its end (a child from its fork on), each asleep
          // in the kernel: the parent, once returned, in wait4.
          boolean rootDone = prefix.stream().anyMatch(e -> e instanceof TraceEvent.EntryReturned);
          Set<Long> ended = new HashSet<>();
          prefix.stream().filter(e -> e instanceof TraceEvent.ChildExited).forEach(e -> ended.add(e.pid()));
          List<RunProcesses.Proc> procs = new ArrayList<>();
          procs.add(new RunProcesses.Proc(root, 1, root, 'S', rootDone ? "do_wait" : "pipe_read", false,
              DeadlockDetector.DEFAULT_CAUGHT));
          Set<Long> children = new TreeSet<>();
          prefix.stream().filter(e -> e instanceof TraceEvent.ChildBegan).forEach(e -> children.add(e.pid()));
          prefix.stream().filter(e -> e instanceof TraceEvent.ChildStarted)
              .forEach(e -> children.add(((TraceEvent.ChildStarted) e).child()));
          children.stream().filter(pid -> !ended.contains(pid))
              .forEach(pid -> procs.add(new RunProcesses.Proc(pid, root, root, 'S', "pipe_read", false,
                  DeadlockDetector.DEFAULT_CAUGHT)));
          judged++;
          assertThat(DeadlockDetector.detect(prefix, root, RunProcesses.of(procs)))
              .as("%s, run %s, after record %d", file.getFileName(), run.path("index"), end).isEmpty();
        }
      }
      assertThat(judged).isPositive();
    }));
  }

  @Test
  void theModelOfAHangingGetIsJudged() {
    // A parent that gets from a queue nobody puts on: the smallest deadlock.
    ModelProgram program = ModelProgram.noInput();
    program.process("entry", List.of(new ModelProgram.Get("q")));
    List<Boolean> found = new ArrayList<>();
    assertThatThrownBy(() -> Scheduler.run(program, "sendName", step -> 0,
        (run, waiting, live, rootDone) -> found.add(detect(run, live, rootDone).isPresent())))
        .hasMessageContaining("the model deadlocks");
    assertThat(found).containsExactly(false, true);
  }

  private static boolean allBlocked(Set<Long> waiting, Set<Long> live, boolean rootDone) {
    return live.stream().allMatch(pid -> waiting.contains(pid) || pid == ROOT && rootDone);
  }

  /** The detector on this moment, every live process asleep in the kernel as it would be. */
  private static Optional<DeadlockDetector.Deadlock> detect(ScriptedRun run, Set<Long> live, boolean rootDone) {
    List<RunProcesses.Proc> procs = new ArrayList<>();
    for (long pid : live) {
      procs.add(new RunProcesses.Proc(pid, pid == ROOT ? 1 : ROOT, ROOT, 'S',
          pid == ROOT && rootDone ? "do_wait" : "pipe_read", false, DeadlockDetector.DEFAULT_CAUGHT));
    }
    return DeadlockDetector.detect(Trace.parse(run.traceSoFar(), false).events(), ROOT, RunProcesses.of(procs));
  }

  /** The program with the last put of its whole text left out. */
  private static ModelProgram withoutLastPut(ModelProgram program) {
    ModelProgram copy = new ModelProgram(program.input(), program.stdin());
    int lastProcess = -1;
    int lastIndex = -1;
    for (int p = 0; p < program.processes().size(); p++) {
      List<ModelProgram.Action> actions = program.processes().get(p).actions();
      for (int i = 0; i < actions.size(); i++) {
        if (actions.get(i) instanceof ModelProgram.Put) {
          lastProcess = p;
          lastIndex = i;
        }
      }
    }
    for (int p = 0; p < program.processes().size(); p++) {
      List<ModelProgram.Action> actions = new ArrayList<>(program.processes().get(p).actions());
      if (p == lastProcess) {
        // In its place a write of nothing, so that a child whose only action was the put still has one.
        actions.set(lastIndex, new ModelProgram.Write(""));
      }
      copy.process(program.processes().get(p).target(), actions);
    }
    return copy;
  }
}
