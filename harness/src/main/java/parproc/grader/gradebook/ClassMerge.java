package parproc.grader.gradebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the outputs of shards into one: every student's folder copied over, one gradebook and one
 * class report. A student found in two outputs is a problem, reported, and the first one kept.
 */
public final class ClassMerge {

  private ClassMerge() {}

  /** What was merged, and what was not. */
  public record Merged(List<StudentGrade> grades, List<String> problems) {}

  public static Merged merge(List<Path> shards, Path into, String title) throws IOException {
    Map<String, StudentGrade> grades = new LinkedHashMap<>();
    Map<String, Path> from = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    ClassOutput output = new ClassOutput(into);
    for (Path shard : shards) {
      if (!Files.isDirectory(shard)) {
        problems.add(shard + ": no such folder of grades");
        continue;
      }
      List<StudentGrade> found = new ClassOutput(shard).readAll();
      if (found.isEmpty()) {
        problems.add(shard + ": holds no student's " + ClassOutput.STUDENT);
      }
      for (StudentGrade grade : found) {
        if (grades.containsKey(grade.student())) {
          problems.add(shard + ": " + grade.student() + " is also in " + from.get(grade.student()) + "; that one is kept");
          continue;
        }
        grades.put(grade.student(), grade);
        from.put(grade.student(), shard);
        if (!shard.toAbsolutePath().normalize().equals(into.toAbsolutePath().normalize())) {
          output.copyStudentFrom(new ClassOutput(shard), grade.student());
        }
      }
    }
    List<StudentGrade> all = new ArrayList<>(grades.values());
    output.writeClass(all, title);
    return new Merged(all, problems);
  }
}
