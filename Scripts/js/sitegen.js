// sitegen's page script: interactive comparison matrices, and the loader of
// the search script (search.js). Readable source; the theme ships
// Sources/SitegenCore/Theme/sitegen.js, made from this file by
// Scripts/minify-js. Pages work fully without it. Nothing from the URL is
// ever inserted as HTML.
(() => {
const d = document;
const el = (t) => d.createElement(t);
const all = (s, e = d) => [...e.querySelectorAll(s)];
const fill = (t, o) => t.replace(/\{(\w+)\}/g, (m, k) => (k in o ? o[k] : m));
// State kept in the fragment, one key per matrix or table (`#methods.sort=5d&tbl-review.ask=2,1`):
// writing drops empty keys (a heading anchor) and keeps the others; a plain heading anchor leaves
// a view alone, a state fragment (or none) restores it.
const frag = () => new URLSearchParams(location.hash.slice(1));
const put = (h) => history.replaceState(null, "", "#" + new URLSearchParams([...h].filter((e) => e[1])));
const onFrag = (f) => addEventListener("hashchange", () => /^#[^=]+$/.test(location.hash) || f());
// One matrix. Everything the script needs is validated before the page is
// touched: a missing or malformed JSON island leaves the plain table as it is.
const matrix = (m) => {
  const q = (s) => m.querySelector(s);
  const D = JSON.parse(q(".matrix-data").textContent);
  const { strings: S, options: O, criteria: C, weights: W, constraints: X, cells: V } = D;
  const no = O.length, nc = C.length;
  const t = q("table"), body = t.tBodies[0], rows = [...body.rows], heads = [...t.tHead.rows[0].cells];
  const scored = heads.length == nc + 2, coll = new Intl.Collator(D.lang), sep = S.ListSeparator;
  const ctl = q(".matrix-controls"), view = q(".matrix-view"), status = q(".matrix-status");
  const pre = D.id + ".", dw = D.defaultWeight;
  if (D.version != 1 || rows.length != no || heads.length < nc + 1 || V.length != no || !W[dw] ||
    X.some((c) => !c.excludes.map) || V.some((r) => r.length != nc || r.some((c) => c.text == null))) return;
  // State: s sorted column (0 names, 1…nc criteria, nc+1 score; -1 none), a direction (1 up, -1 down),
  // o hidden options, c hidden criteria, d only differences, w weight levels, x active constraints.
  const fresh = () => ({ s: -1, a: 1, o: new Set(), c: new Set(), d: false, w: {}, x: new Set() });
  let st, score = [];
  const level = (i) => (i in st.w ? st.w[i] : dw);
  // The weight factor of a criterion; criteria the build could not score weigh nothing.
  const factor = (i) => C[i].scored && W[level(i)].factor;
  // "Requirements: a, b." — a string with {list}, or nothing for an empty list.
  const list = (k, l) => (l.length ? fill(S[k], { list: l.join(sep) }) : "");

  // State from the fragment, e.g. `#methods.sort=5d&methods.w=3:3&methods.req=keep-account`
  // (sort: column and a/d; hide, cols: option and criterion indexes; w: criterion:level).
  // Only this matrix's keys are read; malformed values and unknown keys are ignored.
  const load = () => {
    const s = fresh(), h = frag(), get = (k) => (h.get(pre + k) || "").split(",");
    const ints = (k, n) => new Set(get(k).filter((x) => /^\d+$/.test(x) && x < n));
    let r = /^(\d+)([ad])$/.exec(get("sort")[0]);
    if (r && r[1] < heads.length) { s.s = +r[1]; s.a = r[2] == "a" ? 1 : -1; }
    s.o = ints("hide", no);
    s.c = ints("cols", nc);
    s.d = get("diff")[0] == "1";
    for (const x of get("w")) if ((r = /^(\d+):(\d)$/.exec(x)) && C[r[1]]?.scored && W[r[2]]) s.w[r[1]] = +r[2];
    for (const x of get("req")) if (X.some((c) => c.id === x)) s.x.add(x);
    return s;
  };
  // Writes only non-default values (`put` drops the others), keeping other matrices' keys.
  const save = () => {
    const h = frag(), set = (k, v) => h.set(pre + k, v || "");
    set("sort", st.s >= 0 && st.s + (st.a > 0 ? "a" : "d"));
    set("hide", [...st.o].join());
    set("cols", [...st.c].join());
    set("diff", st.d && 1);
    set("w", Object.keys(st.w).filter((i) => st.w[i] != dw).map((i) => i + ":" + st.w[i]).join());
    set("req", [...st.x].join());
    put(h);
  };

  // Sort keys: canonical numbers first, then text in the page language's
  // collation (Chinese by pinyin), empty cells last in either direction, ties stable.
  const key = (o) => {
    const j = st.s, c = V[o][j - 1];
    return !j ? O[o] : j > nc ? score[o] : c.sort != null ? +c.sort : c.text || null;
  };
  const compare = (p, q) => {
    const a = key(p), b = key(q), na = typeof a == "number", nb = typeof b == "number";
    return (a == null) - (b == null) || nb - na ||
      st.a * (na ? (a > b) - (a < b) : a == null ? 0 : coll.compare(a, b)) || p - q;
  };

  const render = (what) => {
    const out = new Set(), shown = [], best = [], ws = [];
    let total = 0;
    for (const c of X) if (st.x.has(c.id)) c.excludes.forEach((o) => out.add(o));
    for (let o = 0; o < no; o++) if (!out.has(o) && !st.o.has(o + "")) shown.push(o);
    C.forEach((c, i) => {
      const v = shown.map((o) => V[o][i].norm).filter((x) => x != null), hi = Math.max(...v);
      // The best normalised value among the shown options; 2 (never reached) when all are equal.
      // (Unscored criteria have no normalised values, so they get 2 as well.)
      best[i] = hi - Math.min(...v) > 1e-9 ? hi : 2;
      total += factor(i);
      if (level(i) != dw) ws.push(fill(S.ViewWeight, { name: c.name, level: W[level(i)].label }));
    });
    const isBest = (o, i) => best[i] - V[o][i].norm < 1e-9;
    const hidden = C.map((c, i) => st.c.has(i + "") || (st.d && !shown.some((o) => V[o][i].eq != V[shown[0]][i].eq)));
    // The script only re-weights: normalised values and default scores come from the build.
    score = O.map((_, o) => C.reduce((s, c, i) => s + factor(i) * (V[o][i].norm || 0), 0) / total || 0);
    rows.forEach((r, o) => {
      const s = r.cells[nc + 1], why = [];
      r.hidden = !shown.includes(o);
      C.forEach((c, i) => {
        const td = r.cells[i + 1], b = td.querySelector(".best-mark");
        td.hidden = heads[i + 1].hidden = hidden[i];
        if (b) b.hidden = !isBest(o, i);
        if (isBest(o, i) && factor(i)) why.push([factor(i), c.name]);
      });
      if (scored) {
        s.dataset.sortValue = score[o];
        s.firstChild.textContent = Math.round(score[o] * 100);
        s.lastChild.textContent = list("Reason", why.sort((a, b) => b[0] - a[0]).map((w) => w[1]));
      }
    });
    const order = rows.map((_, o) => o);
    if (st.s >= 0) order.sort(compare);
    order.forEach((o) => body.appendChild(rows[o]));
    heads.forEach((h, j) => (j == st.s ? h.setAttribute("aria-sort", st.a > 0 ? "ascending" : "descending") : h.removeAttribute("aria-sort")));
    q(".matrix-empty").hidden = !(q(".matrix-scroll").hidden = !shown.length);
    const parts = {
      o: fill(S.Shown, { n: shown.length, total: no }) + (shown.length ? "" : " " + S.Empty),
      x: list("ViewConstraints", X.filter((c) => st.x.has(c.id)).map((c) => c.label)),
      w: list("ViewWeights", ws),
      c: list("ViewHiddenCriteria", [...st.c].map((i) => C[i].name)),
      d: st.d ? S.ViewDifferences : "",
      s: st.s < 0 ? S.OriginalOrder : st.s > nc && st.a < 0 ? S.Ranked :
        fill(st.a > 0 ? S.SortedAscending : S.SortedDescending, { name: heads[st.s].textContent.trim() }),
    };
    // The current view in words (on screen and in print), and what changed, for the live region.
    const say = (...l) => l.filter(String).join(S.SentenceSeparator);
    view.textContent = say(...Object.values(parts));
    if (what) status.textContent = what == "r" ? S.ViewReset : what == "w" ? say(parts.s, parts.w) : parts[what] || view.textContent;
  };
  // Controls: `data-s` names the state field; o/c list what is hidden, x what is switched on
  // (as the controls' values: strings).
  const sync = () => {
    for (const e of all("[data-s]", ctl)) {
      const f = e.dataset.s;
      if (f == "w") e.value = level(e.dataset.i);
      else e.checked = f == "d" ? st.d : st[f].has(e.value) == (f == "x");
    }
  };
  const update = (what) => { render(what); save(); };

  st = load();
  render();
  heads.forEach((h, j) => {
    // Outside any form a plain <button> does nothing but this.
    const b = el("button");
    b.append(...h.childNodes);
    h.append(b);
    b.onclick = () => {
      st.a = st.s == j ? -st.a : j > nc ? -1 : 1;
      st.s = j;
      update("s");
    };
  });
  ctl.onchange = (e) => {
    const t = e.target, f = t.dataset.s;
    if (f == "w") { st.w[t.dataset.i] = +t.value; st.s = nc + 1; st.a = -1; }
    else if (f == "d") st.d = t.checked;
    else st[f][t.checked == (f == "x") ? "add" : "delete"](t.value);
    update(f == "x" ? "o" : f == "d" ? "c" : f);
  };
  q("[data-r]").onclick = () => { st = fresh(); sync(); update("r"); };
  onFrag(() => { st = load(); sync(); render(); });
  sync();
  ctl.hidden = false;
};

// One decision table's questions: each answer's value lists the rules it matches ("-": none);
// the rules every answer matches are kept, and the hit policy says which outputs they give.
const decide = (f) => {
  const t = d.getElementById(f.dataset.table), D = f.dataset, out = f.querySelector(".decide-result");
  const rows = [...t.tBodies[0].rows], cols = D.outputs.split(" ").map(Number), ranks = D.ranks?.split(" ").map(Number);
  const qs = all("select", f), text = (r, c) => r.cells[c].textContent.trim(), vs = D.values?.split(" ");
  if (rows.some((r) => cols.some((c) => !r.cells[c]))) return;
  const show = () => {
    const p = D.policy, done = qs.every((q) => q.value);
    let hit = done ? rows.map((_, i) => i).filter((i) => qs.every((q) => q.value.split(" ").includes(i + ""))) : [];
    if (ranks) hit.sort((a, b) => ranks[a] - ranks[b] || a - b);
    if ("UAPF".includes(p)) hit = hit.slice(0, 1);
    rows.forEach((r, i) => r.classList.toggle("rule-match", hit.includes(i)));
    const said = hit.map((i) => cols.map((c) => (cols.length > 1 ? text(t.tHead.rows[0], c) + ": " : "") + text(rows[i], c))
      .join(D.separator) + " (#" + (i + 1) + ")");
    // C#: how many rules match; C+, C<, C>: the sum, least or greatest of the outputs (numbers
    // written alike: data-values as the build read them, written as data-sum says, with the
    // separators and digits the outputs use: data-format, the arguments of Intl.NumberFormat).
    out.textContent = !done ? D.incomplete : !hit.length ? D.none : fill(D.result, {
      list: p == "C#" ? hit.length : vs ? fill(D.sum, { n: Intl.NumberFormat(...JSON.parse(D.format)).format(hit.map((i) => +vs[i])
        .reduce((a, b) => (p == "C+" ? a + b : Math[p == "C<" ? "min" : "max"](a, b)))) })
        : said.join(D.separator),
    });
  };
  // The answers in the fragment, each question's answer number (0: none), so an answered table
  // can be shared: `#tbl-review.ask=2,1`.
  const key = D.table + ".ask";
  const load = () => {
    const v = (frag().get(key) || "").split(",");
    qs.forEach((q, i) => (q.selectedIndex = v[i] > 0 && v[i] < q.options.length ? v[i] : 0));
    show();
  };
  f.onchange = () => {
    const h = frag(), v = qs.map((q) => q.selectedIndex);
    h.set(key, v.some((n) => n) ? v : "");
    put(h);
    show();
  };
  onFrag(load);
  load();
  f.hidden = false;
};

for (const m of all("[data-matrix]")) try { matrix(m); } catch (_) { /* leave the plain table */ }
for (const f of all("form[data-policy]")) try { decide(f); } catch (_) { /* leave the table as it is */ }
// Search: its script (assets/search.js) is loaded the first time the box is used.
const f = d.getElementById("site-search");
if (f) {
  const s = el("script");
  // (A header template from before search.js has no data-script or data-failed.)
  s.src = f.dataset.script || f.dataset.root + "assets/search.js";
  s.onerror = () => (f.querySelector("p").textContent = f.dataset.failed || "");
  f.querySelector("input").addEventListener("focus", () => s.isConnected || d.head.append(s));
  f.onsubmit = (e) => e.preventDefault();
  f.hidden = false;
}
})();
