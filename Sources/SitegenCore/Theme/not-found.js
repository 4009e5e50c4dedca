// The site's top 404 page on a host that answers every missing address with it (GitHub Pages,
// most servers; Cloudflare Pages and `sitegen serve` answer with the nearest 404 page up the path
// themselves): an address in a translation's folder (`/en/…`) gets that translation's 404 page,
// in its language, with its home, navigation and search. The address stays as it was. Loaded
// only by the top 404 page of a translated site with a base URL (its links are absolute then).
(() => {
  const s = document.currentScript, root = s.dataset.root, path = decodeURI(location.pathname);
  const tag = s.dataset.languages.split(" ").find((t) => path.startsWith(root + t + "/"));
  if (!tag) return;
  fetch(root + tag + "/404.html").then((r) => (r.ok ? r.text() : "")).then((html) => {
    if (!html) return;
    document.open();
    document.write(html);
    document.close();
  }).catch(() => {});
})();
