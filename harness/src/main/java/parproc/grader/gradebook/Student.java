package parproc.grader.gradebook;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One submission of a class: its folder name (the student's key everywhere: output folder, seed,
 * shard), the folder to grade, and who submitted it when the class folder says.
 *
 * @param name the submission's folder name, or its zip's name without {@code .zip}
 * @param folder the folder to grade (for a zip, where it was unpacked)
 * @param submitters who handed it in; empty when the class folder does not say
 * @param note what unpacking left out, or null
 */
public record Student(String name, Path folder, List<Submitter> submitters, String note) {

  public Student {
    submitters = List.copyOf(submitters);
  }

  /** The submitters' names, or the folder name when none is known. */
  public String displayName() {
    String names = submitters.stream().map(Submitter::name).filter(n -> !n.isBlank())
        .collect(Collectors.joining("; "));
    return names.isEmpty() ? name : names;
  }
}
