package parproc.grader.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Entry functions named or declared a little differently are found and named to the student. */
class EntryNamesTests {

  private static final Set<String> ENTRIES = Set.of("procEx", "procEx2", "manyGreetings", "manyGreetings2",
      "manyGreetings3", "manyGreetings4", "assignDiggers", "sendName", "sendName2", "haveToWait", "addTwoPar",
      "addManyPar");

  private static SurveyedFile file(String name, SurveyedFile.Definition... functions) {
    return new SurveyedFile(name, List.of(functions), List.of(), List.of(), null, null);
  }

  @ParameterizedTest
  @CsvSource({
      "assingDiggers, assignDiggers, true",
      "have_to_wait, haveToWait, true",
      "ProcEx, procEx, true",
      "procEx, procEx2, false",
      "ProcEx, procEx2, false",
      "manyGreetings, manyGreetings3, false",
      "sendName, sendName2, false",
      "addTwoParr, addTwoPar, true",
      "add_many_par, addManyPar, true",
      "sayHi, procEx, false",
      "assignDigger, assignDiggers, true",
      "asignDigger, assignDiggers, false",
  })
  void aNameIsTakenForTheEntryOnlyWhenItIsOneSlipAwayAndNoOtherEntry(String name, String entry, boolean taken) {
    assertThat(EntryNames.looksLike(name, entry, ENTRIES)).isEqualTo(taken);
  }

  @Test
  void theMessageNamesTheFunctionItsFileAndLine() {
    SurveyedFile lab = file("lab.py", new SurveyedFile.Definition("dig", 5),
        new SurveyedFile.Definition("assingDiggers", 12));

    assertThat(EntryNames.misspelled("assignDiggers", List.of(lab), ENTRIES)).contains(
        "no file defines assignDiggers(), but found assingDiggers in lab.py, line 12: did you mean assignDiggers?"
            + " Rename it assignDiggers and grade again.");
  }

  @Test
  void anEntryThatRequiresParametersIsNamedWithThem() {
    SurveyedFile lab = file("lab.py", new SurveyedFile.Definition("procEx2", 3, List.of("count")));

    assertThat(EntryNames.requiresParameters("procEx2", lab)).contains(
        "procEx2() in lab.py, line 3 takes the parameter count, but the grader calls procEx2() with none:"
            + " define def procEx2(): and read or make its values inside it, then grade again.");
    assertThat(EntryNames.requiresParameters("procEx2",
        file("lab.py", new SurveyedFile.Definition("procEx2", 3)))).isEmpty();
  }

  @Test
  void onlyTheLastDefinitionCountsAsPythonBindsIt() {
    SurveyedFile draftFirst = file("lab.py", new SurveyedFile.Definition("procEx2", 3, List.of("count")),
        new SurveyedFile.Definition("procEx2", 20));
    SurveyedFile draftLast = file("lab.py", new SurveyedFile.Definition("procEx2", 3),
        new SurveyedFile.Definition("procEx2", 20, List.of("count")));

    assertThat(EntryNames.requiresParameters("procEx2", draftFirst)).isEmpty();
    assertThat(EntryNames.requiresParameters("procEx2", draftLast)).get().asString()
        .startsWith("procEx2() in lab.py, line 20 takes the parameter count");
  }
}
