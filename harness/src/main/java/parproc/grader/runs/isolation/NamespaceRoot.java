package parproc.grader.runs.isolation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import parproc.grader.os.Namespaces;

/**
 * The minimal root every namespaced run sees, built once per grading in a mount namespace of
 * its own that a small holder process keeps alive: the system's programs and libraries
 * (read-only), the probe, the interpreter's folder, the runs' folder, a few devices, and nothing
 * else of the machine: no home folders, no grader, no answers. Its process folder (procfs, at the
 * machine's path) shows a process only to its own user (where the kernel can mount one so), and
 * every run has a user of its own, so one mount serves them all. Each run enters it, takes a copy
 * of its own, and adds its /dev/shm.
 */
record NamespaceRoot(Process holder, Path root, Namespaces namespaces) implements AutoCloseable {

  private static final String BUILD = """
      set -e
      R=$1; P=$2; shift 2
      mount -t tmpfs -o mode=755,size=4m parproc-root "$R"
      for d in /usr /bin /sbin /lib /lib32 /lib64 /libx32 /etc; do
        if [ -L "$d" ]; then ln -s "$(readlink "$d")" "$R$d"
        elif [ -d "$d" ]; then mkdir -p "$R$d"; mount --rbind -o ro "$d" "$R$d"; fi
      done
      while [ "$1" != "--" ]; do mkdir -p "$R$1"; mount --bind -o ro "$1" "$R$1"; shift; done; shift
      while [ "$1" != "--" ]; do mkdir -p "$R$1"; mount --bind "$1" "$R$1"; shift; done; shift
      mkdir -p "$R$P" "$R/dev/shm" "$R/tmp"
      mount -t proc -o nosuid,nodev,noexec,hidepid=invisible,subset=pid parproc-proc "$R$P" 2>/dev/null \
        || mount --rbind "$P" "$R$P"
      cd "$R/dev"; touch null zero full random urandom
      for n in null zero full random urandom; do mount --bind "/dev/$n" "$R/dev/$n"; done
      cd /
      echo ready
      read -r _ || true
      """;

  /**
   * Builds the root; {@code readOnly} and {@code writable} are host folders shown at the same
   * path inside, as is the kernel's process folder that {@code namespaces} names.
   */
  static NamespaceRoot build(Isolation.Tools tools, Namespaces namespaces, List<Path> readOnly, List<Path> writable)
      throws IOException {
    Path root = Files.createTempDirectory("parproc-root-");
    List<String> command = new ArrayList<>(List.of(tools.unshare(), "-m", "--propagation", "private", "--",
        tools.sh(), "-c", BUILD, "parproc-root", root.toString(), namespaces.processFolder().toString()));
    readOnly.forEach(p -> command.add(p.toString()));
    command.add("--");
    writable.forEach(p -> command.add(p.toString()));
    command.add("--");
    Process holder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] answer = new byte[6];
    int read = holder.getInputStream().readNBytes(answer, 0, answer.length);
    if (read < 5 || !new String(answer, 0, 5, StandardCharsets.US_ASCII).equals("ready")) {
      holder.destroyForcibly();
      Files.deleteIfExists(root);
      throw new IOException("could not build the runs' root folder in a mount namespace");
    }
    return new NamespaceRoot(holder, root, namespaces);
  }


  /** The holder's mount namespace, for nsenter. */
  String mountNamespace() {
    return namespaces.mountNamespace(holder.pid()).toString();
  }

  boolean alive() {
    return holder.isAlive();
  }

  @Override
  public void close() {
    try (OutputStream in = holder.getOutputStream()) {
      in.write('\n');
    } catch (IOException e) {
      // the holder is gone already
    }
    try {
      if (!holder.waitFor(2, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
      Files.deleteIfExists(root);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      holder.destroyForcibly();
    } catch (IOException e) {
      // left for the system's temporary-file cleaning
    }
  }
}
