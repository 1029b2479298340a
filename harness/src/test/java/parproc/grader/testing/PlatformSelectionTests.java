package parproc.grader.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The selection of tests by system: what the macOS and Windows jobs of CI skip, and why. */
class PlatformSelectionTests {

  @Test
  void onMacOsTheLinuxTestsAreSkippedAndThePosixOnesRun() {
    assertThat(PlatformSelection.decide("parproc.grader.grading.CorpusTests", false, true).isDisabled()).isTrue();
    assertThat(PlatformSelection.decide("parproc.grader.os.ProcessTableTests#findsAProcess", false, true)
        .getReason()).hasValue("needs Linux (/proc, cgroups, namespaces, or the corpus's fork default); CI's Linux"
        + " jobs run it");
    assertThat(PlatformSelection.decide("parproc.grader.portability.PortabilityCorpusTests", false, true).isDisabled())
        .isFalse();
  }

  @Test
  void onWindowsThePosixTestsAreSkippedToo() {
    assertThat(PlatformSelection.decide("parproc.grader.runs.ProbePythonTests", false, false).getReason())
        .hasValue("needs POSIX (fork, fcntl, sh); CI's Linux and macOS jobs run it");
    assertThat(PlatformSelection.decide(
        "parproc.grader.grading.ReferenceSolutionsTests#correctProgramsInOtherStylesGetFullMarks", false, false)
        .isDisabled()).isTrue();
  }

  @Test
  void theReferenceSolutionsTheJarAloneAndWindowsStyleSubmissionsRunEverywhere() {
    for (String test : new String[] {
        "parproc.grader.grading.ReferenceSolutionsTests",
        "parproc.grader.grading.ReferenceSolutionsTests#theReferenceSolutionsGetFullMarksOnAllTwelve",
        "parproc.grader.project.StandaloneJarTests", "parproc.grader.grading.WindowsStyleSubmissionTests",
        "parproc.grader.runs.isolation.WindowsPathsTests", "parproc.grader.config.ConfigLoaderTests"}) {
      assertThat(PlatformSelection.decide(test, false, false).isDisabled()).as(test).isFalse();
    }
  }

  @Test
  void onLinuxEverythingRuns() {
    assertThat(PlatformSelection.decide("parproc.grader.grading.CorpusTests", true, true).isDisabled()).isFalse();
  }
}
