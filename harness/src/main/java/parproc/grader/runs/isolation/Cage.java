package parproc.grader.runs.isolation;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import parproc.grader.os.Commands;
import parproc.grader.config.RunLimits;
import parproc.grader.os.OperatingSystem;
import parproc.grader.os.ProcessTable;
import parproc.grader.os.RunCgroup;
import parproc.grader.runs.RunSpec;

/**
 * One run's isolation: its private copy of the submission, its own uid and cgroups when the
 * grader is root, the command that sets all of it up before the interpreter starts, and the
 * sweep that stops every process proven to be the run's (its uid, its cgroup, its session, its
 * namespace, or the secret token in its environment), never a process only because the
 * student's trace names it.
 */
public final class Cage implements AutoCloseable {

  /**
   * Sets up a run inside its own mount, network and IPC namespaces, as root: joins the run's
   * cgroups, gives the run a /dev/shm of its own (its semaphores), then becomes the command inside
   * the minimal root, whose process folder shows each run only its own user's processes. The run
   * keeps the grader's pid namespace, so the pids its trace names are the ones the grader sees.
   */
  private static final String NAMESPACE_INIT = """
      R=$1; WD=$2; shift 2
      while [ "$1" != "--" ]; do echo $$ > "$1" || exit 125; shift; done; shift
      mount -t tmpfs -o mode=1777,size=64m,nosuid,nodev parproc-shm "$R/dev/shm" || exit 125
      [ -d "$R$WD" ] || { echo "the run's folder $WD is not inside its root" >&2; exit 125; }
      export PWD="$WD"
      exec unshare --root="$R" --wd="$WD" "$@"
      """;

  /**
   * Opens the grader's two files on the descriptors the run inherits, before anything else of the
   * set-up: the trace on {@link #TRACE_FD} and the status on {@link #STATUS_FD}, both for appending.
   */
  private static final String OPEN_CHANNELS = """
      exec 3>>"$1" 4>>"$2" || exit 125; shift 2
      exec "$@"
      """;

  /** The descriptor the run's processes write their trace to, which every child inherits. */
  public static final int TRACE_FD = 3;

  /** The descriptor the runner says "started" on, and closes before any of the submission runs. */
  public static final int STATUS_FD = 4;

  /** Joins the run's cgroups, then becomes the next command. */
  private static final String JOIN = """
      while [ "$1" != "--" ]; do echo $$ > "$1" || exit 125; shift; done; shift
      exec "$@"
      """;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Isolation isolation;
  private final OperatingSystem system;
  private final RunSpec spec;
  private final RunFiles files;
  private final String token;
  private final UidPool.Lease uid;
  private final RunCgroup cgroup;
  private final Instant started = Instant.now();
  private volatile long topStart = -1;
  private volatile long topPid = -1;
  private volatile List<Long> leavers = List.of();
  private int looks;

  /**
   * Where a run's files are, all inside its folder: its copy and temporary folder, which are the
   * run's, and the trace and status, which are the grader's, in a folder the run cannot enter.
   */
  private record RunFiles(Path work, Path file, Path tmp, Path trace, Path status, Path witness) {}

  private Cage(Isolation isolation, RunSpec spec, RunFiles files, UidPool.Lease uid, RunCgroup cgroup) {
    this.isolation = isolation;
    this.system = isolation.system();
    this.spec = spec;
    this.files = files;
    this.uid = uid;
    this.cgroup = cgroup;
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    this.token = HexFormat.of().formatHex(bytes);
  }

  static Cage open(Isolation isolation, RunSpec spec, Path runDir) throws IOException {
    boolean separate = isolation.mode() != IsolationMode.NONE;
    UidPool.Lease uid = separate ? isolation.uids().lease() : null;
    RunCgroup cgroup = null;
    try {
      Integer owner = uid == null ? null : uid.uid();
      if (separate) {
        // The run's user may pass through the run's folder, and see nothing else in it.
        Files.setPosixFilePermissions(runDir, PosixFilePermissions.fromString("rwx--x--x"));
      }
      // The copy keeps the folder's name, which is the student's own and tells runs apart.
      Path name = spec.submission().toAbsolutePath().normalize().getFileName();
      Path work = Files.createDirectory(runDir.resolve("work")).resolve(name == null ? "submission" : name.toString());
      if (separate) {
        Files.setPosixFilePermissions(work.getParent(), PosixFilePermissions.fromString("rwx--x--x"));
      }
      PrivateCopy.copy(spec.submission(), work, owner);
      // Short: multiprocessing makes sockets in it, whose paths may hold 107 bytes at most.
      Path tmp = Files.createDirectory(runDir.resolve("tmp"));
      PrivateCopy.own(tmp, owner, "rwx------");
      // The grader's own: the run writes its trace and status through descriptors the set-up opens.
      Path grader = Files.createDirectory(runDir.resolve("grader"));
      if (posixFiles()) {
        Files.setPosixFilePermissions(grader, PosixFilePermissions.fromString("rwx------"));
      }
      Path trace = Files.createFile(grader.resolve("trace.jsonl"));
      Path status = Files.createFile(grader.resolve("status"));
      Path witness = isolation.witnessed() ? Files.createFile(grader.resolve("witness")) : null;
      Path file = inCopy(spec.submission(), spec.file(), work);
      if (separate && isolation.cgroups().isPresent()) {
        RunLimits limits = spec.limits();
        cgroup = isolation.cgroups().get().create((long) limits.memoryMib() << 20, limits.processes());
      }
      return new Cage(isolation, spec, new RunFiles(work, file, tmp, trace, status, witness), uid, cgroup);
    } catch (IOException | RuntimeException e) {
      if (cgroup != null) {
        cgroup.remove();
      }
      if (uid != null) {
        uid.close();
      }
      throw e;
    }
  }

  /**
   * Where {@code file} of the submission is in its private copy {@code work}: its path below the
   * submission, part by part, so that it holds on any file system (Windows' backslashes and drives
   * included), whatever separator the copy's file system uses.
   */
  static Path inCopy(Path submission, Path file, Path work) {
    Path relative = submission.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    Path inside = work;
    for (Path part : relative) {
      inside = inside.resolve(part.toString());
    }
    return inside;
  }

  /** The private copy: the run's working folder and home. */
  public Path work() {
    return files.work();
  }

  /** The run's temporary folder (TMPDIR), apart from its copy and short. */
  public Path tmp() {
    return files.tmp();
  }

  /** The probe's trace file, in the grader's folder: the run writes it on {@link #TRACE_FD}. */
  public Path trace() {
    return files.trace();
  }

  /** The runner's status file, in the grader's folder: the run writes it on {@link #STATUS_FD}. */
  public Path status() {
    return files.status();
  }

  /** The kernel witness's record of the run, in the grader's folder, where the run is witnessed. */
  public Optional<Path> witness() {
    return Optional.ofNullable(files.witness());
  }

  /** The graded file, inside the private copy. */
  public Path file() {
    return files.file();
  }

  /** A secret of this run, set in its environment, by which its processes are known. */
  public String token() {
    return token;
  }

  /** The mode this run is in. */
  public IsolationMode mode() {
    return isolation.mode();
  }

  /**
   * The variables by which the run's processes find the grader's channels: the descriptors the
   * set-up opens, or where no shell hands descriptors down (Windows), the files' names, with each
   * record written under a lock (Windows' appends are not atomic; elsewhere it is asked for).
   */
  public Map<String, String> channelEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    if (isolation.channelsByPath()) {
      env.put("PARPROC_TRACE", files.trace().toString());
      env.put("PARPROC_STATUS", files.status().toString());
      env.put("PARPROC_TRACE_LOCK", "1");
    } else {
      env.put("PARPROC_TRACE_FD", Integer.toString(TRACE_FD));
      env.put("PARPROC_STATUS_FD", Integer.toString(STATUS_FD));
    }
    return env;
  }

  /** The full command: the set-up of the isolation and limits, then the interpreter's. */
  public List<String> command(List<String> interpreter) {
    List<String> joins = cgroup == null ? List.of() : cgroup.joinFiles().stream().map(Path::toString).toList();
    List<String> command = new ArrayList<>(isolation.setUp().map(helper -> setUpInOneProcess(helper, joins))
        .orElseGet(() -> setUpByTools(joins)));
    command.addAll(interpreter);
    return command;
  }

  /**
   * The set-up by parproc-enter, one process: the same steps as {@link #setUpByTools}, which it
   * takes in that order whatever the order of its options.
   */
  private List<String> setUpInOneProcess(Path helper, List<String> joins) {
    List<String> command = new ArrayList<>(List.of(helper.toString(),
        "--fd", TRACE_FD + "=" + files.trace(), "--fd", STATUS_FD + "=" + files.status()));
    if (files.witness() != null) {
      command.addAll(List.of("--witness", files.witness().toString()));
    }
    if (isolation.mode() == IsolationMode.NAMESPACE) {
      NamespaceRoot namespaceRoot = isolation.namespaceRoot().orElseThrow();
      String root = namespaceRoot.root().toString();
      command.addAll(List.of("--mount-ns", namespaceRoot.mountNamespace(), "--unshare", "--shm", root + "/dev/shm",
          "--root", root, "--wd", files.work().toString()));
    }
    joins.forEach(join -> command.addAll(List.of("--cgroup", join)));
    if (uid != null) {
      command.addAll(List.of("--uid", Integer.toString(uid.uid())));
    }
    RunLimits limits = spec.limits();
    command.addAll(List.of("--limit", "data=" + ((long) limits.memoryMib() << 20), "--limit", "cpu=" + limits.cpuSeconds(),
        "--limit", "fsize=" + ((long) limits.fileMib() << 20), "--limit", "nofile=" + limits.openFiles(),
        "--limit", "core=0"));
    if (uid != null) {
      command.addAll(List.of("--limit", "nproc=" + processLimit()));
    }
    command.add("--");
    return command;
  }

  /**
   * The set-up by a chain of system tools, each becoming the next by exec: nsenter, unshare, a
   * shell that joins the cgroups and mounts /dev/shm, unshare into the root, setpriv, prlimit.
   */
  private List<String> setUpByTools(List<String> joins) {
    Isolation.Tools tools = isolation.tools();
    List<String> command = new ArrayList<>(isolation.channelsByPath() ? List.of() : List.of(tools.sh(), "-c",
        OPEN_CHANNELS, "parproc-channels", files.trace().toString(), files.status().toString()));
    if (isolation.mode() == IsolationMode.NAMESPACE) {
      NamespaceRoot namespaceRoot = isolation.namespaceRoot().orElseThrow();
      String root = namespaceRoot.root().toString();
      command.addAll(List.of(tools.nsenter(), "--mount=" + namespaceRoot.mountNamespace(), "--",
          tools.unshare(), "-m", "-n", "-i", "--",
          tools.sh(), "-c", NAMESPACE_INIT, "parproc-init", root, files.work().toString()));
      command.addAll(joins);
      command.add("--");
    } else if (cgroup != null) {
      command.addAll(List.of(tools.sh(), "-c", JOIN, "parproc-join"));
      command.addAll(joins);
      command.add("--");
    }
    if (uid != null) {
      String id = Integer.toString(uid.uid());
      command.addAll(List.of(tools.setpriv(), "--reuid=" + id, "--regid=" + id, "--clear-groups",
          "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"));
    }
    if (tools.prlimit() != null) {
      RunLimits limits = spec.limits();
      command.add(tools.prlimit());
      command.add("--data=" + ((long) limits.memoryMib() << 20));
      command.add("--cpu=" + limits.cpuSeconds());
      command.add("--fsize=" + ((long) limits.fileMib() << 20));
      command.add("--nofile=" + limits.openFiles());
      command.add("--core=0");
      if (uid != null) {
        command.add("--nproc=" + processLimit());
      }
      command.add("--");
    }
    return command;
  }

  /**
   * RLIMIT_NPROC counts every process of the uid, which is the run's alone. With a cgroup, a
   * little above its cap, so that the cgroup refuses first and counts the refusal the report names.
   */
  private int processLimit() {
    return spec.limits().processes() + (cgroup != null ? 16 : 0);
  }

  /**
   * Notes the start of the program, the run's first process (the one the grader started, or the
   * witness's child): nothing started before it can be the run's, and its pid names the session
   * every process of the run stays in.
   */
  public void begun(long program) {
    topPid = program;
    // A program already gone keeps the start read before (its supervisor's, a little earlier).
    topStart = system.processTable().find(program).map(ProcessTable.Entry::startTicks).orElse(topStart);
  }

  /**
   * Stops every process of the run that is still there, until none is; {@code process} is the
   * one the grader started.
   */
  public void sweep(Process process) {
    if (uid != null) {
      killEveryProcessOfTheUid();
      try {
        // The process started is the program itself (every helper became the next by exec), or
        // the witness's supervisor, which ends when the program's processes have.
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor(2, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
      // A witnessed program still setting up as root when the first sweep looked became the
      // run's user since: it dies with its supervisor, and what it started goes here.
      killEveryProcessOfTheUid();
      return;
    }
    for (int round = 0; round < 50; round++) {
      List<ProcessHandle> members = new ArrayList<>(membersByTree(process));
      members.addAll(provenLeavers());
      if (members.isEmpty()) {
        return;
      }
      members.forEach(system.processTrees()::kill);
      pause();
    }
  }

  /**
   * Without the kernel's view: the pids whose records say they may have left the run's session
   * (see {@link #leftTheSession}), which the sweep then stops where they are proven to be the run's.
   */
  public void recordedOutside(List<Long> pids) {
    leavers = List.copyOf(pids);
  }

  /**
   * Without the kernel's view: the processes that left the run's session (their os.setsid()
   * records) and are still running, which the sweep stops only when their command line names
   * this run's private copy (a fork of the graded process keeps it), since a pid named in the
   * trace alone proves nothing.
   */
  private List<ProcessHandle> provenLeavers() {
    if (system.kernelView() || leavers.isEmpty()) {
      return List.of();
    }
    String copy = files.work().toString();
    return leavers.stream().map(ProcessHandle::of).flatMap(Optional::stream)
        .filter(handle -> handle.isAlive() && startedInRun(handle))
        .filter(handle -> handle.info().arguments().map(args -> String.join(" ", args).contains(copy)).orElse(false))
        .toList();
  }

  private boolean startedInRun(ProcessHandle handle) {
    return system.processTable().find(handle.pid()).map(e -> e.startTicks() >= topStart).orElse(false);
  }

  /**
   * The run's processes still running after the graded process ended by itself that had left
   * its session, by pid; call before {@link #sweep}, which stops them.
   *
   * <p>Why the session and not a time: the graded process makes its own session at its start
   * (the runner's os.setsid()), and every process it starts, by any start method, inherits it.
   * multiprocessing's helpers (the resource tracker, the forkserver, a manager's server) never
   * leave it, and may outlive the graded process by a moment, longer under load: no wait could
   * be long enough to tell them apart from a daemon. Leaving the session is a deliberate act
   * (os.setsid()) that no correct program and no helper makes, so counting only those fails no
   * correct program under any scheduling. A process that outlives the program inside the session
   * is still stopped by the sweep, without a verdict.
   *
   * <p>Without the kernel's view (the portable mode) there are no sessions to read: the processes
   * left running are those of {@code recordedLeaving} (the pids whose os.setsid(), or fork outside
   * multiprocessing, the probe recorded) still running, started since the run began, and outside
   * the run's tree and process group.
   */
  public List<Long> leftTheSession(Process process, boolean programAlive, List<Long> recordedLeaving) {
    if (topPid <= 0 || programAlive) {
      return List.of();
    }
    if (!system.kernelView()) {
      // No sessions to read: the processes whose own records say they may have left the run's
      // session, still running, started since the run began, and no longer in its tree or group.
      leavers = List.copyOf(recordedLeaving);
      if (recordedLeaving.isEmpty()) {
        return List.of(); // nothing recorded leaving: no tree to walk (a ps each time, here)
      }
      Set<Long> inside = membersByTree(process).stream().map(ProcessHandle::pid).collect(Collectors.toSet());
      return recordedLeaving.stream().distinct().filter(pid -> !inside.contains(pid)).map(ProcessHandle::of)
          .flatMap(Optional::stream).filter(handle -> handle.isAlive() && startedInRun(handle))
          .map(ProcessHandle::pid).sorted().toList();
    }
    // A process of the run that never left the grader's session ran before the runner's
    // setsid (the runner could not make one): it left nothing.
    long graderSession = system.processTable().find(ProcessHandle.current().pid()).map(ProcessTable.Entry::session)
        .orElse(-1L);
    // The run's processes as the sweep knows them: its cgroup (which none can leave), its uid,
    // or its tree, session and token.
    List<Long> members = cgroup != null ? cgroup.members()
        : uid != null ? system.processTable().all().stream().filter(e -> e.uid() == uid.uid())
            .map(ProcessTable.Entry::pid).toList()
        : membersByTree(process).stream().map(ProcessHandle::pid).toList();
    // Read again, each must still be the run's: a member that ended meanwhile may have left its
    // pid to a process outside the run, which started later or runs as another user.
    return members.stream().map(system.processTable()::find).flatMap(Optional::stream)
        .filter(e -> e.running() && e.session() != topPid && e.session() != graderSession)
        .filter(e -> e.startTicks() >= topStart && (uid == null || e.uid() == uid.uid()))
        .map(ProcessTable.Entry::pid).sorted().toList();
  }

  private void killEveryProcessOfTheUid() {
    for (int round = 0; round < 100 && uidAlive(); round++) {
      killUid();
      pause();
    }
  }

  /** True while a live process runs as the run's uid (in its cgroup, when it has one). */
  private boolean uidAlive() {
    int id = uid.uid();
    if (cgroup != null) {
      return cgroup.members().stream().anyMatch(pid -> system.processTable().find(pid)
          .map(e -> e.uid() == id && e.running()).orElse(false));
    }
    return system.processTable().anyRunningAs(id);
  }

  /**
   * kill(-1) as the uid: the kernel signals every process of that uid and no other. By
   * parproc-enter where it is, else (or when it cannot start: a grader stopping removes it) by
   * setpriv and a shell.
   */
  private void killUid() {
    Isolation.Tools tools = isolation.tools();
    String id = Integer.toString(uid.uid());
    Optional<Path> helper = isolation.setUp();
    if (helper.isPresent() && killedAll(List.of(helper.get().toString(), "--uid", id, "--kill-all"))) {
      return;
    }
    killedAll(List.of(tools.setpriv(), "--reuid=" + id, "--regid=" + id, "--clear-groups", "--",
        tools.sh(), "-c", "kill -KILL -1"));
  }

  /** Runs a killer command: whether it ran and exited 0 within 5 s. */
  private static boolean killedAll(List<String> command) {
    return Commands.succeeds(new ProcessBuilder(command), 5);
  }

  /**
   * Without a uid of its own: the started process and its descendants, the members of its
   * session, and processes whose environment holds the run's token (orphans that left the
   * session), each still running.
   */
  private List<ProcessHandle> membersByTree(Process process) {
    ProcessHandle top = process.toHandle();
    // Only a process started no earlier than the run's first can be the run's.
    long since = topStart >= 0 ? topStart
        : system.processTable().find(top.pid()).map(ProcessTable.Entry::startTicks).orElse(0L);
    return system.processTrees().members(top, "PARPROC_RUN=" + token, since);
  }

  /**
   * The cap of the run's cgroups that was hit, as the report names it, or null: the run is then
   * stopped at once.
   */
  public String capHit() {
    RunLimits limits = spec.limits();
    if (cgroup == null) {
      return uid == null ? sessionOverCap(limits) : null;
    }
    if (cgroup.memoryCapHit()) {
      return "stopped: used more than " + limits.memoryMib() + " MiB of memory";
    }
    if (cgroup.processCapHit()) {
      return "stopped: more than " + limits.processes() + " processes at once";
    }
    return null;
  }

  /**
   * Without a cgroup or a uid of its own, the process cap is counted by the grader: now and then,
   * the live processes in the run's session (the graded process makes one).
   */
  private String sessionOverCap(RunLimits limits) {
    if (++looks % 10 != 0 || topPid <= 0) {
      return null;
    }
    // Without sessions to read, the run's tree and group stand for it.
    long members = system.kernelView()
        ? system.processTable().all().stream().filter(e -> e.session() == topPid && e.running()).count()
        : ProcessHandle.of(topPid).map(top -> system.processTrees().members(top, "", topStart).size()).orElse(0);
    return members > limits.processes() ? "stopped: more than " + limits.processes() + " processes at once" : null;
  }

  /**
   * Why the run was stopped by one of its limits, named as the report shows it, or null.
   *
   * @param exitCode the graded process's exit status (128 + n for signal n)
   */
  public String stopped(int exitCode, String stderr) {
    RunLimits limits = spec.limits();
    if ((cgroup != null && cgroup.memoryCapHit()) || stderr.contains("MemoryError")) {
      return "stopped: used more than " + limits.memoryMib() + " MiB of memory";
    }
    if ((cgroup != null && cgroup.processCapHit())
        || (stderr.contains("BlockingIOError") && stderr.contains("Resource temporarily unavailable"))) {
      return "stopped: more than " + limits.processes() + " processes at once";
    }
    if (exitCode == 128 + 24) {
      return "stopped: used more than " + limits.cpuSeconds() + " s of CPU time";
    }
    if (stderr.contains("[Errno 27] File too large")) {
      return "stopped: wrote a file larger than " + limits.fileMib() + " MiB";
    }
    if (stderr.contains("[Errno 24] Too many open files")) {
      return "stopped: more than " + limits.openFiles() + " files open at once";
    }
    return null;
  }

  /** Peak memory of the run in bytes, where a cgroup counted it; 0 otherwise. */
  public long peakMemory() {
    return cgroup == null ? 0 : cgroup.peakMemory();
  }

  /** Whether this machine's files have POSIX permissions (not on Windows). */
  static boolean posixFiles() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Releases the uid and removes the cgroups and what the run's user shares; call after {@link #sweep}. */
  @Override
  public void close() {
    if (cgroup != null) {
      cgroup.remove();
    }
    if (uid != null) {
      // Without namespaces, the machine's System V objects and /dev/shm are every run's: what this
      // run's user left there goes before the uid serves another run.
      if (isolation.mode() == IsolationMode.PERMISSIONS) {
        system.sharedObjects().removeAllOf(uid.uid());
      }
      uid.close();
    }
  }

  Instant started() {
    return started;
  }
}
