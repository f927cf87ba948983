#!/usr/bin/env python3
"""Checks corpus files against corpus/README.md's rules. Usage: check.py FILE_OR_DIR...
Prints one line per problem (path: id: message) and a count; exits 1 if any problem."""
import os, re, sys, yaml

PARTS = {"situation", "task", "action", "result", "none"}
ORDER = ["situation", "task", "action", "result"]
TAGS = {"hypothetical", "evasive"}
FOLLOW = {"situation", "task", "action", "result", "ownership", "metric", "specific", "filler",
          "decision", "data", "conflict", "learned", "differently"}
LPS = {"customer-obsession", "ownership", "invent-and-simplify", "are-right-a-lot",
       "learn-and-be-curious", "hire-and-develop-the-best", "insist-on-the-highest-standards",
       "think-big", "bias-for-action", "frugality", "earn-trust", "dive-deep",
       "have-backbone-disagree-and-commit", "deliver-results",
       "strive-to-be-earths-best-employer", "success-and-scale-bring-broad-responsibility"}
FLAGS = {"hypothetical", "weHeavy", "quantifiedResult", "evasive"}

def files(args):
    for a in args:
        if os.path.isdir(a):
            for root, _, names in os.walk(a):
                for n in sorted(names):
                    if n.endswith(".yaml") and n != "split.yaml":
                        yield os.path.join(root, n)
        else:
            yield a

def check_item(it, seen):
    p = []
    iid = it.get("id")
    if not isinstance(iid, str) or not re.fullmatch(r"w\d+-\d{3,4}", iid):
        p.append(f"bad id {iid!r}")
    if iid in seen: p.append("duplicate id")
    seen.add(iid)
    if it.get("principle") not in LPS: p.append(f"unknown principle {it.get('principle')!r}")
    kind = it.get("kind")
    if kind not in ("answer", "reply"): p.append(f"kind must be answer or reply, not {kind!r}")
    if not isinstance(it.get("question"), str): p.append("question missing")
    if kind == "reply":
        if it.get("followUp") not in FOLLOW: p.append(f"bad followUp {it.get('followUp')!r}")
        if not isinstance(it.get("followUpText"), str): p.append("followUpText missing")
    if it.get("layout", "prose") not in ("prose", "lines"): p.append("bad layout")
    fl = it.get("flags")
    if not isinstance(fl, dict) or set(fl) != FLAGS or not all(isinstance(v, bool) for v in fl.values()):
        p.append(f"flags must be exactly {sorted(FLAGS)} as true/false")
    ss = it.get("sentences")
    if not isinstance(ss, list) or not ss:
        p.append("no sentences"); return p
    has_result = False; has_number_result = False
    for i, s in enumerate(ss):
        if not isinstance(s, list) or len(s) not in (2, 3) or not isinstance(s[1], str) or not s[1].strip():
            p.append(f"sentence {i+1}: must be [part, \"text\"] or [part, \"text\", tags]"); continue
        parts = str(s[0]).split("+")
        if any(x not in PARTS for x in parts) or ("none" in parts and len(parts) > 1):
            p.append(f"sentence {i+1}: bad part {s[0]!r}")
        elif len(parts) > 1 and [ORDER.index(x) for x in parts] != sorted(ORDER.index(x) for x in parts):
            p.append(f"sentence {i+1}: parts out of S-T-A-R order {s[0]!r}")
        if len(s) == 3:
            tags = s[2] if isinstance(s[2], list) else [s[2]]
            if any(t not in TAGS for t in tags): p.append(f"sentence {i+1}: bad tag {s[2]!r}")
        if "result" in parts:
            has_result = True
            if re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|double|doubled|tripled|twice|percent)\b", s[1], re.I):
                has_number_result = True
    if isinstance(fl, dict):
        if fl.get("quantifiedResult") and not has_result: p.append("quantifiedResult true but no result sentence")
        if fl.get("quantifiedResult") and not has_number_result: p.append("quantifiedResult true but no number in any result sentence (check)")
    return p

def main(args):
    if not args: args = [os.path.join(os.path.dirname(__file__), "..")]
    seen = set(); problems = 0; items = 0; sentences = 0
    for path in files(args):
        try:
            with open(path, encoding="utf-8") as f: data = yaml.safe_load(f)
        except Exception as e:
            print(f"{path}: YAML error: {e}"); problems += 1; continue
        if not isinstance(data, list):
            print(f"{path}: the file must be a YAML list of items"); problems += 1; continue
        for it in data:
            items += 1
            if not isinstance(it, dict):
                print(f"{path}: item {items} is not a mapping"); problems += 1; continue
            sentences += len(it.get("sentences") or [])
            for msg in check_item(it, seen):
                print(f"{path}: {it.get('id')}: {msg}"); problems += 1
    print(f"{problems} problems in {items} items, {sentences} sentences")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
