#!/usr/bin/env python3
"""Regenerates the seed corpora in Fuzz/Corpus/<target>/ from the shipped scripts and the
analyzer's labelled answers. Plain Python 3, no packages: the YAML is cut up as text, which
keeps the seeds byte-for-byte like what coaches and candidates write.

    python3 Fuzz/make_corpus.py

Sources:
  scripts/loops/*.yaml                       -> FuzzScriptLoader (loops as they are)
  scripts/loops/questions/*.yaml             -> FuzzScriptLoader (one-question banks)
  Tests/SimulatorTests/Fixtures/corpus/*.yaml -> FuzzAnalyzer (one answer per file),
                                                FuzzEngine (answers inside sessions)
The input formats are described in FuzzDrivers.swift and Fuzz/README.md.
"""
import hashlib
import os
import re
import shutil

FUZZ = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(FUZZ)
LOOPS = os.path.join(ROOT, "scripts", "loops")
ANSWERS = os.path.join(ROOT, "Tests", "SimulatorTests", "Fixtures", "corpus")
CORPUS = os.path.join(FUZZ, "Corpus")

# The order of LeadershipPrinciple.allCases (Sources/InterviewScript/LeadershipPrinciple.swift).
PRINCIPLES = [
    "customer-obsession", "ownership", "invent-and-simplify", "are-right-a-lot",
    "learn-and-be-curious", "hire-and-develop-the-best", "insist-on-the-highest-standards",
    "think-big", "bias-for-action", "frugality", "earn-trust", "dive-deep",
    "have-backbone-disagree-and-commit", "deliver-results", "strive-to-be-earths-best-employer",
    "success-and-scale-bring-broad-responsibility",
]
# The order of SessionCommand.allCases (Sources/Simulator/Engine/Vocabulary.swift).
COMMANDS = ["help", "repeat", "skip", "time", "hint", "quit"]


def read(path):
    with open(path, "rb") as handle:
        return handle.read()


def reset(target):
    folder = os.path.join(CORPUS, target)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    return folder


def write(folder, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(data)


# ---------------------------------------------------------------- answers

def block_scalars(text, key):
    """The `key: |` block scalars of a YAML file, as (record id, text) pairs, by indentation."""
    lines = text.split("\n")
    found = []
    record = None
    i = 0
    while i < len(lines):
        line = lines[i]
        match = re.match(r"^- id: (\S+)", line)
        if match:
            record = match.group(1)
        match = re.match(r"^(\s*)" + key + r": \|\s*$", line)
        if match:
            indent = None
            body = []
            i += 1
            while i < len(lines):
                current = lines[i]
                if current.strip() == "":
                    body.append("")
                    i += 1
                    continue
                width = len(current) - len(current.lstrip(" "))
                if indent is None:
                    indent = width
                if width < indent:
                    break
                body.append(current[indent:])
                i += 1
            found.append((record, "\n".join(body).strip("\n") + "\n"))
            continue
        i += 1
    return found


def answer_records():
    """(id, principle, style, answer) for every labelled answer, in file order."""
    records = []
    for name in sorted(os.listdir(ANSWERS)):
        if not re.match(r"answers-\d+\.yaml$", name):
            continue
        text = read(os.path.join(ANSWERS, name)).decode("utf-8")
        principles = dict(re.findall(r"^- id: (\S+)\n  principle: (\S+)", text, re.M))
        styles = dict(re.findall(r"^- id: (\S+)\n(?:  .*\n)*?  style: (\S+)", text, re.M))
        for record, answer in block_scalars(text, "answer"):
            records.append((record, principles.get(record, PRINCIPLES[0]), styles.get(record, ""), answer))
    return records


def sentence_records():
    """(id, answer) for the sentence-labelled answers: the sentences joined by spaces."""
    text = read(os.path.join(ANSWERS, "sentences.yaml")).decode("utf-8")
    records = []
    for chunk in re.split(r"^- id: ", text, flags=re.M)[1:]:
        record = chunk.split("\n", 1)[0].strip()
        sentences = re.findall(r'^\s+- \[\w+, "((?:[^"\\]|\\.)*)"\]\s*$', chunk, re.M)
        if sentences:
            joined = " ".join(s.replace('\\"', '"') for s in sentences)
            records.append((record, joined + "\n"))
    return records


# ---------------------------------------------------------------- FuzzScriptLoader

RICH_LOOP = """# yaml-language-server: $schema=../../schema/mockloop.schema.json
kind: loop
id: fuzz-rich-loop
title: Every optional field
area: aws
role: Solutions Architect
level: L6
version: "2.1"
description: >-
  A loop that sets every optional field, so mutations start from all of them.
practice: false
principles: [customer-obsession, dive-deep, ownership, earn-trust]
intro: |
  Welcome. Five rounds; answer with one real story at a time.
question-minutes: 12
rounds:
  - title: Hiring manager
    interviewer: Dana Lee
    persona: Direct, cares about customers.
    principles: [customer-obsession, earn-trust]
    questions: 2
    minutes: 30
    pinned: [dd-root-cause-of-recurring-problem]
  - &br
    title: Bar raiser
    interviewer: Sam Ortiz
    persona: Calm, from another org.
    bar-raiser: true
    principles: [dive-deep, ownership, deliver-results]
    questions: 3
    minutes: 45
closing:
  minutes: 5
  prompt: "What would you like to ask me?"
probing:
  max-probes: 4
  order: [hypothetical, action, ownership, result, metrics, situation, task, vague]
rubric:
  weights: {star: 0.35, ownership: 0.2, metrics: 0.2, specificity: 0.1, signals: 0.15}
  thresholds:
    strong-hire: 0.8
    inclined: 0.6
    not-inclined: 0.4
tests:
  - name: strong candidate
    seed: 7
    steps:
      - answer: |
          In March I was the on-call engineer when our checkout API started timing out. I had
          to restore it before the sale. I pulled the logs and rolled back the bad deploy.
          Errors fell from 12% to 0.1% within 20 minutes.
        expect:
          next: probe
          probe: result
          missing: []
      - answer: /skip
        expect: {next: question}
"""

EDGE_SCRIPTS = {
    "edge-empty.yaml": "",
    "edge-comments-only.yaml": "# nothing but a comment\n# and another\n",
    "edge-no-kind.yaml": "id: x\ntitle: y\n",
    "edge-kind-typo.yaml": "kind: lopo\nid: x\n",
    "edge-scalar.yaml": "just a string\n",
    "edge-list.yaml": "- kind: loop\n- kind: question-bank\n",
    "edge-duplicate-keys.yaml": "kind: loop\nid: a\nid: b\ntitle: t\ntitle: u\n",
    "edge-tabs.yaml": "kind: question-bank\nquestions:\n\t- id: tabbed\n",
    "edge-aliases.yaml": (
        "kind: question-bank\n"
        "x: &a [lol, lol, lol, lol, lol, lol, lol, lol]\n"
        "y: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
        "z: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n"
        "questions: [*c]\n"
    ),
    "edge-deep.yaml": "kind: loop\nrounds: " + "[" * 60 + "]" * 60 + "\n",
    "edge-flow-bank.yaml": (
        'kind: question-bank\nquestions: [{id: flow-q, text: "Tell me about a time.", principles: [frugality], '
        'probes: {situation: ["When?"], task: ["Why you?"], action: ["What did you do?"], result: ["And then?"]}}]\n'
    ),
    "edge-wrong-types.yaml": (
        "kind: loop\nid: 7\ntitle: [a]\narea: mars\nrole: {x: y}\nversion: 1.0\ndescription: null\n"
        "question-minutes: -3\nrounds:\n  - title: r\n    interviewer: i\n    persona: p\n    principles: [backbone, dive-deep]\n"
        "    questions: 99999999999999999999\n    minutes: 1e309\n"
    ),
    "edge-unicode.yaml": (
        "kind: question-bank\nquestions:\n  - id: uni-q\n    text: \"Erzähl mir von einer Zeit… 🚀 \\u00e9\\U0001F600\"\n"
        "    principles: [think-big]\n    probes:\n      situation: [\"Wann? \u200b\"]\n      task: [\"\u0645\u0631\u062d\u0628\u0627\"]\n"
        "      action: [\"\u4f60\u505a\u4e86\u4ec0\u4e48\"]\n      result: [\"e\u0301\u0301\u0301\"]\n"
    ),
}


def script_loader():
    folder = reset("FuzzScriptLoader")
    for name in sorted(os.listdir(LOOPS)):
        if name.endswith(".yaml"):
            write(folder, "loop-" + name, read(os.path.join(LOOPS, name)))
    write(folder, "loop-rich.yaml", RICH_LOOP)
    banks = os.path.join(LOOPS, "questions")
    count = 0
    for name in sorted(os.listdir(banks)):
        text = read(os.path.join(banks, name)).decode("utf-8")
        header, _, body = text.partition("questions:\n")
        questions = re.split(r"(?m)^(?=  - id: )", body)
        questions = [q for q in questions if q.startswith("  - id: ")]
        for question in questions[:2]:
            qid = re.match(r"  - id: (\S+)", question).group(1)
            write(folder, "bank-" + qid + ".yaml", header + "questions:\n" + question.rstrip("\n") + "\n")
            count += 1
    # The same question with Windows line ends and a byte-order mark.
    first = sorted(f for f in os.listdir(folder) if f.startswith("bank-"))[0]
    crlf = read(os.path.join(folder, first)).replace(b"\n", b"\r\n")
    write(folder, "edge-crlf-bom.yaml", b"\xef\xbb\xbf" + crlf)
    for name, text in EDGE_SCRIPTS.items():
        write(folder, name, text)


# ---------------------------------------------------------------- FuzzAnalyzer

SIGNAL_LINES = {
    "dive-deep": "root cause|pulled the logs|the data showed",
    "ownership": "took it on|nobody owned|long term",
    "customer-obsession": "the customer|worked backwards|CUSTOMER  trust",
    "frugality": "without extra headcount|saved|||  ",
    "deliver-results": "on time|shipped|the deadline",
}


def analyzer(answers, sentences):
    folder = reset("FuzzAnalyzer")
    written = 0
    for index, (record, principle, style, answer) in enumerate(answers):
        if index % 3 and style not in ("bullets", "hypothetical", "one-line", "non-native"):
            continue
        header = PRINCIPLES.index(principle) if principle in PRINCIPLES else 0
        header |= (written % 8) << 4          # the follow-up being answered (0 = none)
        body = answer
        if principle in SIGNAL_LINES and written % 3 == 0:
            header |= 0x80                    # first line: extra signal phrases
            body = SIGNAL_LINES[principle] + "\n" + answer
        write(folder, "answer-%s-%s.bin" % (record, style or "x"), bytes([header]) + body.encode("utf-8"))
        written += 1
    for index, (record, answer) in enumerate(sentences[::4]):
        write(folder, "sentences-%s.bin" % record, bytes([(index * 5) % 16]) + answer.encode("utf-8"))
    odd = {
        "odd-empty.bin": b"\x00",
        "odd-invalid-utf8.bin": b"\x0b I \xff\xfe cut costs by 40\xe2\x82% in Q3\xc0\xaf. We shipped.",
        "odd-numbers.bin": b"\x0d Revenue went from $1.2M to $3.4M (+183%), i.e. 2.8x; p99 fell 900ms->120ms; 3/4 of 1,000,000.",
        "odd-abbrev.bin": b"\x02Dr. Smith vs. Mr. Jones, e.g. at 3 p.m. on Oct. 5 in St. Louis, approx. 15 min. etc.",
        "odd-bullets.bin": b"\x31- S: outage\n- T: fix it\n* A: I rolled back\n1. R: errors -90%\n\xe2\x80\xa2 lesson learned",
        "odd-we-hypothetical.bin": b"\x21We would usually work closely with stakeholders and we would align on synergies going forward.",
        "odd-long-run.bin": b"\x05" + b"and then I " * 300,
        "odd-no-spaces.bin": b"\x07" + b"I" * 2000,
        "odd-punctuation.bin": b"\x09" + b"?!.;:,-" * 200,
        "odd-quotes.bin": b"\x0a\"I said 'we will ship' and we did.\" She said: \xe2\x80\x9cthanks\xe2\x80\x9d. Result: 4.5 cents/unit.",
        "odd-disagree.bin": b"\x0cI disagreed with my manager, but once we decided I committed fully and delivered 20% more.",
        "odd-control.bin": b"\x03I \x00did\x01 it\x1b[31m in 2023\r\n\r\nand saved $5\x7f.",
    }
    for name, data in odd.items():
        write(folder, name, data)


# ---------------------------------------------------------------- FuzzEngine

def answer_op(text, minutes=3):
    return bytes([(min(63, minutes * 6) << 2) | 0]) + text.encode("utf-8").replace(b"\x00", b"") + b"\x00"


def typed_op(text, minutes=1):
    return bytes([(min(63, minutes * 6) << 2) | 3]) + text.encode("utf-8") + b"\x00"


def command_op(name, minutes=0):
    return bytes([(min(63, minutes * 6) << 2) | 1, COMMANDS.index(name)])


def tick_op(half_minutes, minutes=0):
    return bytes([(min(63, minutes * 6) << 2) | 2, half_minutes])


PROBE_REPLIES = [
    "I did it myself: I pulled the logs, found the root cause and rolled back the change.",
    "Errors fell from 12% to 0.3% within a day, and the customer renewed for 2 years.",
    "It was in March 2023 at a payments startup, during our biggest sale.",
    "My manager asked me to get it fixed before the weekend.",
    "We worked closely with stakeholders to align on the path forward.",
    "I would probably talk to the team first and then decide.",
]
CLOSING_REPLIES = [
    "What does success look like in the first 90 days? How big is the team?",
    "No, I think you covered everything.",
    "How do you onboard new architects, and what training is there?",
    "",
]


def engine(answers, sentences):
    folder = reset("FuzzEngine")
    short = [a for a in answers if len(a[3].encode("utf-8")) < 900]
    sessions = {}
    # Answers to the first questions, then follow-ups, then skips to the end.
    for n in range(12):
        ops = bytearray([n * 21 % 256])
        for q in range(2):
            record = short[(n * 3 + q) % len(short)]
            ops += answer_op(record[3], minutes=3 + q)
            for r in range(n % 4):
                ops += answer_op(PROBE_REPLIES[(n + r) % len(PROBE_REPLIES)], minutes=1)
        ops += answer_op(CLOSING_REPLIES[n % len(CLOSING_REPLIES)], minutes=2)
        ops += command_op("skip") * 14
        sessions["answers-%02d-%s" % (n, short[(n * 3) % len(short)][2] or "x")] = ops
    # Commands everywhere.
    for n, name in enumerate(COMMANDS):
        ops = bytearray([100 + n])
        ops += command_op(name) + command_op("repeat") + command_op("hint", 1)
        ops += answer_op(short[n][3]) + command_op(name) + command_op("time", 2)
        ops += answer_op(PROBE_REPLIES[n % len(PROBE_REPLIES)]) + command_op("skip") + command_op(name)
        sessions["commands-%s" % name] = ops
    # The clock: ticks that run a round out of time, answers that run long.
    ops = bytearray([7]) + tick_op(10) + answer_op(short[1][3], minutes=10) + tick_op(255) + tick_op(255)
    ops += answer_op(CLOSING_REPLIES[0]) + tick_op(120) + answer_op(short[2][3], minutes=10) + tick_op(200, 10)
    sessions["clock-out-of-time"] = ops
    ops = bytearray([8]) + answer_op(short[3][3], minutes=10) * 2 + answer_op(PROBE_REPLIES[0], minutes=10) * 6
    sessions["clock-long-answers"] = ops
    # Typed lines, as at the console: commands with odd spacing and case, and look-alikes.
    ops = bytearray([9])
    for line in ["/help", " /REPEAT ", "/Hint", "/time", "/skipp", "/", "//skip", "I used /skip once.", "/skip", "/quit"]:
        ops += typed_op(line)
    sessions["typed-lines"] = ops
    # Whitespace-only and empty answers are ignored; a full session of skips.
    sessions["empty-answers"] = bytearray([10]) + answer_op("") + answer_op("  \n\t ") + answer_op(PROBE_REPLIES[4]) * 5
    sessions["skip-all"] = bytearray([11]) + command_op("skip") * 20
    sessions["quit-at-once"] = bytearray([12]) + command_op("quit") + command_op("help") + answer_op("after the end")
    # Sentence-labelled answers, one per question.
    ops = bytearray([13])
    for record, answer in sentences[:10]:
        ops += answer_op(answer, minutes=2)
    sessions["sentence-answers"] = ops
    for name, ops in sessions.items():
        write(folder, name + ".bin", bytes(ops))


def main():
    answers = answer_records()
    sentences = sentence_records()
    assert len(answers) > 100 and len(sentences) > 20, (len(answers), len(sentences))
    script_loader()
    analyzer(answers, sentences)
    engine(answers, sentences)
    total = 0
    for target in sorted(os.listdir(CORPUS)):
        files = os.listdir(os.path.join(CORPUS, target))
        size = sum(os.path.getsize(os.path.join(CORPUS, target, f)) for f in files)
        total += size
        print("%-18s %3d files %7d bytes" % (target, len(files), size))
    print("total %d bytes" % total)


if __name__ == "__main__":
    main()
