package parproc.grader.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A submission that interfered with the grader is flagged, with how, in every format. */
class InterferenceFlagTests {

  private static final String HOW = "run 2: the grader's record of this run was cut from 5,210 bytes to 0 while it ran";
  private static final String LINE = "This submission interfered with the grader: " + HOW;

  private static GradeReport flagged() {
    ExerciseResult honest = ReportGoldenTests.sample().exercises().get(0);
    List<CheckResult> checks = honest.checks();
    ExerciseResult tampered = ExerciseResult.graded("procEx", "Making a process", 4, 42,
        new ExerciseResult.Judged("procEx.py", 8, checks, HOW), null);
    return new GradeReport("work", "3.11.7", 1, List.of(tampered), List.of());
  }

  @Test
  void theTextReportSaysSoUnderTheExercise() {
    assertThat(TextReport.render(flagged())).contains("procEx — Making a process: 1/4 (8 runs of procEx.py)\n  "
        + LINE + "\n");
  }

  @Test
  void theJsonReportHasItOnTheExerciseAndNullWhereNoneInterfered() {
    JsonNode json = JsonMapper.builder().build().readTree(JsonReport.render(flagged()));
    assertThat(json.get("exercises").get(0).get("interfered").asString()).isEqualTo(HOW);
    JsonNode honest = JsonMapper.builder().build().readTree(JsonReport.render(ReportGoldenTests.sample()));
    assertThat(honest.get("exercises").get(0).get("interfered").isNull()).isTrue();
  }

  @Test
  void everyOtherFormatNamesIt() {
    Map<Format, String> rendered = Map.of(
        Format.HTML, Format.HTML.render(flagged(), Map.of()),
        Format.GRADESCOPE, Format.GRADESCOPE.render(flagged(), Map.of()),
        Format.PRAIRIELEARN, Format.PRAIRIELEARN.render(flagged(), Map.of()),
        Format.CLASSROOM, Format.CLASSROOM.render(flagged(), Map.of()),
        Format.JUNIT, Format.JUNIT.render(flagged(), Map.of()));
    rendered.forEach((format, text) -> assertThat(text).as(format.word()).contains("interfered")
        .contains("record of this run was cut from 5,210 bytes to 0"));
    assertThat(Format.HTML.render(ReportGoldenTests.sample(), Map.of())).doesNotContain("interfered with the grader");
  }
}
