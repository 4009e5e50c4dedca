#!/usr/bin/env python3
"""Deterministic benchmark corpus for sitegen (and an equivalent Hugo site).

    Benchmarks/corpus.py --pages 10000 --out /dev/shm/bench-10k [--seed 1] [--hugo]

Writes OUT/sitegen.yml, OUT/Content/** (front matter, mixed Chinese/English
prose, headings, links between pages, 2-4 GFM tables a page of which one or
two are comparison matrices with typed values; about 5 KB a page) in about
20 top-level sections, each split into parts of at most 50 pages so the
sibling navigation stays the same size whatever the corpus size. With
--hugo it also writes OUT/hugo.toml and OUT/layouts/** for Hugo: page
content, title, and a sibling navigation of the same size as sitegen's.
The same seed and page count always give byte-identical files.

--vocabulary wide draws the Chinese words from a lexicon of 60,000 made of
GB2312's 3,755 common characters (both by a Zipf law) instead of 24 phrases:
a search index of about 270,000 terms on 10,000 pages, as a real Chinese
site's text gives (the default corpus has about 11,500).
"""
import argparse
import itertools
import os
import random
import zlib

SECTIONS = 20
PART_SIZE = 50

ZH = [
    "配置文件", "部署流程", "权限管理", "数据迁移", "性能优化", "缓存策略", "错误处理", "日志记录",
    "版本升级", "兼容性", "安全审计", "备份恢复", "网络延迟", "负载均衡", "监控告警", "接口设计",
    "用户体验", "文档结构", "测试覆盖", "发布节奏", "依赖管理", "资源限制", "并发控制", "事务隔离",
]


def zh(rng):
    """A Chinese word: one of ZH (the default), or of the wide lexicon (use_wide_vocabulary)."""
    return rng.choice(ZH)


def use_wide_vocabulary(seed):
    global zh
    lexicon_rng = random.Random(seed)
    chars = [bytes([hi, lo]).decode("gb2312") for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF)
             if not (hi == 0xD7 and lo > 0xF9)]
    char_weights = list(itertools.accumulate(1 / (i + 1) ** 0.9 for i in range(len(chars))))
    lexicon = ["".join(lexicon_rng.choices(chars, cum_weights=char_weights, k=lexicon_rng.choice([1, 2, 2, 2, 3, 4])))
               for _ in range(60000)]
    word_weights = list(itertools.accumulate(1 / (i + 1) for i in range(len(lexicon))))
    zh = lambda rng: "".join(rng.choices(lexicon, cum_weights=word_weights, k=rng.randint(1, 3)))


ZH_VERBS = ["需要检查", "可以通过", "建议优先", "通常会影响", "不应忽略", "会显著降低", "往往取决于", "必须明确"]
ZH_TAIL = [
    "在生产环境中尤其重要。", "具体步骤见下文。", "这一点经常被忽视。", "请参考官方说明。",
    "不同团队的做法差异很大。", "实际效果取决于规模。", "建议先在测试环境验证。", "需要结合业务权衡。",
]
EN = [
    "configuration", "deployment", "latency", "throughput", "cache", "index", "schema", "migration",
    "rollback", "replica", "cluster", "gateway", "token", "session", "quota", "pipeline", "artifact",
    "workflow", "snapshot", "runtime", "endpoint", "payload", "scheduler", "backpressure",
]
EN_VERBS = ["depends on", "affects", "improves", "reduces", "requires", "replaces", "extends", "limits"]
SECTION_NAMES = [
    ("getting-started", "快速开始"), ("install", "安装部署"), ("config", "配置参考"), ("guides", "使用指南"),
    ("api", "接口参考"), ("cli", "命令行"), ("security", "安全"), ("storage", "存储"), ("network", "网络"),
    ("monitoring", "监控"), ("scaling", "扩展"), ("migration", "迁移"), ("plugins", "插件"),
    ("integrations", "集成"), ("faq", "常见问题"), ("troubleshooting", "故障排查"), ("release-notes", "发布说明"),
    ("internals", "内部机制"), ("tutorials", "教程"), ("reference", "参考手册"),
]
DURATIONS = ["30秒", "10分钟", "2小时", "3个小时", "5日", "2周", "3个月", "半小时", "半天", "1年", "5-10分钟", "即时生效"]
RATES = ["3张/日", "1张/周", "每月限2次", "5次/日", "10次/小时", "无限制"]
BOOLS = ["是", "否", "支持", "不支持", "yes", "no", "✓", "✗"]
PERCENTS = ["50%", "75%", "90%", "99%", "12%", "35%"]
LEVELS = ["低", "中", "高"]

SCHEMA = """title: 方案对比
primaryKey: 评估维度
fields:
  - name: 处理耗时
    type: duration
    prefer: lower
  - name: 调用上限
    type: rate
    prefer: higher
  - name: 离线可用
    type: boolean
  - name: 成功率
    type: number
    prefer: higher
  - name: 推荐等级
    type: category
    categories: [低, 中, 高]
    prefer: higher
"""


def sentence(rng):
    if rng.random() < 0.5:
        return (f"{zh(rng)}{rng.choice(ZH_VERBS)}{zh(rng)},"
                f"例如 {rng.choice(EN)} 与 {rng.choice(EN)} 的组合,{rng.choice(ZH_TAIL)}")
    words = [rng.choice(EN) for _ in range(rng.randint(3, 6))]
    return (f"The {words[0]} {rng.choice(EN_VERBS)} the {words[1]} when the {words[2]} is shared "
            f"(即{zh(rng)}), so plan the {words[-1]} first.")


def paragraph(rng, n):
    return "".join(sentence(rng) for _ in range(n))


def layout(pages):
    """Content paths of every page: home, sections, parts and their pages."""
    body = pages - 1 - SECTIONS
    for _ in range(8):  # part index pages count as pages too
        per_section = [body // SECTIONS + (1 if i < body % SECTIONS else 0) for i in range(SECTIONS)]
        parts = sum(-(-count // PART_SIZE) for count in per_section if count > PART_SIZE)
        body = pages - 1 - SECTIONS - parts
    per_section = [body // SECTIONS + (1 if i < body % SECTIONS else 0) for i in range(SECTIONS)]
    paths = []
    for s, count in enumerate(per_section):
        slug = f"{s + 1:02d}-{SECTION_NAMES[s][0]}"
        parts = max(1, -(-count // PART_SIZE))
        for n in range(count):
            part = n // PART_SIZE
            folder = f"{slug}/part-{part + 1:02d}" if parts > 1 else slug
            paths.append((s, folder, f"{folder}/page-{n + 1:04d}.md"))
    return per_section, paths


def matrix(rng, page_id, t, count):
    """A comparison matrix of 3-4 options, each defined by some page (`option:`
    in its front matter); a value depends only on option and criterion, so the
    same fact stated on several pages never conflicts."""
    options = [f"方案{rng.randrange(count):05d}" for _ in range(rng.randint(3, 4))]
    options = list(dict.fromkeys(options))
    rows = [
        ("处理耗时", DURATIONS), ("调用上限", RATES), ("离线可用", BOOLS), ("成功率", PERCENTS), ("推荐等级", LEVELS),
    ]
    out = [f"<!-- sitegen:table {{id: m{page_id}-{t}, kind: matrix, schema: bench, options: columns, "
           f"option-label: 方案, caption: 方案对比 {page_id}-{t}}} -->",
           "| 评估维度 | " + " | ".join(options) + " |",
           "|---|" + "---|" * len(options)]
    for name, values in rows:
        cells = [values[zlib.crc32(f"{option}|{name}".encode()) % len(values)] for option in options]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def plain(rng, page_id, t):
    columns = ["项目 Item", "说明 Notes", "默认值 Default"]
    out = [f"<!-- sitegen:table {{id: t{page_id}-{t}}} -->",
           "| " + " | ".join(columns) + " |", "|---|---|---|"]
    for _ in range(rng.randint(4, 6)):
        out.append(f"| {rng.choice(EN)}-{rng.randint(1, 999)} | {zh(rng)}{rng.choice(ZH_VERBS)}"
                   f"{rng.choice(EN)} | {rng.choice(DURATIONS)} |")
    return "\n".join(out)


def page_text(rng, index, folder, path, all_paths, title):
    count = len(all_paths)
    page_id = f"{index:05d}"
    links = []
    for _ in range(3):
        _, _, other = all_paths[rng.randrange(len(all_paths))]
        links.append(f"[{zh(rng)} {rng.choice(EN)}]({os.path.relpath(other, folder)}#overview)")
    tables = [matrix(rng, page_id, 1, count), plain(rng, page_id, 2)]
    tables += [plain(rng, page_id, 3)] if rng.random() < 0.5 else []
    tables += [matrix(rng, page_id, 4, count)] if rng.random() < 0.5 else []
    parts = [
        "---", f"title: \"{title}\"", f"description: \"{zh(rng)}与 {rng.choice(EN)} 的说明\"",
        f"weight: {index}", f"option: 方案{page_id}", "---", "",
        paragraph(rng, 3) + " 另见 " + "、".join(links) + "。", "",
        "## 概述 Overview {#overview}", "", paragraph(rng, 5), "",
        f"### {zh(rng)}细节", "", paragraph(rng, 4), "", tables[0], "",
        f"## {rng.choice(EN).capitalize()} 与{zh(rng)}", "", paragraph(rng, 5), "", tables[1], "",
        "- " + sentence(rng), "- " + sentence(rng), "- `" + rng.choice(EN) + "` " + sentence(rng), "",
    ]
    for number, extra in enumerate(tables[2:], start=1):
        parts += [f"### {zh(rng)}对比 {number}", "", paragraph(rng, 3), "", extra, ""]
    parts += ["## 总结 Summary", "", paragraph(rng, 5), ""]
    return "\n".join(parts)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(pages, out, seed, hugo):
    rng = random.Random(seed)
    content = os.path.join(out, "Content")
    per_section, paths = layout(pages)
    write(os.path.join(out, "sitegen.yml"),
          "title: Bench 文档\nlanguage: zh-CN\nbase-url: https://example.org/bench/\nurl-style: pretty\n")
    write(os.path.join(content, "_schemas", "bench.yml"), SCHEMA)
    write(os.path.join(content, "_index.md"),
          "---\ntitle: Bench 文档\n---\n\n" + paragraph(rng, 4) + "\n\n## 概述 Overview {#overview}\n\n"
          + paragraph(rng, 2) + "\n")
    folders = {}
    for s, folder, _ in paths:
        folders.setdefault(folder, s)
    for s in range(SECTIONS):
        slug = f"{s + 1:02d}-{SECTION_NAMES[s][0]}"
        folders.setdefault(slug, s)
    for folder in sorted(folders):
        s = folders[folder]
        name = SECTION_NAMES[s][1] + ("" if "/" not in folder else " " + folder.split("/")[-1])
        write(os.path.join(content, folder, "_index.md"),
              f"---\ntitle: \"{name}\"\nweight: {s + 1}\n---\n\n{paragraph(rng, 2)}\n\n"
              f"## 概述 Overview {{#overview}}\n\n{paragraph(rng, 1)}\n")
    for index, (s, folder, path) in enumerate(paths):
        title = f"{SECTION_NAMES[s][1]} {index:05d}: {rng.choice(EN).capitalize()} {zh(rng)}"
        write(os.path.join(content, path), page_text(rng, index, folder, path, paths, title))
    if hugo:
        write_hugo(out)
    return 1 + len(folders) + len(paths)


HUGO_CONFIG = """baseURL = "https://example.org/bench/"
title = "Bench 文档"
languageCode = "zh-CN"
contentDir = "Content"
ignoreFiles = ["_schemas"]
disableKinds = ["taxonomy", "term", "RSS"]
[markup.goldmark.renderer]
unsafe = false
[markup.goldmark.parser.attribute]
title = true
"""
HUGO_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body>
<nav class="sidebar"><ul class="nav-tree">
<li><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Home.Title }}</a></li>
{{ $cur := . }}{{ range .Site.Home.Sections }}{{ partial "nav-item.html" (dict "node" . "cur" $cur) }}{{ end }}
</ul></nav>
<main><h1>{{ .Title }}</h1>
{{ .Content }}
</main>
</body>
</html>
"""
HUGO_NAV_ITEM = """<li><a href="{{ .node.RelPermalink }}"{{ if eq .node .cur }} aria-current="page"{{ end }}>{{ .node.LinkTitle }}</a>
{{ if and .node.IsSection (or (eq .node .cur) (.cur.IsDescendant .node)) }}<ul>
{{ range .node.Pages }}{{ partial "nav-item.html" (dict "node" . "cur" $.cur) }}{{ end }}
</ul>{{ end }}</li>
"""


def write_hugo(out):
    write(os.path.join(out, "hugo.toml"), HUGO_CONFIG)
    for name in ("single.html", "list.html"):
        write(os.path.join(out, "layouts", "_default", name), HUGO_PAGE)
    write(os.path.join(out, "layouts", "partials", "nav-item.html"), HUGO_NAV_ITEM)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hugo", action="store_true", help="also write the Hugo configuration and layouts")
    parser.add_argument("--vocabulary", choices=["small", "wide"], default="small",
                        help="Chinese words from 24 phrases (default) or a lexicon of 60,000")
    args = parser.parse_args()
    if args.vocabulary == "wide":
        use_wide_vocabulary(args.seed)
    if args.pages < 1 + SECTIONS * 2:
        parser.error(f"--pages must be at least {1 + SECTIONS * 2}")
    total = generate(args.pages, args.out, args.seed, args.hugo)
    print(f"{total} pages in {args.out}")


if __name__ == "__main__":
    main()
