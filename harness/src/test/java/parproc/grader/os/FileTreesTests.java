package parproc.grader.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.testing.Isolated;

/**
 * Removing what a run left behind: a chain of folders far deeper than a path may be long, folders
 * their owner may not enter, names that are not UTF-8, and links out of the tree, never followed.
 */
class FileTreesTests {

  /** Folders in the chain: 3000 names of two bytes and a slash are 9000 bytes, twice PATH_MAX. */
  private static final int DEPTH = 3000;

  /**
   * Builds the tree with relative steps, as a run would (an absolute path that deep fails): a
   * chain of {@code ab} folders with a file, a name that is not UTF-8 and a link out at the
   * bottom; every 500th folder of the chain, and a folder beside the chain's top, mode 000; a link
   * out at the top too. Everything is owned by {@code uid}.
   */
  private static final String BUILD = """
      import os, sys
      root, outside, depth, uid = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
      os.chdir(root)
      os.symlink(outside, 'link-out')
      os.mkdir('closed')
      open('closed/inside.txt', 'w').write('x')
      os.chmod('closed', 0)
      for level in range(depth):
          os.mkdir('ab')
          os.chdir('ab')
      open('deep.txt', 'w').write('x')
      open(b'bad\\xff.txt', 'wb').write(b'x')
      os.symlink(outside, 'link-out')
      os.symlink(os.path.join(outside, 'keep.txt'), 'file-link-out')
      for level in range(depth):
          for name in os.listdir('.'):
              os.lchown(name, uid, uid)
          os.chdir('..')
          if level % 500 == 0:
              os.chmod('ab', 0)
      for name in os.listdir('.'):
          os.lchown(name, uid, uid)
      os.chown('.', uid, uid)
      """;

  @TempDir
  Path temp;

  private Path outside;

  @BeforeEach
  void outsideTheTree() throws IOException {
    // Others may pass through, for the test that deletes as another user.
    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwx--x--x"));
    outside = Files.createDirectories(temp.resolve("outside"));
    Files.writeString(outside.resolve("keep.txt"), "still here");
  }

  @Test
  void aTreeDeeperThanAPathMayBeLongIsRemovedWithItsClosedFoldersOddNamesAndLinks() throws Exception {
    Path tree = Files.createDirectories(temp.resolve("run"));
    build(tree, (int) Files.getAttribute(tree, "unix:uid"));

    List<String> left = FileTrees.delete(tree);

    assertThat(left).isEmpty();
    assertThat(Files.exists(tree, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(outside.resolve("keep.txt")).hasContent("still here");
    try (var entries = Files.list(outside)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("keep.txt");
    }
  }

  /**
   * As the tree's owner but not root, which is how the grader runs on a student's laptop: a
   * folder of mode 000 must be opened up before it can be emptied. Root needs no such step, so
   * when the tests run as root the deletion runs in a JVM of another user.
   */
  @Test
  void itsOwnerRemovesFoldersItMayNotEnterAndGetsBackWhatIsNotItsToRemove() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot(), "needs root to build a tree for another user");
    int uid = 65534;
    Path tree = Files.createDirectories(temp.resolve("run"));
    build(tree, uid);
    // A folder of root's, with a file, inside the owner's tree: not the owner's to empty.
    Path foreign = Files.createDirectories(tree.resolve("roots"));
    Files.writeString(foreign.resolve("held.txt"), "x");

    Process java = new ProcessBuilder("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData", "-cp", classes(),
        Delete.class.getName(), tree.toString())
        .redirectErrorStream(true).start();
    String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(java.exitValue()).as(printed).isZero();
    assertThat(printed).isEqualTo(tree + "/roots/held.txt: permission denied\n");
    try (var entries = Files.list(tree)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("roots");
    }
    assertThat(outside.resolve("keep.txt")).hasContent("still here");
  }

  @Test
  void aLinkGivenAsTheTreeIsRemovedAndWhatItPointsAtIsNot() throws IOException {
    Path link = Files.createSymbolicLink(temp.resolve("link"), outside);

    assertThat(FileTrees.delete(link)).isEmpty();

    assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(outside.resolve("keep.txt")).hasContent("still here");
  }

  @Test
  void aTreeThatIsNotThereLeavesNothingToReport() {
    assertThat(FileTrees.delete(temp.resolve("never-made"))).isEmpty();
    assertThat(FileTrees.delete(null)).isEmpty();
  }

  private void build(Path tree, int uid) throws Exception {
    python(BUILD, tree, outside.toString(), Integer.toString(DEPTH), Integer.toString(uid));
  }

  private static void python(String script, Path folder, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3", "-c", script, folder.toString()));
    command.addAll(List.of(args));
    Process python = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(python.exitValue()).as(printed).isZero();
  }

  /** The main and test classes, which the other user's JVM needs (FileTrees uses the JDK alone). */
  private static String classes() {
    Path target = Path.of(FileTrees.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getParent();
    return target.resolve("classes") + ":" + target.resolve("test-classes");
  }

  /** Deletes the tree named by its argument and prints what is left, one line each. */
  static final class Delete {
    public static void main(String[] args) {
      FileTrees.delete(Path.of(args[0])).forEach(System.out::println);
    }
  }
}
