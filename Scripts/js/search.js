// sitegen's search script, loaded by sitegen.js the first time the search box
// is used. Readable source; the theme ships Sources/SitegenCore/Theme/search.js,
// made from this file by Scripts/minify-js. Nothing from the search index is
// ever inserted as HTML.
(() => {
const d = document;
const el = (t) => d.createElement(t);
const fill = (t, o) => t.replace(/\{(\w+)\}/g, (m, k) => (k in o ? o[k] : m));
// The search tokenizer, as Render/Search/SearchTokenizer.swift: Latin words,
// and CJK runs as overlapping bigrams (a lone CJK character stays a unigram).
const words = (s) => {
  const r = [];
  for (const w of s.toLowerCase().match(/[\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff]+|[a-z0-9\u00c0-\u024f]+/g) || []) {
    if (w.length < 2 || w < "\u3040") r.push(w);
    else for (let i = 1; i < w.length; i++) r.push(w.slice(i - 1, i + 1));
  }
  return r;
};

// Search: the prebuilt index is a manifest (search-index.js: every term, and
// where its shard is) and shards of postings and documents, all scripts so
// they also load from file://. The manifest is loaded when the box is first
// used; a query loads only the shards its terms and its first results need.
const f = d.getElementById("site-search");
if (f) {
  const input = f.querySelector("input"), out = f.querySelector("ol"), status = f.querySelector("p");
  const data = f.dataset, say = (t) => (status.textContent = t || "");
  let ix, timer, ticket = 0;
  const load = (src) => new Promise((ok, fail) => {
    const s = el("script");
    s.src = src;
    s.onload = ok;
    s.onerror = fail;
    d.head.append(s);
  });
  // Shards "t" or "d" by number, each loaded once, as { number: data }.
  const shards = (kind, files, numbers) => Promise.all([...new Set(numbers)].map(async (n) =>
    [n, ix.shards[kind + n] || (await load(data.root + files[n]), ix.shards[kind + n])])).then(Object.fromEntries);
  const gaps = (text, found) => { let id = 0; for (const x of text ? text.split(",") : []) found.add((id += parseInt(x, 36))); };
  const run = async () => {
    const mine = ++ticket, q = input.value.trim(), ts = words(q);
    try {
      if (!(ix = window.sitegenSearch)) say(data.loading), await load(data.index), (ix = window.sitegenSearch);
      const at = (i) => ix.termShards.findLastIndex((s) => s <= i), per = ix.documentsPerShard;
      if (mine != ticket) return;
      if (!ts.length) return (out.textContent = say(""));
      // Every query term must match: exactly, as a prefix for the last term
      // (typing), or any term holding a lone CJK character.
      const matches = ts.map((w, n) => ix.terms.flatMap((k, i) =>
        k == w || (n == ts.length - 1 && !k.indexOf(w)) || (w.length < 2 && k.includes(w)) ? [i] : []));
      const t = await shards("t", ix.termFiles, matches.flat().map(at));
      // The sections holding every term (hits), and those whose title or heading does (tops).
      let hits, tops;
      for (const m of matches) {
        const found = new Set(), head = new Set();
        for (const i of m) {
          const [text, heads] = t[at(i)][i - ix.termShards[at(i)]];
          gaps(text, found);
          gaps(heads, head);
        }
        hits = (hits || [...found]).filter((i) => found.has(i));
        tops = (tops || [...head]).filter((i) => head.has(i));
      }
      tops = new Set(tops);
      hits.sort((a, b) => tops.has(b) - tops.has(a) || a - b);
      const shown = hits.slice(0, 20), docs = await shards("d", ix.documentFiles, shown.map((i) => (i / per) | 0));
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
      if (mine == ticket) say(data.failed);
    }
  };
  input.onfocus = run;
  input.oninput = () => { clearTimeout(timer); timer = setTimeout(run, 100); };
  // Enter opens the first result; Tab moves through the results (they are links); Escape clears the box.
  f.onsubmit = (e) => { e.preventDefault(); const a = out.querySelector("a"); if (a) a.click(); };
  run();  // the box has the focus (sitegen.js loads this script then), and maybe words already
}

})();
