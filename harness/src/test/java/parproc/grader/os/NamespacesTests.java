package parproc.grader.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paths of Linux's namespaces: a process's are files in its procfs folder. */
class NamespacesTests {

  @Test
  void aMountNamespaceIsAFileInTheProcesssFolder(@TempDir Path folder) {
    Namespaces namespaces = Linux.at(folder, folder.resolve("cgroup")).namespaces().orElseThrow();

    assertThat(namespaces.mountNamespace(4242)).isEqualTo(folder.resolve("4242/ns/mnt"));
    assertThat(namespaces.processFolder()).isEqualTo(folder);
  }

  @Test
  void theStandardPlacesAreProcAndItsFolders() {
    Namespaces namespaces = Linux.standard().namespaces().orElseThrow();

    assertThat(namespaces.mountNamespace(4242)).isEqualTo(Path.of("/proc/4242/ns/mnt"));
    assertThat(namespaces.processFolder()).isEqualTo(Path.of("/proc"));
  }
}
