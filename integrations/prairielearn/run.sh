#!/bin/sh
# PrairieLearn external-grader entrypoint: run.sh EXERCISE... (e.g. run.sh assignDiggers).
# Grades the student's files in /grade/student and writes /grade/results/results.json in
# PrairieLearn's format. The harness must be built into the image beforehand: grading jobs have
# no network, so the jar is run directly rather than through ./grade, which would rebuild it.
set -u
# Java reads file names in the charset of the locale it starts in, and no -D option changes that:
# in the POSIX locale it cannot read a name such as résumé.txt, and leaves that file out. Pick a
# UTF-8 locale this image has when the caller's is not one (as ./grade does).
if [ "$(locale charmap 2>/dev/null)" != UTF-8 ]; then
  for utf8 in C.UTF-8 C.utf8 en_US.UTF-8; do
    if [ "$(LC_ALL=$utf8 locale charmap 2>/dev/null)" = UTF-8 ]; then
      LC_ALL=$utf8
      export LC_ALL
      break
    fi
  done
fi
home="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p /grade/results
exercises=""
for exercise in "$@"; do
  exercises="$exercises --exercise $exercise"
done
# shellcheck disable=SC2086
java -Dparproc.home="$home" -jar "$home/harness/target/parproc-grader.jar" /grade/student $exercises \
  --format prairielearn --output /grade/results/results.json 2>/grade/results/grader-errors.txt
if [ ! -s /grade/results/results.json ]; then
  python3 - <<'PY'
import json
reason = open("/grade/results/grader-errors.txt").read().strip() or "no reason given"
json.dump({"gradable": False, "format_errors": ["The grader could not grade this submission: " + reason]},
          open("/grade/results/results.json", "w"))
PY
fi
exit 0
