package parproc.grader.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parproc.grader.checks.messages.MixedLines;
import parproc.grader.checks.messages.NumberedLine;
import parproc.grader.config.CheckSpec;
import parproc.grader.observations.OutputLine;
import parproc.grader.results.Evidence;
import parproc.grader.results.Verdict;

/**
 * Every line of the captured output is one whole line as some process wrote it: nothing mixed.
 * Only for programs that print under a lock, where a correct program's lines never mix.
 */
record IntactCheck(CheckSpec.Intact spec) implements Check {

  /** Whole lines are judged on the output as the grader captured it. */
  @Override
  public boolean needsTrace() {
    return false;
  }

  @Override
  public Verdict evaluate(RunView run) {
    List<NumberedLine> mixed = new ArrayList<>();
    Map<String, Integer> whole = new HashMap<>();
    if (run.perProcess()) {
      run.observation().processLines().forEach(line -> whole.merge(line.text(), 1, Integer::sum));
    }
    for (OutputLine line : run.observation().printedLines()) {
      if (line.blank()) {
        continue;
      }
      boolean intact;
      if (run.perProcess()) {
        // A printed line that some process wrote whole is intact, expected or not.
        Integer left = whole.get(line.text());
        intact = left != null && left > 0;
        if (intact) {
          whole.put(line.text(), left - 1);
        }
      } else {
        intact = run.matcher().fitsSomeTemplate(line.text());
      }
      if (!intact) {
        mixed.add(new NumberedLine(line.position() + 1, line.raw()));
      }
    }
    if (mixed.isEmpty()) {
      return Verdict.pass("every line whole");
    }
    List<String> printed = run.observation().printedLines().stream().map(OutputLine::raw).toList();
    return fail(new MixedLines(mixed), new Evidence(List.of(), printed, "output as printed"));
  }
}
