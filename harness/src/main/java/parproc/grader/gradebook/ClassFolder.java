package parproc.grader.gradebook;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import parproc.grader.os.FileNames;

/**
 * The submissions of a class folder: each immediate subfolder is one student's, and each
 * {@code .zip} is unpacked into a folder of its own. Symbolic links are not followed, and a name the
 * grader cannot use as text (not UTF-8) is named and left out. A Gradescope export's
 * {@code submission_metadata.yml} gives the submitters' names.
 */
public final class ClassFolder {

  private ClassFolder() {}

  /**
   * The students found, in folder-name order, and what was left out.
   *
   * @param problems entries not graded, and why; each names the entry
   */
  public record Listing(List<Student> students, List<String> problems, boolean gradescope) {}

  /** Lists the class; zips are unpacked under {@code unpackRoot}, one folder per zip. */
  public static Listing list(Path folder, Path unpackRoot) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, List<Submitter>> metadata = Map.of();
    Path metadataFile = folder.resolve(GradescopeMetadata.FILE);
    boolean gradescope = Files.isRegularFile(metadataFile, LinkOption.NOFOLLOW_LINKS);
    if (gradescope) {
      try {
        metadata = GradescopeMetadata.read(metadataFile);
      } catch (IOException e) {
        problems.add(metadataFile + ": " + e.getMessage() + "; the folder names are used instead");
      }
    }
    Map<String, Path> entries = new TreeMap<>();
    Map<String, String> unusable = new TreeMap<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
      for (Path entry : listing) {
        // A name the grader cannot use as text could name no output folder, nor be graded.
        FileNames.unusable(entry).ifPresentOrElse(
            why -> unusable.put(FileNames.shown(entry), why),
            () -> entries.put(entry.getFileName().toString(), entry));
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    unusable.forEach((name, why) -> problems.add(folder + "/" + name + ": " + why + "; not graded"));
    Set<String> names = entries.keySet();
    List<Student> students = new ArrayList<>();
    for (Map.Entry<String, Path> entry : entries.entrySet()) {
      String fileName = entry.getKey();
      Path path = entry.getValue();
      if (fileName.startsWith(".") || fileName.equals(GradescopeMetadata.FILE) || fileName.equals("__MACOSX")) {
        continue;
      }
      if (Files.isSymbolicLink(path)) {
        problems.add(path + ": a symbolic link, not followed");
      } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        students.add(new Student(fileName, programs(path), metadata.getOrDefault(fileName, List.of()), null));
      } else if (fileName.toLowerCase().endsWith(".zip") && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        String name = fileName.substring(0, fileName.length() - 4);
        if (names.contains(name)) {
          problems.add(path + ": a folder " + name + " is there too; the folder is graded");
          continue;
        }
        Path target = unpackRoot.resolve(name);
        try {
          ZipUnpacker.Unpacked unpacked = ZipUnpacker.unpack(path, target);
          String note = unpacked.skipped().isEmpty() ? null
              : "left out of " + fileName + ": " + String.join(", ", unpacked.skipped());
          students.add(new Student(name, programs(unpacked.folder()), metadata.getOrDefault(name, List.of()), note));
        } catch (IOException e) {
          students.add(new Student(name, null, metadata.getOrDefault(name, List.of()),
              "cannot unpack " + fileName + ": " + e.getMessage()));
        }
      }
    }
    return new Listing(students, problems, gradescope);
  }

  /**
   * The folder of a submission that holds its programs: the shallowest one with a {@code .py}
   * file (a zip often wraps the files in a folder), the submission itself when it has none.
   */
  static Path programs(Path submission) {
    try {
      return shallowestWithPrograms(submission);
    } catch (IOException | RuntimeException e) {
      // A folder the grader cannot list: the submission itself is graded, and its copy names what is left out.
      return submission;
    }
  }

  private static Path shallowestWithPrograms(Path submission) throws IOException {
    List<Path> level = List.of(submission);
    while (!level.isEmpty()) {
      List<Path> next = new ArrayList<>();
      for (Path folder : level) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
          entries = listing.sorted().toList();
        }
        if (entries.stream().anyMatch(e -> e.getFileName().toString().endsWith(".py")
            && Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS))) {
          return folder;
        }
        entries.stream().filter(e -> Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)
            && !e.getFileName().toString().startsWith(".") && !e.getFileName().toString().equals("__MACOSX"))
            .forEach(next::add);
      }
      level = next;
    }
    return submission;
  }
}
