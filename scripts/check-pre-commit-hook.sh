#!/usr/bin/env bash
# The pre-commit hook as a user meets it: pre-commit installs it from a git URL
# of this repository (its working tree, committed to a scratch clone), and it
# blocks a commit of a broken program file with located findings, while the
# repository's other YAML files and a valid program pass. Then the documented
# `npm install --global git+...` install, which must build dist/.
# Skips, saying so, when pre-commit or git is missing (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

say() { printf 'pre-commit hook: %s\n' "$*"; }
for tool in git pre-commit npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    say "SKIPPED: $tool is not installed"
    exit 0
  fi
done
if ! git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
  say "SKIPPED: this copy is not a git repository"
  exit 0
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/cohort-pre-commit.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export PRE_COMMIT_HOME=$TMP/cache npm_config_update_notifier=false
export GIT_CONFIG_GLOBAL=$TMP/gitconfig GIT_CONFIG_NOSYSTEM=1
git config --global user.email ci@example.invalid
git config --global user.name CI
git config --global init.defaultBranch main
git config --global protocol.file.allow always

# The hook repository: the files of this working tree (changes included), as one commit.
hooks=$TMP/hook-repo
git init -q "$hooks"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard) |
  (cd "$ROOT" && xargs -0 cp --parents -t "$hooks" 2>/dev/null || true)
git -C "$hooks" add -A
git -C "$hooks" commit -qm snapshot
rev=$(git -C "$hooks" rev-parse HEAD)

# A project that adds the hook unchanged.
project=$TMP/project
git init -q "$project"
cd "$project"
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: file://$hooks
    rev: $rev
    hooks:
      - id: cohort-validate
YAML
mkdir -p programs .github/workflows
cp "$ROOT/programs/topplederprogrammet.yaml" programs/
printf 'name: CI\non: push\njobs: {}\n' >.github/workflows/ci.yml

say "$(pre-commit --version), npm $(npm --version), node $(node --version)"
pre-commit install >/dev/null
if ! pre-commit install-hooks >"$TMP/install.log" 2>&1; then
  cat "$TMP/install.log"
  say "FAILED: pre-commit could not install the hook"
  exit 1
fi

git add -A
if ! git commit -qm "a valid program" >"$TMP/first.log" 2>&1; then
  cat "$TMP/first.log"
  say "FAILED: a valid program and the repository's other YAML files were blocked"
  exit 1
fi

cp "$ROOT/fixtures/validate/rule-unknown-value.yaml" programs/broken.yaml
git add programs/broken.yaml
if git commit -qm "a broken program" >"$TMP/second.log" 2>&1; then
  cat "$TMP/second.log"
  say "FAILED: the commit of a broken program file was not blocked"
  exit 1
fi
if ! grep -q "programs/broken.yaml" "$TMP/second.log" ||
  ! grep -Eq "17:11 +error .*rule-unknown-value" "$TMP/second.log"; then
  cat "$TMP/second.log"
  say "FAILED: the blocked commit did not show the located finding"
  exit 1
fi
say "ok: installed from a git URL; a valid program passes; a broken one is blocked at 17:11 rule-unknown-value"

# The documented git install, as pre-commit 4.x runs it for a `language: node`
# hook (pre_commit/languages/node.py of 4.6.2: `npm install --allow-git=root
# --install-links -g git+file://<clone>`). npm installs a git dependency by
# running `prepare` in a clone, which must build dist/.
prefix=$TMP/global
if ! NPM_CONFIG_PREFIX=$prefix npm install --allow-git=root --install-links --global \
  --no-audit --no-fund "git+file://$hooks#$rev" >"$TMP/git-install.log" 2>&1; then
  tail -n 20 "$TMP/git-install.log"
  say "FAILED: npm install --global --install-links git+file://... failed"
  exit 1
fi
if ! "$prefix/bin/cohort" validate "$project/programs/topplederprogrammet.yaml" >"$TMP/run.log" 2>&1; then
  cat "$TMP/run.log"
  say "FAILED: the cohort installed from git does not run"
  exit 1
fi
say "ok: npm install --global --install-links git+file://... builds dist/ and runs ($("$prefix/bin/cohort" --version))"
