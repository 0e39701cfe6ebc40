#!/usr/bin/env bash
# The main job on the shipped programs and fixtures, as a coordinator runs it.
set -u
cohort() { node bin/cohort.js "$@"; }
status=0
run() {
  echo
  echo "\$ cohort $*"
  cohort "$@" || { code=$?; echo "(exit $code)"; [ "$code" -ge 2 ] && status=$code; }
}
run validate programs/
exit $status
