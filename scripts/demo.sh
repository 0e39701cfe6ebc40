#!/usr/bin/env bash
# The main job on the shipped programs and fixtures, as a coordinator runs it.
# Each step prints the command first. Exit 1 from a step is expected where the
# fixtures hold problems on purpose; only exit 2 (could not run) fails the demo.
set -u
cd "$(dirname "$0")/.."
status=0
# Files the demo writes (audit record, calendar, program page) go here.
out=demo-output
mkdir -p "$out"
step() {
  echo
  echo "\$ cohort $*"
  node bin/cohort.js "$@"
  code=$?
  if [ "$code" -eq 1 ]; then
    echo "(exit 1: the command did its work, and the inputs have problems worth a look: the invalid rows or warnings above)"
  elif [ "$code" -ne 0 ]; then
    echo "(exit $code)"
  fi
  [ "$code" -ge 2 ] && status=$code
  return 0
}
step validate programs/
step list --today 2027-02-01
step schedule topplederprogrammet --timeline
step check topplederprogrammet fixtures/check/topplederprogrammet.csv --format table
step check topplederprogrammet fixtures/check/topplederprogrammet.csv --explain T-007
step allocate topplederprogrammet fixtures/allocate/topplederprogrammet.csv --format table --audit "$out/audit.json"
step verify "$out/audit.json" --program programs/topplederprogrammet.yaml \
  --applicants fixtures/allocate/topplederprogrammet.csv
step schedule topplederprogrammet --format ics -o "$out/topplederprogrammet.ics"
step schedule topplederprogrammet --format html -o "$out/topplederprogrammet.html"
step allocate topplederprogrammet fixtures/allocate/topplederprogrammet.csv --format xlsx -o "$out/opptak.xlsx"
# An intake with parallel classes: first and second choices of class or site.
step allocate ks-toppleder-kull fixtures/allocate/ks-toppleder-kull-2029.csv --intake 2029 --format table
step schedule ks-toppleder-kull --intake 2029 --class bergen-a --format ics -o "$out/bergen-a.ics"
echo
echo "wrote $(grep -c BEGIN:VEVENT "$out/topplederprogrammet.ics") calendar events, a program page and a workbook to $out/"
exit $status
