package parproc.grader.runs.isolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import parproc.grader.HarnessException;
import parproc.grader.os.Commands;
import parproc.grader.os.CgroupParents;
import parproc.grader.os.Namespaces;
import parproc.grader.os.OperatingSystem;
import parproc.grader.runs.ProbeFiles;
import parproc.grader.runs.PythonInterpreter;
import parproc.grader.runs.RunSpec;

/**
 * The isolation of a grading's runs, chosen once: what the machine allows (root, unshare,
 * cgroups), the mode in force, and the interpreter the runs' own user can execute. Each run
 * then gets a {@link Cage} of its own.
 */
public final class Isolation implements AutoCloseable {

  private static final AtomicLong RUN_NUMBERS = new AtomicLong();

  private static final List<String> TOOL_FOLDERS = List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin");

  private static final OperatingSystem OS = OperatingSystem.current();

  /** Whether the run's channels are files named in its environment rather than descriptors (no sh: Windows). */
  static final String CHANNELS_PROPERTY = "parproc.channels";

  private final IsolationMode mode;
  private final OperatingSystem system;
  private final boolean channelsByPath;
  private final PythonInterpreter python;
  private final String pythonNote;
  private final ProbeFiles probe;
  private final Tools tools;
  private final Separation separation;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Set<Path> keptOut = ConcurrentHashMap.newKeySet();

  /** Paths of the helper programs; prlimit may be missing (then only the time limit holds). */
  record Tools(String sh, String setpriv, String prlimit, String unshare, String nsenter) {}

  /**
   * What keeps the runs apart from the grader in any mode but none: a uid of its own for each run,
   * the folder of the runs' folders, the cgroup bases (null where the machine has none) and the
   * minimal root (in namespace mode, else null), and the one-process set-up of runs (null where
   * the chain of system tools does it).
   */
  private record Separation(UidPool uids, Path runs, boolean runsInMemory, CgroupParents cgroups,
      NamespaceRoot namespaceRoot, Path setUp, boolean witnessed) {}

  /** The system property that turns the kernel witness off ({@code off}), for measuring what it costs. */
  static final String WITNESS_PROPERTY = "parproc.witness";

  private Isolation(IsolationMode mode, OperatingSystem system, PythonInterpreter python, String pythonNote,
      ProbeFiles probe, Tools tools, Separation separation) {
    this.mode = mode;
    this.system = system;
    // The set-up opens the grader's files on descriptors with a shell; where there is none, or
    // where a test asks for it, each process of the run opens them by their names.
    this.channelsByPath = tools.sh() == null || "paths".equals(System.getProperty(CHANNELS_PROPERTY));
    this.python = python;
    this.pythonNote = pythonNote;
    this.probe = probe;
    this.tools = tools;
    this.separation = separation;
  }

  /**
   * Chooses the isolation: the mode asked for, or with {@code null} the strongest the machine
   * allows. A mode asked for that the machine does not allow is a {@link HarnessException}.
   */
  public static Isolation choose(IsolationMode requested, PythonInterpreter python, ProbeFiles probe)
      throws HarnessException {
    return choose(requested, OperatingSystem.current(), python, probe);
  }

  /**
   * As {@link #choose(IsolationMode, PythonInterpreter, ProbeFiles)} on {@code system}: where it has
   * no kernel view of processes (the portable mode), runs are in mode none, and another mode asked
   * for is a {@link HarnessException}.
   */
  public static Isolation choose(IsolationMode requested, OperatingSystem system, PythonInterpreter python,
      ProbeFiles probe) throws HarnessException {
    if (!system.kernelView()) {
      if (requested != null && requested != IsolationMode.NONE) {
        throw new HarnessException("isolation '" + requested.label() + "' needs Linux's /proc, cgroups and"
            + " namespaces; the portable mode runs with --isolation none");
      }
      Tools tools = new Tools(tool("sh"), null, tool("prlimit"), null, null);
      return new Isolation(IsolationMode.NONE, system, python, null, probe, tools, null);
    }
    return choose(requested, python, probe, !"tools".equals(System.getProperty(NativeSetUp.PROPERTY)));
  }

  /**
   * As {@link #choose(IsolationMode, PythonInterpreter, ProbeFiles)}; {@code oneProcess} false sets
   * runs up with the chain of system tools even where parproc-enter could be compiled.
   */
  static Isolation choose(IsolationMode requested, PythonInterpreter python, ProbeFiles probe, boolean oneProcess)
      throws HarnessException {
    Tools tools = new Tools(tool("sh"), tool("setpriv"), tool("prlimit"), tool("unshare"), tool("nsenter"));
    boolean root = isRoot();
    IsolationMode mode = requested;
    if (mode == null) {
      mode = !root || tools.setpriv() == null ? IsolationMode.NONE
          : tools.unshare() != null && tools.nsenter() != null && namespacesWork(tools) ? IsolationMode.NAMESPACE
          : IsolationMode.PERMISSIONS;
    } else if (mode != IsolationMode.NONE) {
      if (!root || tools.setpriv() == null || tools.sh() == null) {
        throw new HarnessException("isolation '" + mode.label() + "' needs the grader to run as root, with setpriv"
            + " (util-linux) installed; use --isolation none, or auto");
      }
      if (mode == IsolationMode.NAMESPACE && (tools.unshare() == null || tools.nsenter() == null || !namespacesWork(tools))) {
        throw new HarnessException("isolation 'namespace' needs unshare -m -n -p to work here (it does not: the"
            + " container lacks the capability); use --isolation permissions, or auto");
      }
    }
    if (mode == IsolationMode.NONE) {
      return new Isolation(mode, OS, python, null, probe, tools, null);
    }
    try {
      CgroupParents cgroups = OS.cgroups().parents().orElse(null);
      UidPool uids = UidPool.shared();
      PythonInterpreter runPython = python;
      String note = null;
      if (mode == IsolationMode.PERMISSIONS && !reachableByOthers(python.executable())) {
        runPython = reachablePython().orElseThrow(() -> new HarnessException("the runs' own user cannot execute "
            + python.executable() + " (a folder on its path is closed to other users), and no other Python 3."
            + PythonInterpreter.MIN_MINOR + "+ is installed where it can; install Debian's python3, or name one with --python"));
        note = python.executable() + " is closed to other users";
      }
      // Runs' folders: the grader's, which their users may pass through but not list.
      Path runs = Files.createTempDirectory("pp-");
      Files.setPosixFilePermissions(runs, PosixFilePermissions.fromString("rwx--x--x"));
      // In memory where each run's memory cgroup caps it: a run's files are charged to that cgroup,
      // so what a run writes counts toward its memory cap; and making and removing thousands of
      // small files there costs a fraction of what it costs on a disk's file system.
      boolean runsInMemory = cgroups != null && mountInMemory(tools, runs);
      NamespaceRoot namespaceRoot = null;
      if (mode == IsolationMode.NAMESPACE) {
        List<Path> readOnly = new ArrayList<>(List.of(probe.folder()));
        prefixOf(runPython).ifPresent(readOnly::add);
        Namespaces namespaces = OS.namespaces().orElseThrow(() -> new IOException("the system has no namespaces"));
        namespaceRoot = NamespaceRoot.build(tools, namespaces, readOnly, List.of(runs));
      }
      shareProbe(probe, runPython);
      IsolationMode chosen = mode;
      Path setUp = !oneProcess ? null : NativeSetUp.find(runs, helper -> setsUp(helper, chosen, tools)).orElse(null);
      boolean witnessed = setUp != null && !"off".equals(System.getProperty(WITNESS_PROPERTY)) && witnesses(setUp, tools);
      Isolation isolation = new Isolation(mode, OS, runPython, note, probe, tools,
          new Separation(uids, runs, runsInMemory, cgroups, namespaceRoot, setUp, witnessed));
      // A grader that exits without closing (a test, an interrupted grading) leaves no folder behind.
      Runtime.getRuntime().addShutdownHook(new Thread(isolation::close, "parproc-isolation"));
      return isolation;
    } catch (IOException e) {
      throw new HarnessException("cannot set up the isolation of runs: " + e.getMessage(), e);
    }
  }

  public IsolationMode mode() {
    return mode;
  }

  /** The system the runs' processes are found and stopped on: Linux's /proc, or the JDK's process API alone. */
  public OperatingSystem system() {
    return system;
  }

  /** Whether the run's trace and status are files it opens by name, not descriptors handed down. */
  boolean channelsByPath() {
    return channelsByPath;
  }

  /** The interpreter the runs use (the one asked for, unless the runs' user cannot execute it). */
  public PythonInterpreter python() {
    return python;
  }

  /** One line for the report: the mode and what it holds. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!system.kernelView()) {
      List<String> missing = system.missing();
      parts.add((missing.isEmpty() ? "portable mode, forced: /proc, cgroups and namespaces are not used"
          : "portable mode: no " + String.join(", no ", missing) + " here")
          + "; the run's processes are found through Java's process API"
          + (tools.sh() != null ? " and the run's process group" : "")
          + ", a deadlock is judged from the probe's records alone, and a process that leaves the run's session is"
          + " seen only through its os.setsid() call");
      parts.add(tools.prlimit() != null ? "per-process limits" : "time limit only (no prlimit)");
      return mode.label() + " (" + String.join("; ", parts) + ")";
    }
    switch (mode) {
      case NAMESPACE -> parts.add("own user, own mount and network namespaces: a minimal root, no network");
      case PERMISSIONS -> parts.add("own user, file permissions; runs see the machine's processes, the grader's"
          + " command line included");
      case NONE -> parts.add(isRoot() ? "forced off" : "the grader does not run as root");
    }
    if (cgroups().isPresent()) {
      parts.add("cgroup caps on memory and processes");
    }
    parts.add(tools.prlimit() != null || setUp().isPresent() ? "per-process limits" : "time limit only (no prlimit)");
    if (mode == IsolationMode.PERMISSIONS) {
      // Permissions keep a run out of the grader's files only if those files are closed.
      String home = System.getProperty("parproc.home");
      openAnswers(home == null ? null : Path.of(home)).ifPresent(answers -> parts.add("WARNING: other users can read "
          + answers + ", and so can the runs: close the grader's folder with chmod -R go-rwx " + answers.getParent()));
      keptOut.stream().filter(Isolation::reachableByOthers).sorted().forEach(folder -> parts.add("WARNING: other"
          + " users can read " + folder + ", and so can the runs: close it with chmod -R go-rwx " + folder));
    }
    parts.add(witnessed() ? "kernel witness: every process and write of a run is recorded by the kernel's"
        + " tracer, and the probe's record is checked against it"
        : "no kernel witness: a submission could forge its record");
    if (pythonNote != null) {
      parts.add("runs use " + python.executable() + " (" + python.version() + "): " + pythonNote);
    }
    return mode.label() + " (" + String.join("; ", parts) + ")";
  }

  /**
   * Folders the runs must not read, such as a class's submissions and its grades: with file
   * permissions alone they are kept out only while other users cannot read them, and the
   * isolation's description warns of each one they can.
   */
  public void keepOut(Path... folders) {
    for (Path folder : folders) {
      keptOut.add(folder.toAbsolutePath().normalize());
    }
  }

  /** Sets up one run in {@code runDir} (a new, empty folder of the grader's). */
  public Cage cage(RunSpec spec, Path runDir) throws IOException {
    return Cage.open(this, spec, runDir);
  }

  Tools tools() {
    return tools;
  }

  ProbeFiles probe() {
    return probe;
  }

  Optional<CgroupParents> cgroups() {
    return Optional.ofNullable(separation).map(Separation::cgroups);
  }

  /** The pool of the runs' own uids; null in mode none. */
  UidPool uids() {
    return separation == null ? null : separation.uids();
  }

  /** A new folder for one run, which {@link #cage} then fills. */
  public Path newRunDir() throws IOException {
    // Short names: a run's TMPDIR holds multiprocessing's sockets, whose paths are short (104
    // bytes on macOS, whose own temporary folder is long: /tmp there is short).
    Path shortTmp = Path.of("/tmp");
    if (separation == null && !system.kernelView() && Files.isDirectory(shortTmp) && Files.isWritable(shortTmp)) {
      return Files.createTempDirectory(shortTmp, "pp-");
    }
    return separation == null ? Files.createTempDirectory("parproc-run-")
        : Files.createDirectory(separation.runs().resolve(Long.toString(RUN_NUMBERS.incrementAndGet())));
  }

  Optional<NamespaceRoot> namespaceRoot() {
    return Optional.ofNullable(separation).map(Separation::namespaceRoot);
  }

  /** Whether runs are traced by the kernel witness (parproc-enter as their supervisor). */
  public boolean witnessed() {
    return separation != null && separation.witnessed();
  }

  /** The one-process set-up of runs (parproc-enter), where it was compiled and works. */
  Optional<Path> setUp() {
    return Optional.ofNullable(separation).map(Separation::setUp);
  }

  /** Ends the namespace holder and removes the runs' folder (each run removes its own). */
  @Override
  public void close() {
    if (closed.getAndSet(true) || separation == null) {
      return;
    }
    namespaceRoot().ifPresent(NamespaceRoot::close);
    setUp().filter(helper -> helper.startsWith(separation.runs())).ifPresent(helper -> {
      try {
        Files.deleteIfExists(helper);
      } catch (IOException e) {
        // goes with the runs' folder, or with the system's temporary-file cleaning
      }
    });
    if (separation.runsInMemory()) {
      // Lazily: a run still being cleaned keeps its files until it lets go; then the memory is freed.
      runQuietly(tools.sh(), "-c", "umount -l \"$1\"", "parproc-runs", separation.runs().toString());
    }
    try {
      Files.deleteIfExists(separation.runs());
    } catch (IOException e) {
      // a run still being cleaned: left for the system's temporary-file cleaning
    }
  }

  /** Mounts a file system in memory on {@code folder}, keeping its permissions; false where that is not allowed. */
  private static boolean mountInMemory(Tools tools, Path folder) {
    return runQuietly(tools.sh(), "-c", "mount -t tmpfs -o mode=711,nosuid,nodev parproc-runs \"$1\"", "parproc-runs",
        folder.toString());
  }

  /** Runs a short helper command, discarding its output: whether it succeeded within 10 s. */
  private static boolean runQuietly(String... command) {
    return Commands.succeeds(new ProcessBuilder(command), 10);
  }

  /** The folder to mount in a namespace for the interpreter, when it lives outside /usr. */
  private static Optional<Path> prefixOf(PythonInterpreter python) {
    try {
      Path real = python.executable().toRealPath();
      Path prefix = real.getParent() == null ? null : real.getParent().getParent();
      if (prefix == null || prefix.startsWith("/usr") || prefix.equals(Path.of("/"))) {
        return Optional.empty();
      }
      return Optional.of(prefix);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static boolean isRoot() {
    return OS.processTable().find(ProcessHandle.current().pid()).map(e -> e.uid() == 0).orElse(false);
  }

  private static String tool(String name) {
    for (String folder : TOOL_FOLDERS) {
      Path path = Path.of(folder, name);
      if (Files.isExecutable(path)) {
        return path.toString();
      }
    }
    return null;
  }

  /** Tries a namespace with a mount in it, as every namespaced run does. */
  private static boolean namespacesWork(Tools tools) {
    try {
      Path target = Files.createTempDirectory("parproc-ns-");
      try {
        return runQuietly(tools.unshare(), "-m", "-n", "-i", "--",
            tools.sh(), "-c", "mount -t tmpfs -o size=1m parproc \"$1\"", "parproc", target.toString());
      } finally {
        Files.deleteIfExists(target);
      }
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether the helper can be the runs' kernel witness here: it traces a program that writes,
   * and its record shows the write (the architecture is supported, and ptrace and seccomp work).
   */
  private static boolean witnesses(Path helper, Tools tools) {
    try {
      Path record = Files.createTempFile("parproc-witness-", ".txt");
      try {
        return runQuietly(helper.toString(), "--witness", record.toString(), "--", tools.sh(), "-c",
            "echo witnessed >/dev/null") && Files.readString(record).contains(" 10 7769746e65737365640a");
      } finally {
        Files.deleteIfExists(record);
      }
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether the compiled set-up works here, tried as runs use it; where it does not, the chain
   * of system tools sets runs up instead.
   */
  private static boolean setsUp(Path helper, IsolationMode mode, Tools tools) {
    try {
      Path shm = Files.createTempDirectory("parproc-ns-");
      try {
        List<String> command = new ArrayList<>(List.of(helper.toString()));
        if (mode == IsolationMode.NAMESPACE) {
          command.addAll(List.of("--unshare", "--shm", shm.toString()));
        }
        command.addAll(List.of("--limit", "nofile=64", "--", tools.sh(), "-c", "exit 0"));
        return runQuietly(command.toArray(String[]::new));
      } finally {
        Files.deleteIfExists(shm);
      }
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The probe is no secret: the runs' user must read it. Its bytecode is compiled here, by the
   * runs' interpreter, since the runs' user cannot write it beside the probe.
   */
  private static void shareProbe(ProbeFiles probe, PythonInterpreter python) throws IOException {
    try {
      Process compile = new ProcessBuilder(python.executable().toString(), "-S", "-c",
          "import compileall, sys; compileall.compile_dir(sys.argv[1], quiet=1)", probe.folder().toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      compile.getOutputStream().close();
      if (!compile.waitFor(60, TimeUnit.SECONDS)) {
        compile.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var paths = Files.walk(probe.folder())) {
      for (Path path : paths.toList()) {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
            Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  /** True when a user other than the owner may execute the file, through every folder above it. */
  static boolean reachableByOthers(Path executable) {
    try {
      Path real = executable.toRealPath();
      Set<PosixFilePermission> file = Files.getPosixFilePermissions(real);
      if (!file.contains(PosixFilePermission.OTHERS_EXECUTE) || !file.contains(PosixFilePermission.OTHERS_READ)) {
        return false;
      }
      for (Path folder = real.getParent(); folder != null; folder = folder.getParent()) {
        if (!Files.getPosixFilePermissions(folder).contains(PosixFilePermission.OTHERS_EXECUTE)) {
          return false;
        }
      }
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** The grader's reference solutions, when a user other than the grader's can read them. */
  static Optional<Path> openAnswers(Path home) {
    if (home == null) {
      return Optional.empty();
    }
    Path answers = home.resolve("reference-solutions");
    return Files.isDirectory(answers) && reachableByOthers(answers) ? Optional.of(answers) : Optional.empty();
  }

  /** The system's own Python 3, when other users can execute it. */
  private static Optional<PythonInterpreter> reachablePython() {
    for (String candidate : List.of("/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3")) {
      if (Files.isExecutable(Path.of(candidate)) && reachableByOthers(Path.of(candidate))) {
        try {
          return Optional.of(PythonInterpreter.resolve(candidate));
        } catch (HarnessException e) {
          // too old, or broken: try the next
        }
      }
    }
    return Optional.empty();
  }
}
