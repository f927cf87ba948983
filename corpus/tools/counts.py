#!/usr/bin/env python3
"""Prints the corpus README's count table from the corpus itself. Usage: counts.py [CORPUS_DIR]
(default: the corpus folder this script is in). One row per writer folder, its part from
split.yaml (train, test, or held back), then the total over the split."""
import os, re, sys, yaml

def main(args):
    root = args[0] if args else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    split = yaml.safe_load(open(os.path.join(root, "split.yaml")))
    part = {w: "train" for w in split.get("train", [])}
    part.update({w: "test" for w in split.get("test", [])})
    writers = sorted((d for d in os.listdir(root) if re.fullmatch(r"w\d+", d)), key=lambda d: int(d[1:]))
    print("| writer | part | items | replies | sentences | hypothetical | we-heavy | quantified | evasive |")
    print("|---|---|---|---|---|---|---|---|---|")
    total = [0] * 7
    for w in writers:
        row = [0] * 7
        for name in sorted(os.listdir(os.path.join(root, w))):
            if not name.endswith(".yaml"):
                continue
            for item in yaml.safe_load(open(os.path.join(root, w, name))) or []:
                flags = item.get("flags", {})
                row[0] += 1
                row[1] += item.get("kind") == "reply"
                row[2] += len(item.get("sentences", []))
                for i, flag in enumerate(["hypothetical", "weHeavy", "quantifiedResult", "evasive"]):
                    row[3 + i] += bool(flags.get(flag))
        print(f"| {w} | {part.get(w, 'held back')} | " + " | ".join(str(n) for n in row) + " |")
        if w in part:
            total = [a + b for a, b in zip(total, row)]
    print("| all (split) | | " + " | ".join(str(n) for n in total) + " |")

if __name__ == "__main__":
    main(sys.argv[1:])
