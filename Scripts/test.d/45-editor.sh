#!/usr/bin/env bash
# `sitegen lsp` in a real editor: headless Neovim (Debian's) on a copy of the sample site finds an
# unsaved short row and applies its quick fix, renames a heading (the link on another page
# follows; the site then checks clean) and the comparison matrix's id, finds it by name (whole matches first) and tells a matrix
# cell's typed value on hover (Tests/Editor/neovim-session.lua).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build -c release --show-bin-path)/sitegen"
[ -x "$bin" ] || swift build -c release --product sitegen
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
cp -r Content "$site/"
[ -f sitegen.yml ] && cp sitegen.yml "$site/"
SITE="$site" SITEGEN="$bin" timeout 120 nvim --headless -u NONE -c "luafile Tests/Editor/neovim-session.lua" >/dev/null 2>&1 || true
expected='finding 4 table-column-count
quick fix add 2 empty cells to line LINE (table-column-count)
row now | 注销 | | |
findings after the fix 0
rename from 替代方案对比分析
linked from methods/_index.md:7
rename table from methods
symbol 三种方式的对比
symbol 三种解除方式的核心指标对比
hover **duration 5 min – 10 min (审核)**'
row=$(( $(wc -l < Content/_index.md) + 4 ))
expected="${expected/LINE/$row}"
if [ "$(cat "$site/session.txt" 2>/dev/null)" != "$expected" ]; then
  echo "editor session: expected"; echo "$expected"; echo "got"; cat "$site/session.txt" 2>/dev/null || echo "(nothing)"; exit 1
fi
diff -u <(sed 's/^## 替代方案对比分析$/## 三种方式的对比/; s/#替代方案对比分析)/#三种方式的对比)/; s/^id: methods$/id: ways/' Content/_index.md) "$site/Content/_index.md"
diff -u <(sed 's/#替代方案对比分析)/#三种方式的对比)/' Content/methods/_index.md) "$site/Content/methods/_index.md"
"$bin" check --root "$site" >/dev/null
echo "editor: Neovim found and fixed a short row, renamed a heading with its link and a matrix, found it by name, hovered a cell"
