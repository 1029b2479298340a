package parproc.grader.gradebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parproc.grader.results.Expectation;
import parproc.grader.results.OutcomeCount;

/**
 * What the class report shows, counted from the students' rows: the score distribution, pass
 * rates per exercise and per check, the checks failed most with who failed them, and each check's
 * outcomes summed over the class.
 */
public final class ClassStatistics {

  /** Buckets of the score distribution: 0-9 %, ..., 90-99 %, and 100 %. */
  public static final int BUCKETS = 11;

  /** An exercise across the class: how many students graded, with full marks, and the mean score. */
  public record ExerciseRate(String id, String title, int graded, int fullMarks, double meanScore, int maxScore) {}

  /** A check across the class, with the students who failed it and its outcomes summed. */
  public record CheckRate(String exercise, String check, String description, int points, int judged, int passed,
      List<String> failedBy, List<OutcomeCount> outcomes) {
    public int failed() {
      return judged - passed;
    }
  }

  private final List<StudentGrade> students;
  private final int[] distribution = new int[BUCKETS];
  private final Map<String, ExerciseRate> exercises = new LinkedHashMap<>();
  private final Map<String, CheckRate> checks = new LinkedHashMap<>();

  public ClassStatistics(List<StudentGrade> students) {
    this.students = List.copyOf(students);
    Map<String, int[]> exerciseCounts = new LinkedHashMap<>();
    Map<String, long[]> exerciseScores = new LinkedHashMap<>();
    Map<String, StudentGrade.ExerciseGrade> exerciseSample = new LinkedHashMap<>();
    Map<String, List<String>> failedBy = new LinkedHashMap<>();
    Map<String, int[]> checkCounts = new LinkedHashMap<>();
    Map<String, Map<String, OutcomeCount>> outcomes = new LinkedHashMap<>();
    Map<String, StudentGrade.CheckGrade> checkSample = new LinkedHashMap<>();
    for (StudentGrade student : students) {
      if (!student.exercises().isEmpty() && student.maxScore() > 0) {
        int bucket = (int) Math.min(BUCKETS - 1, Math.floor(10.0 * student.score() / student.maxScore()));
        distribution[bucket]++;
      }
      for (StudentGrade.ExerciseGrade exercise : student.exercises()) {
        if (exercise.status().equals("config-error")) {
          continue;
        }
        exerciseSample.putIfAbsent(exercise.id(), exercise);
        int[] counts = exerciseCounts.computeIfAbsent(exercise.id(), k -> new int[2]);
        counts[0]++;
        counts[1] += exercise.status().equals("graded") && exercise.score() == exercise.maxScore() ? 1 : 0;
        exerciseScores.computeIfAbsent(exercise.id(), k -> new long[1])[0] += exercise.score();
        for (StudentGrade.CheckGrade check : exercise.checks()) {
          String key = exercise.id() + "\u0000" + check.id();
          checkSample.putIfAbsent(key, check);
          int[] checkCount = checkCounts.computeIfAbsent(key, k -> new int[2]);
          checkCount[0]++;
          if (check.passed()) {
            checkCount[1]++;
          } else {
            failedBy.computeIfAbsent(key, k -> new ArrayList<>()).add(student.student());
          }
          Map<String, OutcomeCount> summed = outcomes.computeIfAbsent(key, k -> new LinkedHashMap<>());
          for (OutcomeCount count : check.histogram()) {
            summed.merge(count.outcome() + "\u0000" + count.expect(), count,
                (a, b) -> new OutcomeCount(a.outcome(), a.samples() + b.samples(), a.expect()));
          }
        }
      }
    }
    exerciseCounts.forEach((id, counts) -> {
      StudentGrade.ExerciseGrade sample = exerciseSample.get(id);
      exercises.put(id, new ExerciseRate(id, sample.title(), counts[0], counts[1],
          (double) exerciseScores.get(id)[0] / counts[0], sample.maxScore()));
    });
    checkCounts.forEach((key, counts) -> {
      String[] ids = key.split("\u0000", 2);
      StudentGrade.CheckGrade sample = checkSample.get(key);
      List<OutcomeCount> summed = new ArrayList<>(outcomes.get(key).values());
      summed.sort(Comparator.comparing((OutcomeCount c) -> c.expect() == Expectation.ACCEPTABLE ? 0 : 1)
          .thenComparing(OutcomeCount::samples, Comparator.reverseOrder()));
      checks.put(key, new CheckRate(ids[0], ids[1], sample.description(), sample.points(), counts[0], counts[1],
          failedBy.getOrDefault(key, List.of()), summed));
    });
  }

  public List<StudentGrade> students() {
    return students;
  }

  /** Students per score bucket: index k counts scores from 10k % to below 10(k+1) %, the last 100 %. */
  public int[] distribution() {
    return distribution.clone();
  }

  public List<ExerciseRate> exercises() {
    return List.copyOf(exercises.values());
  }

  public List<CheckRate> checks() {
    return List.copyOf(checks.values());
  }

  /** The checks failed by the most students, most first; ties in exercise order. */
  public List<CheckRate> mostFailed(int limit) {
    return checks.values().stream().filter(c -> c.failed() > 0)
        .sorted(Comparator.comparing(CheckRate::failed).reversed()).limit(limit).toList();
  }

  /** The mean total score, as a share of the maximum, over the students with a score. */
  public double meanShare() {
    return students.stream().filter(s -> !s.exercises().isEmpty() && s.maxScore() > 0)
        .mapToDouble(s -> (double) s.score() / s.maxScore()).average().orElse(0);
  }
}
