package parproc.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.testing.OddNames;

/** The submissions of a class folder: subfolders, zips unpacked safely, Gradescope's metadata. */
class ClassFolderTests {

  @TempDir
  Path temp;

  private Path classFolder() throws IOException {
    return Files.createDirectories(temp.resolve("class"));
  }

  @Test
  void eachSubfolderIsAStudentAndEachZipIsUnpackedIntoItsOwnFolder() throws IOException {
    Path dir = classFolder();
    Files.createDirectories(dir.resolve("bob"));
    Files.writeString(dir.resolve("bob/procEx.py"), "def procEx(): pass\n");
    Zips.write(dir.resolve("alice.zip"), Map.of("work/procEx.py", "def procEx(): pass\n"), Set.of());
    Files.writeString(dir.resolve("notes.txt"), "not a submission");

    ClassFolder.Listing listing = ClassFolder.list(dir, temp.resolve("unpacked"));

    assertThat(listing.students()).extracting(Student::name).containsExactly("alice", "bob");
    // The zip wraps the programs in a folder: the shallowest folder with a .py file is graded.
    assertThat(listing.students().get(0).folder()).isEqualTo(temp.resolve("unpacked/alice/work"));
    assertThat(temp.resolve("unpacked/alice/work/procEx.py")).hasContent("def procEx(): pass");
    assertThat(listing.students().get(1).folder()).isEqualTo(dir.resolve("bob"));
    assertThat(listing.problems()).isEmpty();
    assertThat(listing.gradescope()).isFalse();
  }

  @Test
  void noZipEntryLandsOutsideItsFolderAndLinksAreLeftOut() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("good.py", "print('ok')\n");
    entries.put("../escaped.py", "x");
    entries.put("sub/../../escaped2.py", "x");
    entries.put("/etc/absolute.py", "x");
    entries.put("answers.py", "../../../reference-solutions/procEx.py");
    Path zip = Zips.write(temp.resolve("eve.zip"), entries, Set.of("answers.py"));

    ZipUnpacker.Unpacked unpacked = ZipUnpacker.unpack(zip, temp.resolve("out/eve"));

    assertThat(unpacked.files()).isEqualTo(1);
    assertThat(unpacked.skipped()).containsExactly("../escaped.py (its name leads outside the submission)",
        "sub/../../escaped2.py (its name leads outside the submission)",
        "/etc/absolute.py (its name leads outside the submission)", "answers.py (a symbolic link)");
    try (var files = Files.walk(temp)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> temp.relativize(p).toString()))
          .containsExactlyInAnyOrder("eve.zip", "out/eve/good.py");
    }
  }

  /**
   * A name that is not UTF-8 costs its own entry, named, and nothing else: a student's folder in
   * the class folder, or an entry of a zip, which Java's own reading would refuse whole.
   */
  @Test
  void aNameThatIsNotUtf8IsNamedAndLeftOutOfTheClassAndOfAZip() throws Exception {
    Path dir = classFolder();
    Files.createDirectories(dir.resolve("bob"));
    Files.writeString(dir.resolve("bob/procEx.py"), "def procEx(): pass\n");
    OddNames.make(dir, "import os; os.mkdir(b'st\\xffve')");
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("work/procEx.py", "def procEx(): pass\n");
    entries.put("work/caf\u00e9.txt", "Latin-1: the byte 0xE9 alone");
    entries.put(new String("work/résumé.txt".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1), "x");
    Zips.writeBytes(dir.resolve("carol.zip"), entries);

    ClassFolder.Listing listing = ClassFolder.list(dir, temp.resolve("unpacked"));

    assertThat(listing.students()).extracting(Student::name).containsExactly("bob", "carol");
    assertThat(listing.problems()).containsExactly(dir + "/st\\xffve: a name that is not valid UTF-8; not graded");
    Student carol = listing.students().get(1);
    assertThat(carol.note()).isEqualTo("left out of carol.zip: work/caf\\xe9.txt (a name that is not valid UTF-8)");
    assertThat(carol.folder()).isEqualTo(temp.resolve("unpacked/carol/work"));
    try (var files = Files.list(carol.folder())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("procEx.py", "résumé.txt");
    }
  }

  @Test
  void aDamagedZipIsAStudentWithAReasonAndTheOthersStillCount() throws IOException {
    Path dir = classFolder();
    Files.writeString(dir.resolve("mallory.zip"), "this is not a zip");
    Files.createDirectories(dir.resolve("trent"));

    ClassFolder.Listing listing = ClassFolder.list(dir, temp.resolve("unpacked"));

    assertThat(listing.students()).extracting(Student::name).containsExactly("mallory", "trent");
    assertThat(listing.students().get(0).folder()).isNull();
    assertThat(listing.students().get(0).note()).startsWith("cannot unpack mallory.zip: ");
  }

  @Test
  void aSymbolicLinkInTheClassFolderIsNotFollowed() throws IOException {
    Path dir = classFolder();
    Path answers = Files.createDirectories(temp.resolve("answers"));
    Files.createSymbolicLink(dir.resolve("sneaky"), answers);

    ClassFolder.Listing listing = ClassFolder.list(dir, temp.resolve("unpacked"));

    assertThat(listing.students()).isEmpty();
    assertThat(listing.problems()).containsExactly(dir.resolve("sneaky") + ": a symbolic link, not followed");
  }

  @Test
  void aGradescopeExportGivesTheSubmittersNames() throws IOException {
    Path dir = classFolder();
    Files.createDirectories(dir.resolve("submission_101"));
    Files.createDirectories(dir.resolve("submission_102"));
    Files.writeString(dir.resolve(GradescopeMetadata.FILE), """
        submission_101:
          :submitters:
          - :name: Zoë Ångström
            :sid: '2024001'
            :email: zoe@example.edu
          - :name: Pat Lee
            :sid: '2024002'
            :email: pat@example.edu
          :created_at: 2026-11-20 10:00:00.000000000 -08:00
          :score: 0.0
        submission_102:
          :submitters:
          - :name: Sam Roe
            :sid: '2024003'
            :email: sam@example.edu
        """);

    ClassFolder.Listing listing = ClassFolder.list(dir, temp.resolve("unpacked"));

    assertThat(listing.gradescope()).isTrue();
    assertThat(listing.students()).extracting(Student::displayName).containsExactly("Zoë Ångström; Pat Lee", "Sam Roe");
    assertThat(listing.students().get(0).submitters().get(0))
        .isEqualTo(new Submitter("Zoë Ångström", "2024001", "zoe@example.edu"));
  }

  @Test
  void brokenMetadataIsReportedAndTheFolderNamesUsed() throws IOException {
    Path dir = classFolder();
    Files.createDirectories(dir.resolve("submission_101"));
    Files.writeString(dir.resolve(GradescopeMetadata.FILE), "submission_101: [unclosed\n");

    ClassFolder.Listing listing = ClassFolder.list(dir, temp.resolve("unpacked"));

    assertThat(listing.students()).extracting(Student::displayName).containsExactly("submission_101");
    assertThat(listing.problems()).singleElement().asString()
        .startsWith(dir.resolve(GradescopeMetadata.FILE) + ": not valid YAML").endsWith("; the folder names are used instead");
  }

  @Test
  void seedsDependOnTheClassSeedAndTheFolderNameOnly() {
    long alice = StudentSeeds.of(42, "alice");

    assertThat(StudentSeeds.of(42, "alice")).isEqualTo(alice);
    assertThat(StudentSeeds.of(43, "alice")).isNotEqualTo(alice);
    assertThat(StudentSeeds.of(42, "bob")).isNotEqualTo(alice);
    assertThat(alice).isBetween(0L, 0xFFFF_FFFF_FFFFL);
  }

  @Test
  void shardsSplitAClassIntoDisjointSlicesThatCoverIt() {
    for (int count = 1; count <= 5; count++) {
      for (int student = 0; student < 200; student++) {
        String name = "student" + student;
        int holders = 0;
        for (int index = 1; index <= count; index++) {
          holders += new Shard(index, count).holds(name) ? 1 : 0;
        }
        assertThat(holders).as(name + " in " + count + " shards").isEqualTo(1);
      }
    }
    assertThat(Shard.parse(" 2/4 ")).isEqualTo(new Shard(2, 4));
    assertThatThrownBy(() -> Shard.parse("5/4")).hasMessage("--shard expects K/N with 1 <= K <= N, e.g. 2/4; found '5/4'");
    assertThatThrownBy(() -> Shard.parse("two")).hasMessage("--shard expects K/N with 1 <= K <= N, e.g. 2/4; found 'two'");
  }
}
