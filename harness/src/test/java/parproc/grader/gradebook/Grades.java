package parproc.grader.gradebook;

import java.util.ArrayList;
import java.util.List;
import parproc.grader.results.Expectation;
import parproc.grader.results.OutcomeCount;

/** Students' rows made up for tests of the gradebook and the class report. */
final class Grades {

  private Grades() {}

  /** A graded student; {@code passed} lists, per exercise procEx then procEx2, whether each of its two checks passed. */
  static StudentGrade graded(String student, String name, boolean... passed) {
    List<StudentGrade.ExerciseGrade> exercises = new ArrayList<>();
    String[] ids = {"procEx", "procEx2"};
    int total = 0;
    for (int e = 0; e < ids.length; e++) {
      List<StudentGrade.CheckGrade> checks = new ArrayList<>();
      int score = 0;
      for (int c = 0; c < 2; c++) {
        boolean ok = passed[2 * e + c];
        String id = c == 0 ? "greetings" : "real-children";
        int points = c == 0 ? 3 : 7;
        score += ok ? points : 0;
        checks.add(new StudentGrade.CheckGrade(id, "The " + id + " check.", points, ok,
            ok ? null : "Expected " + id + "\nbut not",
            List.of(new OutcomeCount(ok ? "as expected" : "ran inside the parent", 8,
                ok ? Expectation.ACCEPTABLE : Expectation.FORBIDDEN))));
      }
      total += score;
      exercises.add(new StudentGrade.ExerciseGrade(ids[e], "Exercise " + ids[e], "graded", score, 10, checks, null));
    }
    return new StudentGrade(student, name == null ? List.of() : List.of(new Submitter(name, "", "")),
        StudentStatus.GRADED, null, 1000 + student.length(), "hash-" + student, total, 20, exercises, 1.5);
  }
}
