package parproc.grader.checks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.observations.Trace;
import parproc.grader.observations.TraceEvent;

/** Names of the processes of a run, for messages: "the parent", "child Process-2 (sayHi)". */
final class Processes {

  private final long root;
  private final Map<Long, TraceEvent.ChildBegan> began = new HashMap<>();
  private final Map<Long, TraceEvent.ChildStarted> started = new HashMap<>();

  Processes(Trace trace, long root) {
    this.root = root;
    trace.all(TraceEvent.ChildBegan.class).forEach(b -> began.put(b.pid(), b));
    trace.all(TraceEvent.ChildStarted.class).forEach(s -> started.put(s.child(), s));
  }

  String name(long pid) {
    if (pid == root) {
      return "the parent (pid " + pid + ")";
    }
    TraceEvent.ChildBegan child = began.get(pid);
    if (child != null) {
      return "child " + child.name() + " (pid " + pid + (child.target() == null ? "" : ", running " + child.target()) + ")";
    }
    TraceEvent.ChildStarted start = started.get(pid);
    if (start != null) {
      return "child " + start.name() + " (pid " + pid + ")";
    }
    return "process " + pid;
  }

  Optional<String> argsType(long pid) {
    return Optional.ofNullable(started.get(pid)).map(TraceEvent.ChildStarted::argsType);
  }

  boolean isRoot(long pid) {
    return pid == root;
  }

  /** Children that began but recorded no end, the student's own or all (servers included). */
  List<Long> childrenWithoutExit(Trace trace, boolean studentsOnly) {
    List<Long> exited = trace.all(TraceEvent.ChildExited.class).map(TraceEvent::pid).toList();
    return began.values().stream()
        .filter(child -> !exited.contains(child.pid()) && !(studentsOnly && child.internal()))
        .map(TraceEvent.ChildBegan::pid)
        .sorted()
        .toList();
  }
}
