package parproc.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder of a class: students' rows read back, and shard outputs merged. */
class ClassOutputTests {

  @TempDir
  Path temp;

  @Test
  void aStudentsRowIsReadBackAsItWasWritten() throws IOException {
    ClassOutput output = new ClassOutput(temp.resolve("grades"));
    StudentGrade alice = Grades.graded("alice", "Zoë", true, false, true, true);

    output.writeStudent(alice, null);

    assertThat(output.readStudent("alice")).contains(alice);
    assertThat(output.readStudent("nobody")).isEmpty();
  }

  @Test
  void mergedShardsGiveTheGradebookOfTheWholeClass() throws IOException {
    List<StudentGrade> all = List.of(Grades.graded("alice", "A", true, true, true, true),
        Grades.graded("bob", "B", false, true, true, true), Grades.graded("carol", "C", true, true, false, false));
    ClassOutput whole = new ClassOutput(temp.resolve("whole"));
    ClassOutput one = new ClassOutput(temp.resolve("shard1"));
    ClassOutput two = new ClassOutput(temp.resolve("shard2"));
    for (StudentGrade grade : all) {
      whole.writeStudent(grade, null);
      (grade.student().equals("bob") ? one : two).writeStudent(grade, null);
    }
    whole.writeClass(all, "Class");
    one.writeClass(one.readAll(), "Class");
    two.writeClass(two.readAll(), "Class");

    ClassMerge.Merged merged = ClassMerge.merge(List.of(temp.resolve("shard2"), temp.resolve("shard1")),
        temp.resolve("all"), "Class");

    assertThat(merged.problems()).isEmpty();
    assertThat(read(temp.resolve("all/gradebook.csv"))).isEqualTo(read(temp.resolve("whole/gradebook.csv")));
    assertThat(read(temp.resolve("all/class-report.html"))).isEqualTo(read(temp.resolve("whole/class-report.html")));
    assertThat(temp.resolve("all/bob/student.json")).exists();
  }

  @Test
  void aStudentInTwoShardsIsReportedAndKeptOnce() throws IOException {
    ClassOutput one = new ClassOutput(temp.resolve("s1"));
    ClassOutput two = new ClassOutput(temp.resolve("s2"));
    one.writeStudent(Grades.graded("alice", "A", true, true, true, true), null);
    two.writeStudent(Grades.graded("alice", "A", false, false, false, false), null);

    ClassMerge.Merged merged = ClassMerge.merge(List.of(temp.resolve("s1"), temp.resolve("s2"), temp.resolve("none")),
        temp.resolve("all"), "Class");

    assertThat(merged.grades()).extracting(StudentGrade::score).containsExactly(20);
    assertThat(merged.problems()).containsExactly(
        temp.resolve("s2") + ": alice is also in " + temp.resolve("s1") + "; that one is kept",
        temp.resolve("none") + ": no such folder of grades");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
