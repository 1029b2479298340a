package parproc.grader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The edit distance that names a misspelt entry function or grading-config field. */
class EditDistanceTests {

  @Test
  void equalNamesAreNoEditApart() {
    assertThat(EditDistance.between("procEx", "procEx")).isZero();
  }

  @Test
  void insertingDeletingAndReplacingEachCountOne() {
    assertThat(EditDistance.between("procEx", "procEx2")).isEqualTo(1);
    assertThat(EditDistance.between("procEx2", "procEx")).isEqualTo(1);
    assertThat(EditDistance.between("runs", "rans")).isEqualTo(1);
    assertThat(EditDistance.between("", "abc")).isEqualTo(3);
  }

  @Test
  void swappingTwoNeighboursCountsOne() {
    assertThat(EditDistance.between("assignDiggers", "assingDiggers")).isEqualTo(1);
    assertThat(EditDistance.between("timeout", "tiemout")).isEqualTo(1);
  }

  @Test
  void caseCounts() {
    assertThat(EditDistance.between("ProcEx", "procEx")).isEqualTo(1);
  }
}
