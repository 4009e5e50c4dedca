"""A site whose every author-controlled value is an attack, and checks on the
HTML sitegen builds from it, done on the parsed document (html5lib, the HTML
standard's parsing algorithm), not by searching the text."""
import json
import os
import re
import subprocess
import tempfile

import html5lib

# Payloads that must come out as inert text.
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'
CLOSE = "</script><script>alert(3)</script>"
MUSTACHE = "{{site.title}}{{{page.content}}}"
LS = "line\u2028sep\u2029para"
PAYLOADS = [SCRIPT, IMG, CLOSE, MUSTACHE, LS]
ALL = " ".join(PAYLOADS)


def yaml_quote(text):
    return json.dumps(text)  # JSON strings are YAML double-quoted scalars


def entities(text):
    """Markdown for `text` as literal text (no raw HTML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_site(root, raw_html=False):
    files = {
        "sitegen.yml": "\n".join([
            f"title: {yaml_quote('Site ' + ALL)}",
            f"description: {yaml_quote('Desc ' + ALL)}",
            f"notice: {yaml_quote('Notice ' + ALL)}",
            f"footer: {yaml_quote('Footer ' + ALL)}",
            "base-url: https://example.org/docs/",
            f"markdown: {{raw-html: {'true' if raw_html else 'false'}}}",
        ]) + "\n",
        "Content/_index.md": "\n".join([
            "---",
            f"title: {yaml_quote('Home ' + ALL)}",
            f"description: {yaml_quote('Home desc ' + ALL)}",
            "---",
            "",
            f"Intro {SCRIPT} {IMG} {MUSTACHE} {LS}",
            "",
            "<script>alert('block')</script>",
            "",
            "<iframe src=\"https://example.org\"></iframe>",
            "",
            "[js](javascript:alert(4)) [JS](JAVASCRIPT:alert(5)) [vb](vbscript:msgbox(6))",
            "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==) [ent](javascript&#58;alert(8))",
            "[tab](java\tscript:alert(9)) <javascript:alert(10)> ![img](javascript:alert(11))",
            "[angle](<javascript:alert(12)>) [ok](https://example.org/?q=<script>)",
            "",
            "Footnote[^x].",
            "",
            f"[^x]: Note {SCRIPT} {IMG}",
        ]) + "\n",
        "Content/guide/_index.md": "\n".join([
            "---",
            f"title: {yaml_quote('Guide ' + ALL)}",
            f"nav-title: {yaml_quote('Nav ' + ALL)}",
            f"option: {yaml_quote('B ' + MUSTACHE)}",
            "---",
            "",
            f"## Heading {SCRIPT} {IMG} {MUSTACHE} {{#x\"><script>alert(13)</script>}}",
            "",
            f"### {CLOSE} {LS}",
        ]) + "\n",
        "Content/guide/page.md": "\n".join([
            "---",
            f"title: {yaml_quote('Page ' + ALL)}",
            f"description: {yaml_quote(IMG)}",
            f"tags: [{yaml_quote(SCRIPT)}, {yaml_quote(IMG)}, {yaml_quote(MUSTACHE)}]",
            # Dates and language tags are validated: hostile ones are refused (test_refused_values).
            "date: 2026-01-31",
            "lang: en",
            f"slug: {yaml_quote('x' + IMG.replace('/', ''))}",
            f"option: {yaml_quote('Opt ' + IMG)}",
            "---",
            "",
            "<!-- sitegen:table",
            "kind: matrix",
            f"caption: {yaml_quote('Cap ' + ALL)}",
            f"option-label: {yaml_quote('Label ' + ALL)}",
            "-->",
            # Option names as text (entities), defined by this page and the guide's section page.
            f"| Criterion {SCRIPT} | Opt {entities(IMG)} | B {MUSTACHE} |",
            "|---|---|---|",
            f"| Time {CLOSE} | 5分钟 {SCRIPT} | {IMG} 10 min |",
            f"| Cost {LS} | [x](javascript:alert(14)) | {MUSTACHE} |",
            "",
            f"| Plain {SCRIPT} | {IMG} |",
            "|---|---|",
            f"| {CLOSE} | {LS} {MUSTACHE} |",
        ]) + "\n",
    }
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)


def build_refused(binary):
    """A page whose date and language carry markup: refused at those values, nothing written."""
    root = tempfile.mkdtemp(prefix="sitegen-hostile-refused-")
    os.makedirs(os.path.join(root, "Content"))
    with open(os.path.join(root, "Content", "_index.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(["---", "title: Home", f"date: {yaml_quote(IMG)}", f"lang: {yaml_quote('en' + IMG)}",
                           "---", "", "Text.", ""]))
    result = subprocess.run([binary, "build", "--root", root, "--quiet"], capture_output=True, text=True, timeout=120)
    return root, result


def build(binary, raw_html=False):
    root = tempfile.mkdtemp(prefix="sitegen-hostile-")
    write_site(root, raw_html)
    result = subprocess.run([binary, "build", "--root", root, "--quiet"], capture_output=True, text=True, timeout=120)
    return root, result


URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "poster", "xlink:href", "data", "background"}
SAFE_DATA = ("data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp")
# Elements that embed or redirect. (Forms, SVG and templates are checked through their
# attributes and scripts like everything else.)
FORBIDDEN = {"iframe", "frame", "frameset", "object", "embed", "applet", "base"}


def local(tag):
    return tag.split("}")[-1]


def problems(html, allow_raw=False):
    """Executable markup in a parsed page: what a browser would run."""
    document = html5lib.parse(html, namespaceHTMLElements=True)
    found = []
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        tag = local(element.tag)
        attributes = {local(k).lower(): v for k, v in element.attrib.items()}
        if tag == "script":
            kind = attributes.get("type", "").lower()
            # The theme's own script, linked with its version (`assets/sitegen.js?v=1a2b3c4d`).
            src = re.sub(r"\?v=[0-9a-f]{8}$", "", attributes.get("src") or "") or None
            if kind in ("application/json", "application/ld+json"):
                try:
                    json.loads(element.text or "")
                except ValueError as error:
                    found.append(f"JSON island does not parse: {error}")
            elif not (src and "assets/" in src and src.endswith(".js") and ":" not in src and not src.startswith("//")):
                found.append(f"script element {attributes} {element.text!r:.60}")
        if tag in FORBIDDEN and not allow_raw:
            found.append(f"<{tag}> element")
        if tag == "meta" and attributes.get("http-equiv", "").lower() not in ("", "content-security-policy"):
            found.append(f"meta http-equiv={attributes['http-equiv']}")
        for name, value in attributes.items():
            if name.startswith("on") and not allow_raw:
                found.append(f"event handler {name}={value!r} on <{tag}>")
            if name in URL_ATTRIBUTES:
                squeezed = "".join(ch for ch in value if ord(ch) > 0x20).lower()
                if squeezed.startswith(("javascript:", "vbscript:", "livescript:")):
                    found.append(f"script URL {name}={value!r} on <{tag}>")
                if squeezed.startswith("data:") and squeezed != "data:," and not squeezed.startswith(SAFE_DATA):
                    found.append(f"data URL {name}={value!r} on <{tag}>")
    return found


def text_of(html):
    document = html5lib.parse(html, namespaceHTMLElements=False)
    return "".join(document.itertext())


def pages(root):
    for folder, _, names in os.walk(os.path.join(root, "public")):
        for name in names:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    yield os.path.relpath(path, root), f.read()
