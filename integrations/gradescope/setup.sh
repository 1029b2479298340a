#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image: it installs Java,
# Maven and Python 3, then builds the grader so that each submission is graded without a build.
set -euo pipefail
apt-get update -q
apt-get install -y -q openjdk-17-jdk-headless maven python3
cd /autograder/source
mvn -q -B -DskipTests package
