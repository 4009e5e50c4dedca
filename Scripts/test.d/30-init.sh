#!/usr/bin/env bash
# `sitegen init` as a new user runs it: scaffold, check, build (every language with starter
# pages, and a regional tag); a folder that is not empty is refused with exit code 2.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build -c release --show-bin-path)/sitegen"
[ -x "$bin" ] || swift build -c release --product sitegen
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for lang in ar de en es fr it ja ko pt ru zh-CN zh-TW pt-BR; do
  "$bin" init "$work/demo-$lang" --lang "$lang"
  (cd "$work/demo-$lang" && "$bin" check && "$bin" build --quiet)
  for file in sitegen.yml .gitignore .github/workflows/sitegen.yml Content/_index.md \
              Content/_schemas/backup-options.yml public/index.html public/options/cloud-sync/index.html; do
    [ -f "$work/demo-$lang/$file" ] || { echo "init ($lang): missing $file"; exit 1; }
  done
done
set +e
"$bin" init "$work/demo-en" 2>/dev/null
status=$?
set -e
[ "$status" -eq 2 ] || { echo "init into a non-empty folder exited $status, expected 2"; exit 1; }
# A folder holding only other files: refused, saying that --force would overwrite none of them.
mkdir "$work/notes" && echo "kept" > "$work/notes/README.md"
said="$("$bin" init "$work/notes" 2>&1 || true)"
grep -q "none of its files would be overwritten" <<<"$said" || { echo "init: unclear refusal: $said"; exit 1; }
# Run inside the folder (`sitegen init`), the next step is not `cd .`.
said="$(cd "$work" && mkdir here && cd here && "$bin" init 2>&1)"
grep -q "^next: sitegen check && sitegen build$" <<<"$said" || { echo "init: next step: $said"; exit 1; }
# A language without starter pages: refused with the way to start such a site.
set +e
said="$("$bin" init "$work/demo-hi" --lang hi 2>&1)"
status=$?
set -e
[ "$status" -eq 2 ] && grep -q "set 'language: hi' in sitegen.yml" <<<"$said" && grep -q "de, en, es" <<<"$said" \
  || { echo "init --lang hi: exit $status, said: $said"; exit 1; }
grep -q "^language: pt-BR$" "$work/demo-pt-BR/sitegen.yml" || { echo "init --lang pt-BR: language not kept"; exit 1; }
"$bin" init "$work/templated" --templates >/dev/null 2>&1
[ -f "$work/templated/Templates/layouts/base.mustache" ] || { echo "--templates did not copy the theme"; exit 1; }
echo "init: the scaffolds of 12 languages and pt-BR check and build; hi refused with a hint; non-empty folder refused"
