package parproc.grader.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.testing.OddNames;

/** File names as bytes: shown without loss, and named when the grader cannot use them as text. */
class FileNamesTests {

  @TempDir
  Path temp;

  @Test
  void aNameThatIsNotUtf8IsShownWithItsOddBytesWrittenOut() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("names"));
    OddNames.make(folder, "open(b'bad\\xff.txt', 'wb'); open(b'caf\\xc3\\xa9\\xff\\xc3', 'wb'); open('résumé.txt', 'w');"
        + " open('100%.txt', 'w')");

    List<String> shown = new ArrayList<>();
    List<String> unusable = new ArrayList<>();
    try (var entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        shown.add(FileNames.shown(entry));
        FileNames.unusable(entry).ifPresent(why -> unusable.add(FileNames.shown(entry) + ": " + why));
      }
    }

    assertThat(shown).containsExactlyInAnyOrder("bad\\xff.txt", "café\\xff\\xc3", "résumé.txt", "100%.txt");
    List<String> expected = new ArrayList<>(List.of("bad\\xff.txt: a name that is not valid UTF-8",
        "café\\xff\\xc3: a name that is not valid UTF-8"));
    String charset = System.getProperty("sun.jnu.encoding");
    if (!charset.equals("UTF-8")) {
      // Maven started in the POSIX locale: this JVM cannot read a name outside ASCII.
      expected.add("résumé.txt: a name the grader cannot read in an " + charset
          + " locale; grade with ./grade, which picks a UTF-8 one");
    }
    assertThat(unusable).containsExactlyInAnyOrderElementsOf(expected);
  }

}
