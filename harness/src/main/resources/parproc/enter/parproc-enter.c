/*
 * parproc-enter: sets up one run's isolation in a single process, then becomes the run's
 * interpreter. The grader compiles it on first use and falls back to its chain of system tools
 * (nsenter, unshare, sh, mount, setpriv, prlimit) where no C compiler is found; each step here
 * does what the same step of that chain does, in the same order, so a run cannot tell them apart.
 *
 *   parproc-enter [--fd N=FILE]... [--mount-ns FILE] [--unshare] [--cgroup FILE]... [--shm DIR]
 *                 [--root DIR --wd DIR] [--uid N] [--limit NAME=VALUE]... -- PROGRAM ARG...
 *   parproc-enter --uid N --kill-all
 *
 * --fd         opens FILE for appending, without following a link, as descriptor N, which the
 *              program inherits (sh: exec N>>FILE): the grader's trace and status files, in a
 *              folder only the grader may enter, so the run writes them only through these
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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

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
  const char *mount_ns = NULL, *shm = NULL, *root = NULL, *wd = NULL;
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
  for (int c = 0; c < cgroup_count; c++) {
    join_cgroup(cgroups[c]);
  }
  if (shm != NULL && mount("parproc-shm", shm, "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=64m") != 0) {
    fail("cannot mount the run's /dev/shm on %s: %s", shm, strerror(errno));
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
  }
  for (int l = 0; l < limit_count; l++) {
    struct rlimit value = {limits[l].value, limits[l].value};
    if (setrlimit(limits[l].resource, &value) != 0) {
      fail("cannot set a limit: %s", strerror(errno));
    }
  }
  execvp(argv[i + 1], argv + i + 1);
  fail("cannot start %s: %s", argv[i + 1], strerror(errno));
  return SETUP_FAILED;
}
