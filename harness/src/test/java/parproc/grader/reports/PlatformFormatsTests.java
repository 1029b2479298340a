package parproc.grader.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import parproc.grader.config.Visibility;
import parproc.grader.results.CheckResult;
import parproc.grader.results.Evidence;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.Expectation;
import parproc.grader.results.FirstFailure;
import parproc.grader.results.GradeReport;
import parproc.grader.results.OutcomeCount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The native formats, field by field against each platform's documented shape: JUnit XML as
 * Surefire writes it, PrairieLearn's external-grader results.json, GitHub Classroom's
 * grading-reporter result, and the visibility Gradescope reads per test.
 */
class PlatformFormatsTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The sample report with procEx's real-children hidden, sendName's check after the due date; the rest visible. */
  private static GradeReport someHidden() {
    Map<String, Map<String, Visibility>> shown = Map.of(
        "procEx", Map.of("real-children", Visibility.HIDDEN),
        "sendName", Map.of("waiting-before-ok", Visibility.AFTER_DUE_DATE));
    GradeReport sample = ReportGoldenTests.sample();
    List<ExerciseResult> exercises = sample.exercises().stream().map(e -> new ExerciseResult(e.id(), e.title(),
        e.status(), e.file(), e.score(), e.maxScore(), e.runs(), e.seed(), e.message(), e.checks().stream()
            .map(c -> new CheckResult(c.id(), c.description(), c.points(), c.passed(), c.runs(), c.failedRuns(),
                c.unjudgedRuns(), c.histogram(), c.firstFailure(), c.note(),
                shown.getOrDefault(e.id(), Map.of()).getOrDefault(c.id(), Visibility.VISIBLE)))
            .toList(), e.interfered(), e.cause())).toList();
    return new GradeReport(sample.submission(), sample.python(), sample.seed(), exercises, sample.problems(),
        sample.isolation());
  }

  private static Document xml(String text) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  @Test
  void junitHasASuitePerExerciseAndACasePerCheckWithTheMessageAsFailureText() throws Exception {
    Element root = xml(JunitReport.render(ReportGoldenTests.sample())).getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("4");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    assertThat(root.getAttribute("errors")).isEqualTo("0");
    List<Element> suites = elements(root, "testsuite");
    assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("procEx", "sendName", "procEx2");
    Element procEx = suites.get(0);
    assertThat(procEx.getAttribute("tests")).isEqualTo("2");
    assertThat(procEx.getAttribute("failures")).isEqualTo("1");
    assertThat(elements(procEx, "property")).extracting(p -> p.getAttribute("name") + "=" + p.getAttribute("value"))
        .contains("score=1", "max_score=4", "seed=42", "status=graded");
    List<Element> cases = elements(procEx, "testcase");
    assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly("finishes-cleanly", "real-children");
    assertThat(cases).extracting(c -> c.getAttribute("classname")).containsOnly("procEx");
    assertThat(elements(cases.get(0), "failure")).isEmpty();
    Element failure = elements(cases.get(1), "failure").get(0);
    // A test case is read apart from its exercise: the cause its checks share is told in full.
    assertThat(failure.getAttribute("message")).isEqualTo("Cause: " + ReportGoldenTests.NAME_ERROR);
    assertThat(failure.getTextContent()).contains("Cause: " + ReportGoldenTests.NAME_ERROR
        + "\nExpected each child line to show the pid of the child process that printed it,",
        "but \"Hi from process 4242\" shows the parent's own pid 4242", "Try: call start(), not run().",
        "ran inside the parent").doesNotContain("Fix this first");
    Element notRun = elements(suites.get(2), "failure").get(0);
    assertThat(notRun.getAttribute("message")).isEqualTo("not run");
    assertThat(notRun.getTextContent()).startsWith("no file in work defines procEx2()");
  }

  @Test
  void junitStaysWellFormedWhateverTheStudentPrinted() throws Exception {
    String hostile = "</failure><x a=\"b\"> & \u0000\u001b[31m\ud800 ]]>";
    CheckResult check = new CheckResult("lines", "desc", 1, false, 1, 1, 0,
        List.of(new OutcomeCount(hostile, 1, Expectation.FORBIDDEN)),
        new FirstFailure(1, "no input", hostile + "\nsecond line", new Evidence(List.of(), List.of(), "lines"), hostile), null, Visibility.VISIBLE);
    GradeReport report = new GradeReport("work", "3.11", 1, List.of(ExerciseResult.graded("procEx", "t", 1, 1,
        new ExerciseResult.Judged("p.py", 1, List.of(check), null), null)), List.of());

    Element failure = elements(xml(JunitReport.render(report)).getDocumentElement(), "failure").get(0);

    assertThat(failure.getAttribute("message")).isEqualTo("</failure><x a=\"b\"> & \uFFFD\uFFFD[31m\uFFFD ]]>");
    assertThat(failure.getTextContent()).contains("</failure><x a=\"b\"> & \uFFFD\uFFFD[31m\uFFFD ]]>\nsecond line");
  }

  @Test
  void junitMakesAGradingTheGraderCouldNotDoAnError() throws Exception {
    GradeReport report = new GradeReport("work", "3.11", 1, List.of(ExerciseResult.configError("procEx",
        "grading-config/procEx.yaml, line 3: bad")),
        List.of("grading-config/x.yaml, line 1: not valid YAML"));

    Element root = xml(JunitReport.render(report)).getDocumentElement();

    assertThat(root.getAttribute("errors")).isEqualTo("2");
    assertThat(elements(root, "error")).extracting(Element::getTextContent)
        .containsExactly("grading-config/x.yaml, line 1: not valid YAML", "grading-config/procEx.yaml, line 3: bad");
  }

  @Test
  void prairieLearnHasTheDocumentedFieldsAndListsOnlyVisibleChecks() {
    JsonNode root = JSON.readTree(PrairieLearnReport.render(someHidden()));

    assertThat(root.propertyNames()).containsExactly("gradable", "score", "message", "output", "tests");
    assertThat(root.get("gradable").asBoolean()).isTrue();
    // 1 of 14 points; the hidden check's 0 of 3 counts in the score though it is not listed.
    assertThat(root.get("score").asDouble()).isEqualTo(1.0 / 14);
    assertThat(root.get("message").asString()).isEqualTo("1/14 points");
    assertThat(root.get("output").asString()).contains("procEx: 1/4", "procEx2: 0/10");
    JsonNode tests = root.get("tests");
    assertThat(tests).hasSize(2);
    JsonNode clean = tests.get(0);
    assertThat(clean.propertyNames()).containsExactly("name", "description", "points", "max_points", "message", "output");
    assertThat(clean.get("name").asString()).isEqualTo("procEx: finishes-cleanly");
    assertThat(clean.get("description").asString()).isEqualTo("The program finishes without an error in any process.");
    assertThat(clean.get("points").asInt()).isEqualTo(1);
    assertThat(clean.get("max_points").asInt()).isEqualTo(1);
    assertThat(clean.get("message").asString()).isEqualTo("Passed in all 8 runs.");
    assertThat(clean.get("output").asString()).contains("finished cleanly");
    JsonNode missing = tests.get(1);
    assertThat(missing.get("name").asString()).isEqualTo("procEx2: greetings");
    assertThat(missing.get("points").asInt()).isZero();
    assertThat(missing.get("max_points").asInt()).isEqualTo(10);
    assertThat(missing.get("message").asString()).startsWith("no file in work defines procEx2()");
    assertThat(root.toString()).doesNotContain("real-children", "waiting-before-ok", "4242");
  }

  @Test
  void prairieLearnCallsAGradingWithNothingToRunNotGradable() {
    GradeReport report = new GradeReport("work", "3.11", 1, List.of(ExerciseResult.notRun("procEx", "procEx", 10, 0,
        "procEx.py, line 3: invalid syntax", List.of())), List.of());

    JsonNode root = JSON.readTree(PrairieLearnReport.render(report));

    assertThat(root.get("gradable").asBoolean()).isFalse();
    assertThat(root.get("format_errors")).extracting(JsonNode::asString)
        .containsExactly("procEx: procEx.py, line 3: invalid syntax");
  }

  @Test
  void classroomHasTheReportersFieldsAndItsScoresAddUpToTheGrade() {
    GradeReport sample = someHidden();
    JsonNode root = JSON.readTree(ClassroomReport.render(sample));

    assertThat(root.propertyNames()).containsExactly("version", "status", "max_score", "tests");
    assertThat(root.get("version").asInt()).isEqualTo(1);
    assertThat(root.get("status").asString()).isEqualTo("fail");
    assertThat(root.get("max_score").asInt()).isEqualTo(14);
    JsonNode tests = root.get("tests");
    List<String> names = new ArrayList<>();
    int total = 0;
    for (JsonNode test : tests) {
      assertThat(test.propertyNames()).contains("name", "status", "score", "message");
      assertThat(test.get("status").asString()).isIn("pass", "fail", "error");
      names.add(test.get("name").asString());
      total += test.get("score").asInt();
    }
    assertThat(total).isEqualTo(sample.score());
    assertThat(names).containsExactly("procEx: finishes-cleanly", "procEx2: greetings", ClassroomReport.OTHER_CHECKS);
    JsonNode other = tests.get(2);
    assertThat(other.get("status").asString()).isEqualTo("fail");
    assertThat(other.get("message").asString()).isEqualTo("2 checks counted here, not shown one by one");
    assertThat(tests.get(0).get("status").asString()).isEqualTo("pass");
    assertThat(tests.get(0).get("score").asInt()).isEqualTo(1);
    assertThat(tests.get(1).get("message").asString()).startsWith("no file in work defines procEx2()");
  }

  @Test
  void classroomSaysErrorWhenTheGraderCouldNotGrade() {
    GradeReport report = new GradeReport("work", "3.11", 1, List.of(), List.of("grading-config: no such folder"));

    JsonNode root = JSON.readTree(ClassroomReport.render(report));

    assertThat(root.get("status").asString()).isEqualTo("error");
    assertThat(root.get("tests").get(0).get("message").asString()).isEqualTo("grading-config: no such folder");
  }

  @Test
  void gradescopeCarriesEachChecksVisibility() {
    JsonNode tests = JSON.readTree(GradescopeReport.render(someHidden())).get("tests");

    assertThat(tests).extracting(t -> t.get("name").asString() + " " + t.get("visibility").asString()).containsExactly(
        "procEx: finishes-cleanly visible", "procEx: real-children hidden",
        "sendName: waiting-before-ok after_due_date", "procEx2: greetings visible");
  }
}
