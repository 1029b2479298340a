#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image: it installs Java,
# Maven and Python 3 (and util-linux, whose setpriv, prlimit and unshare isolate each run; and
# gcc, which compiles parproc-enter, the one-process set-up of a run), then builds the grader so
# that each submission is graded without a build.
set -euo pipefail
apt-get update -q
apt-get install -y -q openjdk-17-jdk-headless maven python3 util-linux gcc libc6-dev
cd /autograder/source
mvn -q -B -DskipTests package
# One short grading of the starter code, into the image: it puts parproc-enter (prebuilt in the
# jar, or compiled here) into /var/cache/parproc, so no submission pays for it.
./grade exercises --exercise procEx --runs 1 >/dev/null 2>&1 || true
# The students' programs run as uids of their own: close the grader, its answers and the results
# to every user but root, for the case where no mount namespace hides them.
chmod -R go-rwx /autograder/source
mkdir -p /autograder/results
chmod go-rwx /autograder /autograder/results
