/*
 * parproc-enter: sets up one run's isolation in a single process, then becomes the run's
 * interpreter. The grader compiles it on first use and falls back to its chain of system tools
 * (nsenter, unshare, sh, mount, setpriv, prlimit) where no C compiler is found; each step here
 * does what the same step of that chain does, in the same order, so a run cannot tell them apart.
 *
 *   parproc-enter [--fd N=FILE]... [--witness FILE] [--mount-ns FILE] [--unshare] [--cgroup FILE]...
 *                 [--shm DIR] [--root DIR --wd DIR] [--uid N] [--limit NAME=VALUE]... -- PROGRAM ARG...
 *   parproc-enter --uid N --kill-all
 *
 * --fd         opens FILE for appending, without following a link, as descriptor N, which the
 *              program inherits (sh: exec N>>FILE): the grader's trace and status files, in a
 *              folder only the grader may enter, so the run writes them only through these
 * --witness    stays alive as the run's supervisor, the kernel witness (see witness.h below): the
 *              program runs as its child, traced, and every process creation, exec, exit and
 *              write of the run is recorded in FILE, which the run cannot reach; the supervisor
 *              exits with the program's own status once every process of the run has ended
 * --mount-ns   joins the mount namespace held open at FILE (nsenter --mount)
 * --unshare    new mount, network and IPC namespaces, mounts made private (unshare -m -n -i)
 * --cgroup     writes this process's pid into FILE, a cgroup's cgroup.procs
 * --shm        mounts a tmpfs of 64 MiB on DIR for the run's semaphores
 * --root --wd  changes the root to DIR and the working folder to --wd inside it
 * --uid        becomes user and group N with no other group, no capability in any set,
 *              and no new privileges ever (setpriv)
 * --limit      sets a resource limit, soft and hard, as user N (prlimit): data, cpu, fsize,
 *              nofile, core, nproc
 * --kill-all   as user N, sends SIGKILL to every process of that user (kill -KILL -1)
 *
 * A failure before PROGRAM starts exits with 125 and one line on stderr, which the grader shows
 * as "the isolation of the run could not be set up".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#if defined(__x86_64__)
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#define WITNESS_SUPPORTED 1
#else
#define WITNESS_SUPPORTED 0
#endif

#define SETUP_FAILED 125
#define MAX_ITEMS 16

static void fail(const char *format, ...) {
  va_list args;
  va_start(args, format);
  fputs("parproc-enter: ", stderr);
  vfprintf(stderr, format, args);
  fputc('\n', stderr);
  va_end(args);
  exit(SETUP_FAILED);
}

static long number(const char *text, const char *what) {
  char *end;
  errno = 0;
  long value = strtol(text, &end, 10);
  if (errno != 0 || end == text || *end != '\0' || value < 0) {
    fail("%s is not a number: %s", what, text);
  }
  return value;
}

struct limit {
  int resource;
  rlim_t value;
};

struct channel {
  int fd;
  const char *file;
};

static struct channel parse_channel(const char *text) {
  const char *equals = strchr(text, '=');
  if (equals == NULL || equals == text) {
    fail("a descriptor is N=FILE: %s", text);
  }
  char number_text[16];
  size_t length = (size_t)(equals - text);
  if (length >= sizeof number_text) {
    fail("not a descriptor number: %s", text);
  }
  memcpy(number_text, text, length);
  number_text[length] = '\0';
  long fd = number(number_text, "the descriptor");
  if (fd < 3 || fd > 64) {
    fail("descriptor %ld is not between 3 and 64", fd);
  }
  return (struct channel){(int)fd, equals + 1};
}

/* Opens the file on exactly that descriptor, inheritable: dup2 clears close-on-exec. */
static void open_channel(struct channel channel) {
  int fd = open(channel.file, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) {
    fail("cannot open %s: %s", channel.file, strerror(errno));
  }
  if (fd != channel.fd) {
    if (dup2(fd, channel.fd) != channel.fd) {
      fail("cannot open %s as descriptor %d: %s", channel.file, channel.fd, strerror(errno));
    }
    close(fd);
  } else if (fcntl(fd, F_SETFD, 0) != 0) {
    fail("cannot keep descriptor %d open: %s", fd, strerror(errno));
  }
}

static struct limit parse_limit(const char *text) {
  static const struct {
    const char *name;
    int resource;
  } names[] = {
      {"data", RLIMIT_DATA},   {"cpu", RLIMIT_CPU},   {"fsize", RLIMIT_FSIZE},
      {"nofile", RLIMIT_NOFILE}, {"core", RLIMIT_CORE}, {"nproc", RLIMIT_NPROC},
  };
  const char *equals = strchr(text, '=');
  if (equals == NULL) {
    fail("a limit is NAME=VALUE: %s", text);
  }
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    if (strlen(names[i].name) == (size_t)(equals - text) && strncmp(text, names[i].name, equals - text) == 0) {
      struct limit limit = {names[i].resource, (rlim_t)number(equals + 1, names[i].name)};
      return limit;
    }
  }
  fail("unknown limit: %s", text);
  return (struct limit){0, 0};
}

static void join_cgroup(const char *procs) {
  int fd = open(procs, O_WRONLY | O_CLOEXEC);
  if (fd < 0) {
    fail("cannot open %s: %s", procs, strerror(errno));
  }
  char pid[24];
  int length = snprintf(pid, sizeof pid, "%d\n", (int)getpid());
  if (write(fd, pid, length) != length) {
    fail("cannot join the cgroup %s: %s", procs, strerror(errno));
  }
  close(fd);
}

/* Empties the bounding set, and the inheritable and ambient sets, while still root. */
static void drop_capabilities(void) {
  for (int cap = 0; cap <= 63; cap++) {
    if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0) {
      if (errno == EINVAL) {
        break; /* past the last capability this kernel knows */
      }
      fail("cannot drop capability %d from the bounding set: %s", cap, strerror(errno));
    }
  }
  if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0 && errno != EINVAL) {
    fail("cannot clear the ambient capabilities: %s", strerror(errno));
  }
  struct __user_cap_header_struct header = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct data[2];
  if (syscall(SYS_capget, &header, data) != 0) {
    fail("cannot read the capabilities: %s", strerror(errno));
  }
  data[0].inheritable = 0;
  data[1].inheritable = 0;
  if (syscall(SYS_capset, &header, data) != 0) {
    fail("cannot clear the inheritable capabilities: %s", strerror(errno));
  }
}

/*
 * ---- The kernel witness ----
 *
 * The supervisor forks; the child becomes the program, traced (ptrace) with a seccomp filter that
 * stops it at every call that can move bytes into a descriptor. The supervisor records, one line
 * each, with the machine's monotonic clock in microseconds:
 *
 *   S t pid                          the program started, as process pid
 *   O t pid fd target                a descriptor of the program at its start (1, 2, 3), and what it names
 *   F t parent child kind            a process (kind p) or a thread (t) made by a fork, vfork or clone
 *   E t pid path                     a process became a new program (exec)
 *   X t tid pid status               a thread or process ended: its exit status, 128+n for signal n
 *   W t0 t1 tid pid fd target n hex  a write: between t0 and t1 the call wrote n bytes (hex: as many as
 *                                    were read; '-' when they come from another descriptor, sendfile)
 *   D t tid pid call                 a call the witness forbids was refused (its own ptrace, io_uring)
 *   L t                              the record reached its limit: the run was stopped
 *
 * Where it sits: outside the run's cgroups (the child joins them after the fork), so the run's
 * cgroup empties when the program's processes end; outside the run's session (the runner makes its
 * own); as root, so no process of the run's user can signal or trace it. It exits when every
 * traced process has ended, with the program's status; a program that kills it (it cannot) or
 * outgrows its record fails its run.
 *
 * The bytes of a write are read at the call's exit, as many as it wrote. Another thread could
 * change a buffer between the kernel's copy and that read; the grader's own capture of the output
 * is compared with these bytes, so such a change can only make the run fail, and a correct
 * program writes immutable Python bytes objects, which no thread can change.
 */
#if WITNESS_SUPPORTED

#define WITNESS_LIMIT (64L << 20)
#define MOST_BYTES_PER_WRITE (64 << 10)
#define TABLE_SIZE 8192

static int witness_fd = -1;
static long witness_written;
static char witness_buffer[1 << 16];
static size_t witness_used;
static int witness_full;

static long long now_micros(void) {
  struct timespec time;
  clock_gettime(CLOCK_MONOTONIC, &time);
  return (long long)time.tv_sec * 1000000LL + time.tv_nsec / 1000;
}

static void witness_flush(void) {
  size_t done = 0;
  while (done < witness_used) {
    ssize_t wrote = write(witness_fd, witness_buffer + done, witness_used - done);
    if (wrote <= 0) {
      if (wrote < 0 && errno == EINTR) {
        continue;
      }
      /* The record lost what it held (its disk full): nothing after can be trusted, so the run is
         stopped as for a record outgrown, and fails. */
      if (!witness_full) {
        witness_full = 1;
      }
      break;
    }
    done += (size_t)wrote;
  }
  witness_used = 0;
}

static void witness_put(const char *bytes, size_t length) {
  if (witness_full) {
    return;
  }
  /* Room is kept for the line that says the record is full. */
  if (witness_written + (long)length > WITNESS_LIMIT - 64) {
    witness_full = 1;
    return;
  }
  witness_written += (long)length;
  while (length > 0) {
    if (witness_used == sizeof witness_buffer) {
      witness_flush();
    }
    size_t room = sizeof witness_buffer - witness_used;
    size_t part = length < room ? length : room;
    memcpy(witness_buffer + witness_used, bytes, part);
    witness_used += part;
    bytes += part;
    length -= part;
  }
}

static void witness_line(const char *format, ...) {
  char line[4096 + 64];
  va_list args;
  va_start(args, format);
  int length = vsnprintf(line, sizeof line, format, args);
  va_end(args);
  if (length > 0) {
    witness_put(line, (size_t)length < sizeof line ? (size_t)length : sizeof line - 1);
  }
}

/* What a descriptor of a process names: "pipe:[123]", "socket:[4]", or a path; "?" if unknown. */
static void descriptor_target(pid_t tid, long fd, char *target, size_t size) {
  char link[64];
  snprintf(link, sizeof link, "/proc/%d/fd/%ld", (int)tid, fd);
  ssize_t length = readlink(link, target, size - 1);
  if (length <= 0) {
    snprintf(target, size, "?");
    return;
  }
  target[length] = '\0';
  for (ssize_t i = 0; i < length; i++) {
    if (target[i] == ' ' || target[i] == '\n' || (unsigned char)target[i] < 0x20) {
      target[i] = '_';
    }
  }
}

/* One thread the supervisor has seen: its process (thread group), and a write it is in. */
struct traced {
  pid_t tid;
  pid_t pid;
  int seen;
  int in_write;
  long call;
  unsigned long long args[6];
  long long entered;
};

static struct traced table[TABLE_SIZE];

/* The entry of a thread, made when first asked for; an ended thread's entry may serve a new one. */
static struct traced *traced_of(pid_t tid) {
  unsigned index = (unsigned)tid % TABLE_SIZE;
  struct traced *free_slot = NULL;
  for (unsigned probe = 0; probe < TABLE_SIZE; probe++) {
    struct traced *slot = &table[(index + probe) % TABLE_SIZE];
    if (slot->tid == tid) {
      return slot;
    }
    if (slot->tid <= 0 && free_slot == NULL) {
      free_slot = slot;
    }
    if (slot->tid == 0) {
      break;
    }
  }
  if (free_slot == NULL) {
    free_slot = &table[index];
  }
  memset(free_slot, 0, sizeof *free_slot);
  free_slot->tid = tid;
  free_slot->pid = tid;
  return free_slot;
}

/* Marks an ended thread's entry free, passed over by lookups until a new thread takes it. */
static void forget(pid_t tid) {
  traced_of(tid)->tid = -1;
}

/* The thread group of a thread, from its status in the kernel's process folder. */
static pid_t thread_group(pid_t tid) {
  char path[64];
  snprintf(path, sizeof path, "/proc/%d/status", (int)tid);
  FILE *status = fopen(path, "re");
  if (status == NULL) {
    return tid;
  }
  char line[256];
  pid_t group = tid;
  while (fgets(line, sizeof line, status) != NULL) {
    if (strncmp(line, "Tgid:", 5) == 0) {
      group = (pid_t)strtol(line + 5, NULL, 10);
      break;
    }
  }
  fclose(status);
  return group;
}

/* Reads up to size bytes of a thread's memory at address; how many were read. */
static size_t read_memory(pid_t tid, unsigned long long address, void *into, size_t size) {
  struct iovec local = {into, size};
  struct iovec remote = {(void *)(uintptr_t)address, size};
  ssize_t got = process_vm_readv(tid, &local, 1, &remote, 1, 0);
  return got < 0 ? 0 : (size_t)got;
}

static const char HEX[] = "0123456789abcdef";

/* Appends the bytes as hex to the record. */
static void put_hex(const unsigned char *bytes, size_t length) {
  char chunk[512];
  size_t used = 0;
  for (size_t i = 0; i < length; i++) {
    chunk[used++] = HEX[bytes[i] >> 4];
    chunk[used++] = HEX[bytes[i] & 15];
    if (used == sizeof chunk) {
      witness_put(chunk, used);
      used = 0;
    }
  }
  witness_put(chunk, used);
}

/* The bytes an array of iovecs held, up to total bytes (what the call wrote). */
static size_t gather(pid_t tid, unsigned long long iov_address, unsigned long long count, size_t total,
                     unsigned char *into, size_t room) {
  size_t got = 0;
  for (unsigned long long i = 0; i < count && got < total && got < room; i++) {
    struct iovec entry;
    if (read_memory(tid, iov_address + i * sizeof entry, &entry, sizeof entry) != sizeof entry) {
      break;
    }
    size_t want = entry.iov_len;
    if (want > total - got) {
      want = total - got;
    }
    if (want > room - got) {
      want = room - got;
    }
    size_t read = read_memory(tid, (unsigned long long)(uintptr_t)entry.iov_base, into + got, want);
    got += read;
    if (read < want) {
      break;
    }
  }
  return got;
}

static unsigned char data[MOST_BYTES_PER_WRITE];

/* A write call ended: records what it wrote, if it wrote anything. */
static void record_write(struct traced *thread, long long written) {
  if (written <= 0) {
    return;
  }
  long call = thread->call;
  unsigned long long *a = thread->args;
  long fd = (long)a[0];
  size_t room = (size_t)written < sizeof data ? (size_t)written : sizeof data;
  size_t got = 0;
  int opaque = 0;
  switch (call) {
    case __NR_write:
    case __NR_pwrite64:
    case __NR_sendto:
      got = read_memory(thread->tid, a[1], data, room);
      break;
    case __NR_writev:
    case __NR_pwritev:
    case __NR_pwritev2:
    case __NR_vmsplice:
      got = gather(thread->tid, a[1], a[2], (size_t)written, data, room);
      break;
    case __NR_sendmsg: {
      struct msghdr message;
      if (read_memory(thread->tid, a[1], &message, sizeof message) == sizeof message) {
        got = gather(thread->tid, (unsigned long long)(uintptr_t)message.msg_iov, message.msg_iovlen,
                     (size_t)written, data, room);
      }
      break;
    }
    default: /* sendfile, splice, tee, copy_file_range, sendmmsg: the bytes come from elsewhere */
      opaque = 1;
      /* The descriptor written to: splice and copy_file_range name it third, tee second. */
      if (call == __NR_splice || call == __NR_copy_file_range) {
        fd = (long)a[2];
      } else if (call == __NR_tee) {
        fd = (long)a[1];
      }
      break;
  }
  char target[256];
  descriptor_target(thread->tid, fd, target, sizeof target);
  witness_line("W %lld %lld %d %d %ld %s %lld ", thread->entered, now_micros(), (int)thread->tid,
               (int)thread->pid, fd, target, written);
  if (opaque) {
    witness_put("-", 1);
  } else {
    put_hex(data, got);
  }
  witness_put("\n", 1);
}

/* What the program's stdout, stderr and trace named at its start. */
static char stdout_target[256];
static char stderr_target[256];
static char trace_target[256];

/*
 * A plain write into the trace or into a pipe other than stdout and stderr (a queue's) is recorded
 * at its entry, saving a stop: those writes are compared by their bytes alone, and a blocking
 * write to them writes all it was given. A write to stdout or stderr stops at its exit too, whose
 * time bounds when it was made, and whose result says how much it wrote.
 */
static int record_at_entry(struct traced *thread) {
  if (thread->call != __NR_write) {
    return 0;
  }
  char target[256];
  descriptor_target(thread->tid, (long)thread->args[0], target, sizeof target);
  int trace = trace_target[0] != '\0' && strcmp(target, trace_target) == 0;
  int queue = strncmp(target, "pipe:[", 6) == 0 && strcmp(target, stdout_target) != 0
      && strcmp(target, stderr_target) != 0;
  if (!trace && !queue) {
    return 0;
  }
  size_t count = (size_t)thread->args[2];
  size_t room = count < sizeof data ? count : sizeof data;
  size_t got = read_memory(thread->tid, thread->args[1], data, room);
  witness_line("W %lld %lld %d %d %ld %s %zu ", thread->entered, thread->entered, (int)thread->tid,
               (int)thread->pid, (long)thread->args[0], target, count);
  put_hex(data, got);
  witness_put("\n", 1);
  return 1;
}

static const long TRACED_CALLS[] = {
    __NR_write, __NR_writev, __NR_pwrite64, __NR_pwritev, __NR_pwritev2, __NR_sendto, __NR_sendmsg,
    __NR_sendmmsg, __NR_sendfile, __NR_splice, __NR_tee, __NR_vmsplice, __NR_copy_file_range};

/*
 * The filter: calls that move bytes into a descriptor stop for the supervisor; the program's own
 * ptrace and process_vm_writev are refused (EPERM), and io_uring, which writes without a call per
 * write, is absent (ENOSYS); calls of another architecture's numbering (x32, int 0x80) are refused.
 */
static void install_filter(void) {
  struct sock_filter program[64];
  int n = 0;
  program[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
  program[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0);
  program[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM);
  program[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
  program[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 0, 1);
  program[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM);
  for (size_t i = 0; i < sizeof TRACED_CALLS / sizeof TRACED_CALLS[0]; i++) {
    program[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)TRACED_CALLS[i], 0, 1);
    program[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE);
  }
  static const long REFUSED[] = {__NR_ptrace, __NR_process_vm_writev};
  for (size_t i = 0; i < sizeof REFUSED / sizeof REFUSED[0]; i++) {
    program[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)REFUSED[i], 0, 1);
    program[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | 1);
  }
  static const long ABSENT[] = {__NR_io_uring_setup, __NR_io_uring_enter, __NR_io_uring_register};
  for (size_t i = 0; i < sizeof ABSENT / sizeof ABSENT[0]; i++) {
    program[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)ABSENT[i], 0, 1);
    program[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS);
  }
  program[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
  struct sock_fprog filter = {(unsigned short)n, program};
  if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &filter) != 0) {
    fail("cannot install the witness's filter: %s", strerror(errno));
  }
}

/* The child's part: be traced, stop until the supervisor is ready, then have the filter. */
/* Dies with SIGKILL when the supervisor ends, and at once if it already has. */
static void die_with(pid_t supervisor) {
  if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) {
    fail("cannot die with the witness: %s", strerror(errno));
  }
  if (getppid() != supervisor) {
    _exit(SETUP_FAILED);
  }
}

static void witnessed_child(void) {
  if (ptrace(PTRACE_TRACEME, 0, 0, 0) != 0) {
    fail("cannot be traced by the witness: %s", strerror(errno));
  }
  raise(SIGSTOP);
  install_filter();
}

#define OPTIONS (PTRACE_O_TRACESECCOMP | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE \
                 | PTRACE_O_TRACEEXEC | PTRACE_O_TRACESYSGOOD)

/* Refuses a call a seccomp stop held (data 1): it returns -EPERM and does nothing. */
static void refuse(pid_t tid, struct user_regs_struct *regs) {
  regs->orig_rax = (unsigned long long)-1;
  regs->rax = (unsigned long long)-EPERM;
  ptrace(PTRACE_SETREGS, tid, 0, regs);
}

/* The supervisor: records every event of every traced thread until none is left. */
static int supervise(pid_t program) {
  int status;
  while (waitpid(program, &status, __WALL) < 0 && errno == EINTR) {
  }
  if (!WIFSTOPPED(status)) {
    /* It ended before it could be traced: its set-up failed, and said so on stderr. */
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  ptrace(PTRACE_SETOPTIONS, program, 0, OPTIONS);
  struct traced *first = traced_of(program);
  first->seen = 1;
  witness_line("S %lld %d\n", now_micros(), (int)program);
  witness_flush();
  ptrace(PTRACE_CONT, program, 0, 0);
  int program_status = SETUP_FAILED;
  int program_execs = 0;
  /* Until no traced thread is left (ECHILD). No count of them: a new thread's first stop, even its
     end, may come before its maker's fork or clone event. */
  for (;;) {
    pid_t tid = waitpid(-1, &status, __WALL);
    if (tid < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    struct traced *thread = traced_of(tid);
    if (WIFEXITED(status) || WIFSIGNALED(status)) {
      int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      witness_line("X %lld %d %d %d\n", now_micros(), (int)tid, (int)thread->pid, code);
      if (tid == program) {
        program_status = code;
        witness_flush();
      }
      forget(tid);
      continue;
    }
    if (!WIFSTOPPED(status)) {
      continue;
    }
    int signal = WSTOPSIG(status);
    int event = status >> 16;
    if (!thread->seen) {
      /* A new thread or process starts with a stop of its own, before or after its maker's event. */
      thread->seen = 1;
      thread->pid = thread_group(tid);
      if (signal == SIGSTOP && event == 0) {
        ptrace(PTRACE_CONT, tid, 0, 0);
        continue;
      }
    }
    if (witness_full == 1) {
      /* The run outgrew its record: it says so, and the run is stopped. */
      witness_full = 2;
      witness_flush();
      char line[64];
      /* On a line of its own, whatever line the limit cut short. */
      int length = snprintf(line, sizeof line, "\nL %lld\n", now_micros());
      if (write(witness_fd, line, (size_t)length) != length) {
        /* nothing more can be said: the record is cut short, which the grader reads as such */
      }
      kill(-program, SIGKILL);
      kill(program, SIGKILL);
    }
    if (signal == SIGTRAP && event != 0) {
      if (event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK || event == PTRACE_EVENT_CLONE) {
        unsigned long child = 0;
        ptrace(PTRACE_GETEVENTMSG, tid, 0, &child);
        struct traced *made = traced_of((pid_t)child);
        made->pid = event == PTRACE_EVENT_CLONE ? thread_group((pid_t)child) : (pid_t)child;
        witness_line("F %lld %d %d %c\n", now_micros(), (int)thread->pid, (int)child,
                     made->pid == thread->pid ? 't' : 'p');
      } else if (event == PTRACE_EVENT_EXEC) {
        char path[512];
        snprintf(path, sizeof path, "/proc/%d/exe", (int)tid);
        char exe[512];
        ssize_t length = readlink(path, exe, sizeof exe - 1);
        exe[length > 0 ? length : 0] = '\0';
        for (ssize_t i = 0; i < length; i++) {
          if (exe[i] == ' ' || (unsigned char)exe[i] < 0x20) {
            exe[i] = '_';
          }
        }
        witness_line("E %lld %d %s\n", now_micros(), (int)thread->pid, length > 0 ? exe : "?");
        if (thread->pid == program && program_execs++ == 0) {
          for (long fd = 1; fd <= 3; fd++) {
            char *target = fd == 1 ? stdout_target : fd == 2 ? stderr_target : trace_target;
            descriptor_target(tid, fd, target, sizeof stdout_target);
            witness_line("O %lld %d %ld %s\n", now_micros(), (int)program, fd, target);
          }
          /* At once: the cross-check reads the program's output and record by these targets. */
          witness_flush();
        }
      } else if (event == PTRACE_EVENT_SECCOMP) {
        unsigned long rule = 0;
        ptrace(PTRACE_GETEVENTMSG, tid, 0, &rule);
        struct user_regs_struct regs;
        if (ptrace(PTRACE_GETREGS, tid, 0, &regs) == 0) {
          if (rule == 1) {
            witness_line("D %lld %d %d %lld\n", now_micros(), (int)tid, (int)thread->pid, (long long)regs.orig_rax);
            refuse(tid, &regs);
          } else {
            thread->call = (long)regs.orig_rax;
            unsigned long long args[6] = {regs.rdi, regs.rsi, regs.rdx, regs.r10, regs.r8, regs.r9};
            memcpy(thread->args, args, sizeof args);
            thread->entered = now_micros();
            if (!record_at_entry(thread)) {
              thread->in_write = 1;
              ptrace(PTRACE_SYSCALL, tid, 0, 0);
              continue;
            }
          }
        }
      }
      ptrace(PTRACE_CONT, tid, 0, 0);
      continue;
    }
    if (signal == (SIGTRAP | 0x80)) {
      /* The exit of a write held at its entry. */
      if (thread->in_write) {
        struct user_regs_struct regs;
        if (ptrace(PTRACE_GETREGS, tid, 0, &regs) == 0) {
          record_write(thread, (long long)regs.rax);
        }
        thread->in_write = 0;
      }
      ptrace(PTRACE_CONT, tid, 0, 0);
      continue;
    }
    /* A signal on its way to the program: deliver it. */
    ptrace(PTRACE_CONT, tid, 0, signal);
  }
  witness_flush();
  return program_status;
}

#endif

static void become(uid_t uid) {
  if (setgroups(0, NULL) != 0) {
    fail("cannot clear the supplementary groups: %s", strerror(errno));
  }
  if (setresgid(uid, uid, uid) != 0) {
    fail("cannot become group %d: %s", (int)uid, strerror(errno));
  }
  drop_capabilities();
  if (setresuid(uid, uid, uid) != 0) {
    fail("cannot become user %d: %s", (int)uid, strerror(errno));
  }
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
    fail("cannot forbid new privileges: %s", strerror(errno));
  }
  /* Leaving root clears the permitted and effective sets; make sure nothing is left. */
  struct __user_cap_header_struct header = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct data[2];
  if (syscall(SYS_capget, &header, data) != 0 || data[0].permitted || data[1].permitted || data[0].effective
      || data[1].effective || data[0].inheritable || data[1].inheritable) {
    fail("capabilities remain after becoming user %d", (int)uid);
  }
}

int main(int argc, char **argv) {
  const char *mount_ns = NULL, *shm = NULL, *root = NULL, *wd = NULL, *witness = NULL;
  const char *cgroups[MAX_ITEMS];
  struct limit limits[MAX_ITEMS];
  struct channel channels[MAX_ITEMS];
  int cgroup_count = 0, limit_count = 0, channel_count = 0, new_namespaces = 0, kill_all = 0;
  long uid = -1;
  int i = 1;
  for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
    const char *option = argv[i];
    if (strcmp(option, "--unshare") == 0) {
      new_namespaces = 1;
    } else if (strcmp(option, "--kill-all") == 0) {
      kill_all = 1;
    } else if (i + 1 >= argc) {
      fail("%s needs a value", option);
    } else if (strcmp(option, "--mount-ns") == 0) {
      mount_ns = argv[++i];
    } else if (strcmp(option, "--witness") == 0) {
      witness = argv[++i];
    } else if (strcmp(option, "--shm") == 0) {
      shm = argv[++i];
    } else if (strcmp(option, "--root") == 0) {
      root = argv[++i];
    } else if (strcmp(option, "--wd") == 0) {
      wd = argv[++i];
    } else if (strcmp(option, "--uid") == 0) {
      uid = number(argv[++i], "the uid");
    } else if (strcmp(option, "--cgroup") == 0) {
      if (cgroup_count == MAX_ITEMS) {
        fail("more than %d cgroups", MAX_ITEMS);
      }
      cgroups[cgroup_count++] = argv[++i];
    } else if (strcmp(option, "--fd") == 0) {
      if (channel_count == MAX_ITEMS) {
        fail("more than %d descriptors", MAX_ITEMS);
      }
      channels[channel_count++] = parse_channel(argv[++i]);
    } else if (strcmp(option, "--limit") == 0) {
      if (limit_count == MAX_ITEMS) {
        fail("more than %d limits", MAX_ITEMS);
      }
      limits[limit_count++] = parse_limit(argv[++i]);
    } else {
      fail("unknown option: %s", option);
    }
  }
  /* A program started from a shell blocks no signal; the grader's JVM blocks some in its threads. */
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  if (kill_all) {
    if (uid <= 0) {
      fail("--kill-all needs --uid of a user other than root");
    }
    become((uid_t)uid);
    return kill(-1, SIGKILL) == 0 || errno == ESRCH ? 0 : SETUP_FAILED;
  }
  if (i + 1 >= argc) {
    fail("no program after --");
  }
  if ((root == NULL) != (wd == NULL)) {
    fail("--root and --wd go together");
  }
  /* First, as root and where the grader's folders are: nothing after this can reopen them. */
  for (int c = 0; c < channel_count; c++) {
    open_channel(channels[c]);
  }
  if (witness != NULL) {
#if WITNESS_SUPPORTED
    witness_fd = open(witness, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC);
    if (witness_fd < 0) {
      fail("cannot open the witness's record %s: %s", witness, strerror(errno));
    }
#else
    fail("no kernel witness on this architecture");
#endif
  }
  if (mount_ns != NULL) {
    int fd = open(mount_ns, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || setns(fd, CLONE_NEWNS) != 0) {
      fail("cannot join the mount namespace %s: %s", mount_ns, strerror(errno));
    }
    close(fd);
  }
  if (new_namespaces) {
    if (unshare(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC) != 0) {
      fail("cannot make new namespaces: %s", strerror(errno));
    }
    if (mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) {
      fail("cannot make the mounts private: %s", strerror(errno));
    }
  }
  if (shm != NULL && mount("parproc-shm", shm, "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=64m") != 0) {
    fail("cannot mount the run's /dev/shm on %s: %s", shm, strerror(errno));
  }
#if WITNESS_SUPPORTED
  /* Where the run is witnessed, this process becomes its supervisor. */
  pid_t supervisor = getpid();
  if (witness_fd >= 0) {
    /* The supervisor stays in the namespaces made above, outside the run's cgroups and root. */
    pid_t program = fork();
    if (program < 0) {
      fail("cannot start the program under the witness: %s", strerror(errno));
    }
    if (program > 0) {
      /* The supervisor holds none of the run's descriptors: its output ends when its processes
         close it, as without the witness. */
      for (int c = 0; c < channel_count; c++) {
        close(channels[c].fd);
      }
      int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
      if (null_fd >= 0) {
        dup2(null_fd, 0);
        dup2(null_fd, 1);
        dup2(null_fd, 2);
        close(null_fd);
      }
      return supervise(program);
    }
    /* The program must not outlive its supervisor: the grader stops a run by stopping the
       process it started, which is the supervisor, maybe before the program became the run's
       user (the grader's sweep stops that user's processes only). */
    die_with(supervisor);
  }
#endif
  for (int c = 0; c < cgroup_count; c++) {
    join_cgroup(cgroups[c]);
  }
  if (root != NULL) {
    if (chroot(root) != 0) {
      fail("cannot change the root to %s: %s", root, strerror(errno));
    }
    struct stat folder;
    if (stat(wd, &folder) != 0 || !S_ISDIR(folder.st_mode) || chdir(wd) != 0) {
      fail("the run's folder %s is not inside its root", wd);
    }
  }
  if (uid >= 0) {
    become((uid_t)uid);
#if WITNESS_SUPPORTED
    /* Changing the user cleared the death signal: set it again. */
    if (witness_fd >= 0) {
      die_with(supervisor);
    }
#endif
  }
  for (int l = 0; l < limit_count; l++) {
    struct rlimit value = {limits[l].value, limits[l].value};
    if (setrlimit(limits[l].resource, &value) != 0) {
      fail("cannot set a limit: %s", strerror(errno));
    }
  }
#if WITNESS_SUPPORTED
  if (witness_fd >= 0) {
    witnessed_child();
  }
#endif
  execvp(argv[i + 1], argv + i + 1);
  fail("cannot start %s: %s", argv[i + 1], strerror(errno));
  return SETUP_FAILED;
}
