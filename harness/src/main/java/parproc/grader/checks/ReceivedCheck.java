package parproc.grader.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.checks.messages.LinesMissingForValues;
import parproc.grader.checks.messages.TooFewLines;
import parproc.grader.checks.messages.ValueNotReceived;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.LineSpec;
import parproc.grader.config.TextTemplate;
import parproc.grader.observations.TraceEvent;
import parproc.grader.results.Verdict;

/**
 * The process that prints a line took the value it names from a queue first: the name in
 * "Well, hi Jimmy" really came through the queue, rather than being written into the child.
 */
record ReceivedCheck(CheckSpec.Received spec) implements Check {

  @Override
  public Verdict evaluate(RunView run) {
    if (!run.perProcess()) {
      return RunView.writesNotTraced("which process wrote each line");
    }
    LineSpec line = run.spec(spec.line());
    List<RunView.Instance> instances = run.instances(spec.line());
    Optional<TooFewLines> missing = run.tooFew(line, instances.size());
    if (missing.isPresent()) {
      return fail(new LinesMissingForValues(missing.get()));
    }
    TextTemplate value = TextTemplate.parse(spec.value());
    List<TraceEvent.QueueGet> gets = run.observation().trace().all(TraceEvent.QueueGet.class).toList();
    List<ValueNotReceived.Line> notReceived = new ArrayList<>();
    for (RunView.Instance instance : instances) {
      if (instance.match().received() != null) {
        // A line worded otherwise that shows a value its writer took from a queue before it.
        continue;
      }
      Map<String, String> each = line.enumerated() && instance.index() >= 0 ? line.valuesAt(instance.index()) : Map.of();
      String expected = value.fill(each, run.input(), p -> "");
      long writer = instance.line().writer();
      List<TraceEvent.QueueGet> taken = gets.stream()
          .filter(g -> g.pid() == writer && g.index() < instance.line().firstEvent())
          .toList();
      if (taken.stream().noneMatch(g -> LineMatcher.sameValue(expected, g.value().text()))) {
        notReceived.add(new ValueNotReceived.Line(instance.line().raw().strip(), expected,
            taken.stream().map(g -> g.value().describe()).toList()));
      }
    }
    if (notReceived.isEmpty()) {
      return Verdict.pass("values came through the queue");
    }
    return fail(new ValueNotReceived(notReceived, spec.shows(), spec.variable()));
  }
}
