// sitegen's search script, loaded by sitegen.js the first time the search box
// is used. Readable source; the theme ships Sources/SitegenCore/Theme/search.js,
// made from this file by Scripts/minify-js. Nothing from the search index is
// ever inserted as HTML.
(() => {
const d = document;
const el = (t) => d.createElement(t);
const fill = (t, o) => t.replace(/\{(\w+)\}/g, (m, k) => (k in o ? o[k] : m));
// The search tokenizer, as Render/Search/SearchTokenizer.swift: runs of scripts
// written without spaces (CJK, Thai, Lao, Myanmar, Khmer) as overlapping bigrams
// (a lone character stays a unigram), words of letters, marks and digits of any
// other script; final sigma read as sigma, Arabic vowel marks and tatweel and
// Hebrew points dropped.
const words = (s) => {
  const r = [];
  for (const [w, u] of s.toLowerCase().replace(/\u03c2/g, "\u03c3")
    .replace(/[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0640\u064b-\u065f\u0670]/g, "").matchAll(
    /([\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff]+)|(?:(?![\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff])[\p{L}\p{M}\p{N}])+/gu)) {
    if (!u || w.length < 2) r.push(w);
    else for (let i = 1; i < w.length; i++) r.push(w.slice(i - 1, i + 1));
  }
  return r;
};

// Search: the prebuilt index is a manifest (search-index.js: the first term of
// each term shard, and the shards' URLs) and shards of terms with their
// postings and of documents, all scripts so they also load from file://. The
// manifest is loaded when the box is first used; a query loads only the shards
// its terms and its first results need.
const f = d.getElementById("site-search");
if (f) {
  const input = f.querySelector("input"), out = f.querySelector("ol"), status = f.querySelector("p");
  const data = f.dataset, say = (t) => (status.textContent = t || "");
  let ix, timer, ticket = 0, fresh = "";
  const load = (src) => new Promise((ok, fail) => {
    const s = el("script");
    s.src = src;
    s.onload = ok;
    s.onerror = fail;
    d.head.append(s);
  });
  // Shards by number, each loaded once, as { number: data }. A shard assigns itself under its URL in
  // the manifest of its build; another URL, or none, means the site was built again since the manifest
  // was loaded (a page open across a deploy, or a cached manifest).
  const shards = (files, numbers) => Promise.all([...new Set(numbers)].map(async (n) => {
    const url = files[n];
    if (!ix.shards[url]) await load(data.root + url);
    if (!ix.shards[url]) throw url;
    return [n, ix.shards[url]];
  })).then(Object.fromEntries);
  const gaps = (text, found) => { let id = 0; for (const x of text ? text.split(",") : []) found.add((id += parseInt(x, 36))); };
  const run = async (again) => {
    const mine = ++ticket, q = input.value.trim();
    try {
      if (!ix) say(data.loading), await load(data.index + fresh), (ix = window.sitegenSearch);
      if (mine != ticket) return;
      if (ix.version != 3) throw ix;
      // Traditional Chinese characters read as the Simplified ones the index holds (銀行 → 银行): the
      // manifest lists the pairs of the site's own characters.
      ix.fold ||= new Map([...(ix.folds || "")].flatMap((c, i, p) => (i % 2 ? [] : [[c, p[i + 1]]])));
      const ts = words(q).map((w) => [...w].map((c) => ix.fold.get(c) || c).join(""));
      if (!ts.length) return (out.textContent = say(""));
      // Term shards are runs of the sorted terms: a term is in the last shard starting at or before
      // it. Every query term must match exactly, or as a prefix when it is the last (typing) or a
      // lone character; a prefix's terms are a run of neighbouring shards.
      const at = (x) => { let s = 0; while (s + 1 < ix.termShards.length && ix.termShards[s + 1] <= x) s++; return s; };
      const per = ix.documentsPerShard, runs = ts.map((w, n) => {
        const prefix = n == ts.length - 1 || w.length < 2, lo = at(w);
        return [w, prefix, lo, ix.termFiles.length ? (prefix ? at(w + "\uffff") : lo) : -1];
      });
      const t = await shards(ix.termFiles, runs.flatMap(([, , lo, hi]) => [...Array(hi - lo + 1).keys()].map((i) => lo + i)));
      if (mine != ticket) return;
      // The sections holding every term (hits), and those whose title or heading does (tops).
      let hits, tops;
      for (const [w, prefix, lo, hi] of runs) {
        const found = new Set(), head = new Set();
        for (let s = lo; s <= hi; s++) {
          for (const [k, text, heads] of t[s]) {
            if (k == w || (prefix && k.startsWith(w))) gaps(text, found), gaps(heads, head);
          }
        }
        hits = (hits || [...found]).filter((i) => found.has(i));
        tops = (tops || [...head]).filter((i) => head.has(i));
      }
      // A translated site's index lists the runs of documents of each translation (`en/`): a page
      // finds those of its own language, the site's own language none of them.
      if (ix.scopes) {
        const scope = (i) => { for (const k in ix.scopes) for (const [a, b] of ix.scopes[k]) if (i >= a && i < b) return k; return ""; };
        hits = hits.filter((i) => scope(i) == (data.scope || ""));
      }
      tops = new Set(tops);
      hits.sort((a, b) => tops.has(b) - tops.has(a) || a - b);
      const shown = hits.slice(0, 20), docs = await shards(ix.documentFiles, shown.map((i) => (i / per) | 0));
      if (mine != ticket) return;
      out.textContent = "";
      say(fill(data[hits.length ? "results" : "none"], { n: hits.length, query: q }));
      for (const i of shown) {
        const [url, title, heading, excerpt] = docs[(i / per) | 0][i % per], li = el("li"), a = el("a"), s = el("small");
        a.href = data.root + url;
        a.textContent = title + (heading ? " › " + heading : "");
        s.textContent = excerpt;
        a.append(s);
        li.append(a);
        out.append(li);
      }
    } catch (_) {
      if (mine != ticket) return;
      // A shard missing or of another build: once a query, the manifest again (past the browser's
      // cache: servers and file:// ignore the query string), then the query with the new shards.
      if (!again) return (ix = null), (fresh = "?r=" + Date.now()), run(1);
      say(data.failed);
    }
  };
  input.onfocus = () => run();
  input.oninput = () => { clearTimeout(timer); timer = setTimeout(run, 100); };
  // Enter opens the first result; Tab moves through the results (they are links); Escape clears the box.
  f.onsubmit = (e) => { e.preventDefault(); const a = out.querySelector("a"); if (a) a.click(); };
  run();  // the box has the focus (sitegen.js loads this script then), and maybe words already
}

})();
