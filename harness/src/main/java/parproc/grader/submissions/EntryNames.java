package parproc.grader.submissions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import parproc.grader.EditDistance;

/**
 * Recognises an entry function written a little differently from the name the grader calls:
 * misspelled, or declared with parameters the grader does not give.
 *
 * <p>A function is taken for the entry when its name is at most one edit away from the entry's
 * (a letter inserted, deleted, replaced, or two neighbours swapped: {@code assingDiggers}), or
 * the same once case and underscores are ignored ({@code have_to_wait}, {@code ProcEx}), or one
 * edit away after that. A function that is itself the entry of an exercise is never taken for
 * another ({@code procEx} is not a misspelled {@code procEx2}), nor is one closer to another
 * exercise's entry than to this one.
 */
public final class EntryNames {

  private EntryNames() {}

  /**
   * Why the exercise cannot be graded as written, for the student, when some file defines a
   * function that looks like its entry; empty when none does.
   *
   * @param entries the entry functions of every exercise the grader knows
   */
  public static Optional<String> misspelled(String entry, List<SurveyedFile> files, Collection<String> entries) {
    List<String> found = new ArrayList<>();
    for (SurveyedFile file : files) {
      for (SurveyedFile.Definition function : file.functions()) {
        if (looksLike(function.name(), entry, entries)) {
          found.add(function.name() + " in " + file.file() + ", line " + function.line());
        }
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("no file defines " + entry + "(), but found " + String.join(" and ", found)
        + ": did you mean " + entry + "? Rename it " + entry + " and grade again.");
  }

  /**
   * Why the entry cannot be called as the grader calls it (with no arguments), when its
   * definition requires parameters; empty when it does not.
   */
  public static Optional<String> requiresParameters(String entry, SurveyedFile file) {
    // Python binds the name to the last definition of the file, as the grader's call will find it.
    Optional<SurveyedFile.Definition> definition =
        file.functions().stream().filter(f -> f.name().equals(entry)).reduce((first, second) -> second);
    if (definition.isEmpty() || definition.get().required().isEmpty()) {
      return Optional.empty();
    }
    List<String> required = definition.get().required();
    return Optional.of(entry + "() in " + file.file() + ", line " + definition.get().line() + " takes "
        + (required.size() == 1 ? "the parameter " : "the parameters ") + String.join(", ", required)
        + ", but the grader calls " + entry + "() with none: define def " + entry
        + "(): and read or make its values inside it, then grade again.");
  }

  /** True when {@code name} is taken for a misspelling of {@code entry}. */
  static boolean looksLike(String name, String entry, Collection<String> entries) {
    if (name.equals(entry) || entries.contains(name)) {
      return false;
    }
    int distance = distance(name, entry);
    if (distance > 1) {
      return false;
    }
    return entries.stream().filter(other -> !other.equals(entry)).noneMatch(other -> distance(name, other) < distance);
  }

  /** 0 when equal but for case and underscores, else the fewest edits, as is or so folded. */
  static int distance(String a, String b) {
    String foldedA = fold(a);
    String foldedB = fold(b);
    if (foldedA.equals(foldedB)) {
      return 0;
    }
    return Math.min(EditDistance.between(a, b), EditDistance.between(foldedA, foldedB));
  }

  private static String fold(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }
}
