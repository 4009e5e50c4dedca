#!/usr/bin/env python3
"""Random Mustache templates, partials and data for the differential test of
the vendored swift-mustache patch (Scripts/test.d/16-mustache-differential.sh).

Usage: cases.py HARNESS --seeds 1,2,3 --cases 3000

Each case is a template using variables, triple and `&` variables, dotted
names, implicit `.`, sections and inverted sections nested four deep,
partials (standalone and indented, one including another), comments,
delimiter changes, sequence transforms (first/last/index) and `uppercased`,
over random data of strings (with HTML specials, CJK), numbers, booleans,
dictionaries and lists. The released and the patched library must render
every case identically, and the patched library the same again when every
dictionary is handed over as a `MustacheRecord`, and again with records that
keep the partials rendered over them, rendered twice: the second time with
every top-level value that is no dictionary or list changed (a kept partial
text that depended on one would show). Out of scope on purpose: a `"` followed by a
combining mark (the patch escapes it, the release does not: see
Vendor/swift-mustache/SITEGEN.md) and partials that include themselves
(the release recurses until the stack overflows). Exit 1 on any difference.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

KEYS = ["a", "b", "c", "d", "list", "flag", "name"]


class Generator:
    def __init__(self, seed):
        self.rnd = random.Random(seed)

    def name(self):
        rnd, r = self.rnd, self.rnd.random()
        if r < 0.55:
            return rnd.choice(KEYS)
        if r < 0.80:
            return rnd.choice(KEYS) + "." + rnd.choice(KEYS)
        if r < 0.85:
            return ".".join(rnd.choice(KEYS) for _ in range(3))
        if r < 0.90:
            return "."
        if r < 0.93:
            return "." + rnd.choice(KEYS)
        if r < 0.95:
            return rnd.choice(KEYS) + ".." + rnd.choice(KEYS)
        return rnd.choice(KEYS) + "."

    def text(self):
        return self.rnd.choice(["x", " ", "\n", "  ", "<&\"'>", "中文", "\r\n", "\t", "a b", "é"])

    def template(self, depth, partials):
        rnd, out = self.rnd, []
        for _ in range(rnd.randint(0, 6)):
            r = rnd.random()
            if r < 0.25:
                out.append(self.text())
            elif r < 0.40:
                out.append("{{%s}}" % self.name())
            elif r < 0.47:
                out.append("{{{%s}}}" % self.name())
            elif r < 0.50:
                out.append("{{& %s}}" % self.name())
            elif r < 0.66 and depth < 4:
                name, newline = self.name(), rnd.choice(["", "\n"])
                inner = self.template(depth + 1, partials)
                out.append("{{#%s}}%s%s%s{{/%s}}%s" % (name, newline, inner, newline, name, newline))
            elif r < 0.76 and depth < 4:
                name = self.name()
                out.append("{{^%s}}%s{{/%s}}" % (name, self.template(depth + 1, partials), name))
            elif r < 0.86 and partials:
                partial = rnd.choice(partials)
                if rnd.random() < 0.5:
                    out.append("\n%s{{>%s}}\n" % (rnd.choice(["", " ", "  ", "\t"]), partial))
                else:
                    out.append("{{>%s}}" % partial)
            elif r < 0.90:
                out.append("{{! comment }}")
            elif r < 0.93 and depth < 4:
                out.append("{{#list}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{index()}}{{.}}{{/list}}")
            elif r < 0.95:
                out.append("{{ uppercased(%s) }}" % rnd.choice(KEYS))
            elif r < 0.97:
                out.append("{{=<% %>=}}<%" + rnd.choice(KEYS) + "%><%={{ }}=%>")
            else:
                out.append("\n{{#flag}}\ny\n{{/flag}}\n")
        return "".join(out)

    def value(self, depth):
        rnd, r = self.rnd, self.rnd.random()
        if depth > 3 or r < 0.30:
            return rnd.choice(["s", "<b>", "&amp;", "", "中", "a\"b", "1", "__true", "__false"])
        if r < 0.40:
            return rnd.choice([0, 1, 2.5, -3])
        if r < 0.50:
            return rnd.choice(["__true", "__false"])
        if r < 0.75:
            return {k: self.value(depth + 1) for k in rnd.sample(KEYS, rnd.randint(0, 4))}
        if r < 0.90:
            return [{k: self.value(depth + 1) for k in rnd.sample(KEYS, rnd.randint(0, 3))}
                    for _ in range(rnd.randint(0, 3))]
        return [self.value(depth + 1) for _ in range(rnd.randint(0, 3))]

    def case(self):
        return {
            "template": self.template(0, ["p1", "p2"]),
            "partials": {"p1": self.template(1, ["p2"]), "p2": self.template(2, [])},
            "data": {k: self.value(0) for k in self.rnd.sample(KEYS, self.rnd.randint(1, 6))},
        }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("harness")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--cases", type=int, default=3000)
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for seed in [int(s) for s in args.seeds.split(",")]:
            generator = Generator(seed)
            cases = [generator.case() for _ in range(args.cases)]
            cases_path, out_path = os.path.join(folder, "cases.json"), os.path.join(folder, "out.json")
            with open(cases_path, "w") as f:
                json.dump(cases, f)
            subprocess.run([args.harness, cases_path, out_path], check=True)
            with open(out_path) as f:
                results = json.load(f)
            assert len(results) == len(cases)
            differ = [(c, r) for c, r in zip(cases, results)
                      if r["pristine"] != r["patched"] or r["pristine"] != r["records"]
                      or r["pristine"] != r["kept"] or r["pristineChanged"] != r["keptChanged"]]
            rendered = sum(1 for r in results if r["pristine"].strip())
            print(f"seed {seed}: {len(cases)} cases ({rendered} render text), {len(differ)} differ")
            for case, result in differ[:3]:
                failed = True
                print(json.dumps(case, ensure_ascii=False))
                print("  released:", repr(result["pristine"]))
                print("  patched: ", repr(result["patched"]))
                print("  records: ", repr(result["records"]))
                print("  kept:    ", repr(result["kept"]))
                print("  changed: ", repr(result["pristineChanged"]), "(released)")
                print("  kept:    ", repr(result["keptChanged"]), "(kept, top level changed)")
            failed = failed or bool(differ)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
