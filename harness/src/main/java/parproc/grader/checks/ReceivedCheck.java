package parproc.grader.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.LineSpec;
import parproc.grader.config.TextTemplate;
import parproc.grader.observations.TraceEvent;
import parproc.grader.verdicts.Verdict;

/**
 * The process that prints a line took the value it names from a queue first: the name in
 * "Well, hi Jimmy" really came through the queue, rather than being written into the child.
 */
final class ReceivedCheck implements Check {

  private final CheckSpec.Received spec;

  ReceivedCheck(CheckSpec.Received spec) {
    this.spec = spec;
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

  @Override
  public Verdict evaluate(RunView run) {
    if (!run.perProcess()) {
      return RunView.writesNotTraced("which process wrote each line");
    }
    LineSpec line = run.spec(spec.line());
    List<RunView.Instance> instances = run.instances(spec.line());
    Optional<Integer> wanted = run.expectedInstances(line);
    if (wanted.isPresent() && instances.size() < wanted.get()) {
      return Verdict.fail(
          "lines missing",
          Text.message(Text.quote(run.describe(line, -1)) + " printed " + Text.times(wanted.get()),
              "it was printed " + Text.times(instances.size()) + ", so the values could not be checked",
              hint("make sure the line is printed (see the other checks).")));
    }
    List<TraceEvent.QueueGet> gets = run.observation().trace().all(TraceEvent.QueueGet.class).toList();
    List<String> problems = new ArrayList<>();
    for (RunView.Instance instance : instances) {
      String value = expectedValue(run, line, instance.index());
      long writer = instance.line().writer();
      List<TraceEvent.QueueGet> taken = gets.stream()
          .filter(g -> g.pid() == writer && g.index() < instance.line().firstEvent())
          .toList();
      boolean received = taken.stream().anyMatch(g -> LineMatcher.sameValue(value, g.value().text()));
      if (!received) {
        problems.add(Text.quote(instance.line().raw().strip()) + " was printed before its process took '"
            + value + "' from a queue"
            + (taken.isEmpty() ? " (it had taken nothing from a queue)"
                : " (it had taken " + String.join(", ", taken.stream().map(g -> g.value().describe()).toList()) + ")"));
      }
    }
    if (problems.isEmpty()) {
      return Verdict.pass("values came through the queue");
    }
    return Verdict.fail(
        "value not from the queue",
        Text.message("each line to greet the name its process took from the queue",
            problems,
            hint("take the name with name = q.get() and print that variable, after the get.")));
  }

  private String expectedValue(RunView run, LineSpec line, int position) {
    StringBuilder value = new StringBuilder();
    Map<String, String> each = line.enumerated() && position >= 0 ? line.valuesAt(position) : Map.of();
    for (TextTemplate.Segment segment : TextTemplate.parse(spec.value()).segments()) {
      if (segment instanceof TextTemplate.Literal literal) {
        value.append(literal.text());
      } else if (segment instanceof TextTemplate.Placeholder placeholder) {
        String name = placeholder.name();
        value.append(placeholder.kind() == TextTemplate.Kind.INPUT
            ? run.input().getOrDefault(name, "")
            : each.getOrDefault(name, ""));
      }
    }
    return value.toString();
  }
}
