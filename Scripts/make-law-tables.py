#!/usr/bin/env python3
"""Derives the chapter and section structure of the Swedish procurement statutes (LOU, LUF,
LUK, LUFS) from the consolidated texts in ../shared/law and writes Rules/sv/data/lagrum.yml,
the table tenderlint uses to check that a cited "N kap. M §" exists.

    python3 Scripts/make-law-tables.py [-v] [LAW_DIR]

LAW_DIR defaults to ../shared/law relative to the repository root; -v also lists the lines
rejected as headings and any gaps in the numbering. Standard library only.

The texts are wrapped plain text, so a line may begin with "14 kap. 6 § ..." or
"2 kap. 11-27 §§ ..." in the middle of a paragraph. A line is only taken as a heading if

  * it lies between the document header and the transitional provisions / annexes,
  * it has the shape of a heading: "N kap. Title" / "N a kap. Title" with a capitalised title
    that is not an amendment note ("Lag (2021:1110)."), or "N §" / "N a §" followed by text
    starting with a capital letter, a quote or a dash,
  * its number is greater than the previous chapter's (or, for a section, than the previous
    section's in the same chapter), and
  * a chapter heading follows a blank line; a section start follows a blank line or is the
    immediate successor of the previous section (N+1 or the next letter).

A section numbered lower than the one before it is kept only if it follows a blank line after
a subheading (the LOU text has one such misplaced "3 a §" in 19 kap.); it is reported and the
list is written in numeric order. A chapter whose heading reads "Kapitlet har upphävts ..." is
marked `repealed: true` (title = that text, no sections); a section whose text begins "Har
upphävts ..." / "Paragrafen har upphävts ..." stays in `sections` and is listed in
`repealedSections`. Repealed sections that the consolidation leaves out entirely cannot be seen.

The script then asserts facts that were checked by hand against the texts, so a future text
that parses differently fails loudly instead of silently producing a wrong table.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, ".."))
DEFAULT_LAW_DIR = os.path.normpath(os.path.join(REPO, "..", "shared", "law"))
OUT = os.path.join(REPO, "Rules", "sv", "data", "lagrum.yml")

# Abbreviation, file name, SFS number; output order.
STATUTES = [
    ("LOU", "2016-1145-LOU.md", "2016:1145"),
    ("LUF", "2016-1146-LUF.md", "2016:1146"),
    ("LUK", "2016-1147-LUK.md", "2016:1147"),
    ("LUFS", "2011-1029-LUFS.md", "2011:1029"),
]

UPPER = "A-ZÅÄÖÉÜ"
CHAPTER_RE = re.compile(r"^(\d+)(?: ([a-z]))? kap\.[ \t]+(\S.*?)\s*$")
SECTION_RE = re.compile(r"^(\d+)(?: ([a-z]))? §[ \t]+(\S.*?)\s*$")
# A real section's text starts with a capital letter, a quotation mark or a dash.
SECTION_TEXT_RE = re.compile(r"^[%s\"”“'’«»–—-]" % UPPER)
CHAPTER_TITLE_RE = re.compile(r"^[%s]" % UPPER)
AMENDMENT_NOTE_RE = re.compile(r"^Lag \(\d{4}:\d+\)\.?$")
REPEALED_CHAPTER_RE = re.compile(r"^Kapitlet har upphävts\b", re.IGNORECASE)
REPEALED_SECTION_RE = re.compile(r"^(?:Paragrafen )?(?:har )?upphävts\b|^Har upphävts\b",
                                 re.IGNORECASE)
# The end of the statute proper: transitional provisions and annexes follow it.
END_RE = re.compile(r"^(?:Övergångsbestämmelser\s*$|Bilaga \d+\b)")
CONSOLIDATED_RE = re.compile(r"^Ändrad:\s*(?:t\.o\.m\.\s*)?(SFS\s*\d{4}:\d+)")
TITLE_RE = re.compile(r"^titel:\s*\"(.*)\"\s*$")


class ParseError(Exception):
    pass


def key(num, letter):
    """Sort key for "3", "3 a", "3 b", "4"."""
    return (int(num), letter or "")


def label(num, letter):
    return f"{num} {letter}" if letter else str(num)


def is_successor(prev, cur):
    """True if cur is the number that would normally come right after prev: 3 -> 4,
    3 -> 3 a, 3 a -> 3 b, 3 a -> 4 (or the first section, 1, when prev is None)."""
    if prev is None:
        return cur in ((1, ""), (1, "a"))
    pn, pl = prev
    cn, cl = cur
    if cn == pn + 1 and cl in ("", "a"):
        return True
    if cn == pn and cl and (not pl and cl == "a" or pl and ord(cl) == ord(pl) + 1):
        return True
    return False


def follows_subheading(lines, i):
    """True if line i comes after a blank line that ends a subheading: a short paragraph
    (at most three lines) starting with a capital letter and not ending in punctuation, such as
    "Behandling av personuppgifter om lagöverträdelser"."""
    j = i - 1
    while j >= 0 and lines[j].strip() == "":
        j -= 1
    para = []
    while j >= 0 and lines[j].strip() != "":
        para.insert(0, lines[j].strip())
        j -= 1
    if not para or len(para) > 3:
        return False
    text = " ".join(para)
    return (bool(CHAPTER_TITLE_RE.match(text)) and not re.search(r"[.,;:)]$", text)
            and "§" not in text)


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return text.split("\n")


def parse_statute(path):
    lines = read_lines(path)
    title = None
    consolidated = None
    start = None
    # Front matter ("---" ... "---") then the Riksdag header block ending with "Källa:".
    for i, line in enumerate(lines):
        m = TITLE_RE.match(line)
        if m and title is None:
            title = m.group(1)
        m = CONSOLIDATED_RE.match(line)
        if m:
            consolidated = re.sub(r"\s+", " ", m.group(1))
        if line.startswith("Källa:"):
            start = i + 1
            break
    if start is None:
        raise ParseError(f"{path}: no 'Källa:' line ending the document header")
    if title is None:
        raise ParseError(f"{path}: no 'titel:' in the front matter")
    if consolidated is None:
        raise ParseError(f"{path}: no 'Ändrad: t.o.m. SFS …' in the header")

    chapters = []          # list of dicts in document order
    chapter = None
    rejected = []          # (line number, text, reason) for the report
    anomalies = []         # (chapter, section, line, message): accepted out-of-order sections
    end = None
    for i in range(start, len(lines)):
        line = lines[i].rstrip()
        prev_blank = i == 0 or lines[i - 1].strip() == ""
        if prev_blank and END_RE.match(line):
            end = i
            break

        m = CHAPTER_RE.match(line)
        if m:
            num, letter, rest = m.groups()
            k = key(num, letter)
            last = chapters[-1]["key"] if chapters else None
            reason = None
            if not CHAPTER_TITLE_RE.match(rest):
                reason = "title not capitalised"
            elif AMENDMENT_NOTE_RE.match(rest):
                reason = "amendment note"
            elif not prev_blank:
                reason = "inside a paragraph"
            elif last is not None and k <= last:
                reason = "chapter number not increasing"
            elif last is None and k != (1, ""):
                reason = "first chapter is not 1"
            if reason:
                rejected.append((i + 1, line, reason))
            else:
                repealed = bool(REPEALED_CHAPTER_RE.match(rest))
                title_text = rest
                if not repealed:
                    # Wrapped title: continuation lines start in lower case.
                    j = i + 1
                    while j < len(lines) and re.match(r"^[a-zåäöé]", lines[j]):
                        title_text += " " + lines[j].strip()
                        j += 1
                title_text = re.sub(r"\s+", " ", title_text).strip()
                chapter = {
                    "id": label(num, letter), "key": k, "title": title_text,
                    "repealed": repealed, "sections": [], "repealedSections": [],
                    "line": i + 1,
                }
                chapters.append(chapter)
                continue

        m = SECTION_RE.match(line)
        if m:
            num, letter, rest = m.groups()
            k = key(num, letter)
            secs = chapter["sections"] if chapter else []
            last = max(sk for sk, _ in secs) if secs else None
            reason = None
            out_of_order = False
            if not SECTION_TEXT_RE.match(rest):
                reason = "text not capitalised"
            elif AMENDMENT_NOTE_RE.match(rest):
                reason = "amendment note"
            elif chapter is None:
                reason = "before the first chapter"
            elif any(sk == k for sk, _ in secs):
                reason = "section number already seen in this chapter"
            elif last is not None and k < last:
                # A lower number than the previous section is normally a wrapped reference.
                # Accept it only when it unmistakably starts a section: after a blank line
                # that ends a subheading. It is reported and pinned by the fact checks.
                if prev_blank and follows_subheading(lines, i):
                    out_of_order = True
                else:
                    reason = "section number not increasing"
            elif not prev_blank and not is_successor(last, k):
                reason = "inside a paragraph and not the next section"
            if reason:
                rejected.append((i + 1, line, reason))
                continue
            if chapter["repealed"]:
                raise ParseError(f"{path}:{i + 1}: section {label(num, letter)} § in repealed "
                                 f"chapter {chapter['id']}")
            sid = label(num, letter)
            if out_of_order:
                anomalies.append((chapter["id"], sid, i + 1,
                                  f"{chapter['id']} kap. {sid} § stands after "
                                  f"{label(*last)} § (line {i + 1})"))
            secs.append((k, sid))
            if REPEALED_SECTION_RE.match(rest):
                chapter["repealedSections"].append(sid)

    if end is None:
        # All four statutes end with transitional provisions and annexes; without the marker
        # the annexes would be read as statute text.
        raise ParseError(f"{path}: no 'Övergångsbestämmelser' / 'Bilaga N' after the statute")
    if not chapters:
        raise ParseError(f"{path}: no chapters found")
    for c in chapters:
        if not c["repealed"] and not c["sections"]:
            raise ParseError(f"{path}:{c['line']}: chapter {c['id']} has no sections")
        # Output in numeric order, whatever the order in the text.
        c["sections"] = [sid for _, sid in sorted(c["sections"])]
        order = {sid: n for n, sid in enumerate(c["sections"])}
        c["repealedSections"].sort(key=order.get)

    # Gaps in numbering (e.g. 3 § followed by 5 §) are legal (a repealed section may simply be
    # left out of the consolidated text) but are reported, since a gap may also be a missed
    # heading.
    gaps = []
    for c in chapters:
        nums = sorted({int(s.split()[0]) for s in c["sections"]})
        if nums and nums[0] != 1:
            gaps.append(f"{c['id']} kap. starts at {nums[0]} §")
        for a, b in zip(nums, nums[1:]):
            if b != a + 1:
                gaps.append(f"{c['id']} kap. {a} § -> {b} §")
    prev = None
    for c in chapters:
        if prev is not None and c["key"][0] > prev[0] + 1:
            gaps.append(f"chapters {label(*prev)} -> {c['id']}")
        prev = c["key"]

    return {
        "title": title[0].lower() + title[1:],
        "consolidated": consolidated,
        "chapters": chapters,
        "rejected": rejected,
        "anomalies": anomalies,
        "gaps": gaps,
    }


# --- YAML output -------------------------------------------------------------------------

YAML_RESERVED = {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}


def q(s):
    """Double-quoted YAML scalar (JSON string syntax is valid YAML)."""
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ord(ch) < 0x20:
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def scalar(s):
    """Plain scalar (block context) when unambiguous, otherwise double-quoted."""
    plain = (re.match(r"^[%sa-zåäöé]" % UPPER, s) and s == s.strip()
             and ": " not in s and " #" not in s and not s.endswith(":")
             and not re.search(r"[\x00-\x1f\"]", s) and s.lower() not in YAML_RESERVED)
    return s if plain else q(s)


def flow_list(items):
    return "[" + ", ".join(q(x) for x in items) + "]"


def render(results, law_dir_label):
    out = []
    out.append("# GENERATED FILE - DO NOT EDIT BY HAND.")
    out.append("# Written by Scripts/make-law-tables.py from the consolidated statute texts in")
    out.append(f"# {law_dir_label}; change the script or the texts and run it again:")
    out.append("#   python3 Scripts/make-law-tables.py")
    out.append("# Chapters of each statute in statute order, sections in numeric order.")
    out.append("# `repealed: true` marks a chapter whose text says it has been repealed;")
    out.append("# `repealedSections` lists sections whose text says so. Consolidations used:")
    for abbr, _, sfs in STATUTES:
        r = results[abbr]
        out.append(f"#   {abbr} (SFS {sfs}): Ändrad: t.o.m. {r['consolidated']}")
    for abbr, _, sfs in STATUTES:
        r = results[abbr]
        out.append(f"{abbr}:")
        out.append(f"  sfs: {q(sfs)}")
        out.append(f"  title: {scalar(r['title'])}")
        out.append(f"  consolidated: {q(r['consolidated'])}")
        out.append("  chapters:")
        for c in r["chapters"]:
            out.append(f"    {q(c['id'])}:")
            out.append(f"      title: {scalar(c['title'])}")
            if c["repealed"]:
                out.append("      repealed: true")
            out.append(f"      sections: {flow_list(c['sections'])}")
            out.append(f"      repealedSections: {flow_list(c['repealedSections'])}")
    return "\n".join(out) + "\n"


# --- Hand-checked facts ------------------------------------------------------------------

def check(results):
    failures = []

    def expect(cond, msg):
        if not cond:
            failures.append(msg)

    def chap(abbr, cid):
        for c in results[abbr]["chapters"]:
            if c["id"] == cid:
                return c
        return None

    def ids(abbr):
        return [c["id"] for c in results[abbr]["chapters"]]

    def live(abbr):
        return [c["id"] for c in results[abbr]["chapters"] if not c["repealed"]]

    def secs(abbr, cid):
        c = chap(abbr, cid)
        return c["sections"] if c else None

    def rng(a, b):
        return [str(n) for n in range(a, b + 1)]

    # Consolidations (update these together with the texts).
    expect(results["LOU"]["consolidated"] == "SFS 2026:880", "LOU consolidated t.o.m. SFS 2026:880")
    expect(results["LUF"]["consolidated"] == "SFS 2026:881", "LUF consolidated t.o.m. SFS 2026:881")
    expect(results["LUK"]["consolidated"] == "SFS 2026:882", "LUK consolidated t.o.m. SFS 2026:882")
    expect(results["LUFS"]["consolidated"] == "SFS 2026:883",
           "LUFS consolidated t.o.m. SFS 2026:883")

    # LOU
    expect(live("LOU") == rng(1, 19) + ["19 a", "20", "21"],
           f"LOU chapters in force are 1-21 plus 19 a (got {live('LOU')})")
    expect(ids("LOU") == rng(1, 19) + ["19 a", "20", "21", "22"],
           f"LOU chapters are 1-22 plus 19 a (got {ids('LOU')})")
    expect(chap("LOU", "22") is not None and chap("LOU", "22")["repealed"]
           and chap("LOU", "22")["sections"] == [], "LOU 22 kap. is repealed (lag 2023:815)")
    expect(secs("LOU", "14") == rng(1, 8), f"LOU 14 kap. has 1-8 § (got {secs('LOU', '14')})")
    s13 = secs("LOU", "13") or []
    expect(all(s in s13 for s in ("1 a", "3 a", "4 a")),
           f"LOU 13 kap. has 1 a, 3 a and 4 a § (got {s13})")
    expect(len(secs("LOU", "4") or []) >= 19, "LOU 4 kap. has at least 19 sections")
    expect(bool(secs("LOU", "11")) and bool(secs("LOU", "12")), "LOU 11 and 12 kap. have sections")
    expect(bool(secs("LOU", "20")), "LOU 20 kap. exists")
    expect(chap("LOU", "1") and chap("LOU", "1")["title"]
           == "Lagens innehåll, tillämpningsområde och definitioner", "LOU 1 kap. title")
    expect(chap("LOU", "19 a") and chap("LOU", "19 a")["title"] == "Direktupphandling",
           "LOU 19 a kap. is Direktupphandling")
    expect(secs("LOU", "11") == rng(1, 10), f"LOU 11 kap. has 1-10 § (got {secs('LOU', '11')})")
    expect(secs("LOU", "21") == rng(1, 15), f"LOU 21 kap. has 1-15 § (got {secs('LOU', '21')})")
    expect(secs("LOU", "4") == rng(1, 20), f"LOU 4 kap. has 1-20 § (got {secs('LOU', '4')})")
    expect(secs("LOU", "12") == rng(1, 25), f"LOU 12 kap. has 1-25 § (got {secs('LOU', '12')})")
    expect(secs("LOU", "20") == rng(1, 5) + ["5 a", "5 b", "5 c", "5 d"] + rng(6, 13)
           + ["13 a", "13 b"] + rng(14, 21), f"LOU 20 kap. sections (got {secs('LOU', '20')})")

    # LUF
    expect(ids("LUF") == rng(1, 19) + ["19 a", "20", "21", "22"],
           f"LUF chapters are 1-22 plus 19 a (got {ids('LUF')})")
    expect(chap("LUF", "22") is not None and chap("LUF", "22")["repealed"],
           "LUF 22 kap. is repealed (lag 2023:816)")
    expect(chap("LUF", "18") and chap("LUF", "18")["title"]
           == "Anbud som omfattar varor med ursprung i tredjeland",
           "LUF 18 kap. is the third-country chapter")
    expect(secs("LUF", "18") == rng(1, 3), f"LUF 18 kap. has 1-3 § (got {secs('LUF', '18')})")
    expect(secs("LUF", "7") is not None and "15" in secs("LUF", "7"),
           "LUF 7 kap. 15 § (a section start with no blank line before it) is found")
    expect(secs("LUF", "14") == rng(1, 19), f"LUF 14 kap. has 1-19 § (got {secs('LUF', '14')})")

    # LUK
    expect(ids("LUK") == rng(1, 18), f"LUK chapters are 1-18 (got {ids('LUK')})")
    expect(chap("LUK", "18") is not None and chap("LUK", "18")["repealed"],
           "LUK 18 kap. is repealed (lag 2023:817)")
    expect(chap("LUK", "13") and chap("LUK", "13")["title"]
           == "Utvärdering av anbud och tilldelning av koncessioner",
           "LUK 13 kap. wrapped title is joined")
    expect(secs("LUK", "6") == rng(1, 4), f"LUK 6 kap. has 1-4 § (got {secs('LUK', '6')})")
    expect(secs("LUK", "12") == rng(1, 4), f"LUK 12 kap. has 1-4 § (got {secs('LUK', '12')})")

    # LUFS
    expect(ids("LUFS") == rng(1, 15) + ["15 a", "16", "17", "18"],
           f"LUFS chapters are 1-18 plus 15 a (got {ids('LUFS')})")
    expect(not any(c["repealed"] for c in results["LUFS"]["chapters"]),
           "LUFS has no repealed chapters")
    expect(chap("LUFS", "1") and chap("LUFS", "1")["title"]
           == "Lagens innehåll och tillämpningsområde samt allmänna bestämmelser",
           "LUFS 1 kap. wrapped title is joined")
    expect(chap("LUFS", "2") and chap("LUFS", "2")["repealedSections"] == ["32", "33"],
           "LUFS 2 kap. 32 and 33 § are repealed (lag 2021:1112)")
    expect(secs("LUFS", "6") == rng(1, 13), f"LUFS 6 kap. has 1-13 § (got {secs('LUFS', '6')})")
    expect(secs("LUFS", "17") == rng(1, 10), f"LUFS 17 kap. has 1-10 § (got {secs('LUFS', '17')})")

    # The LOU text has one section out of numeric order: a "3 a §" (personal data about
    # offences, Lag (2026:880)) printed after 19 kap. 19 §. Its wording is LUF 19 a kap. 3 a §;
    # LOU 19 a kap. instead carries a "3 a §" Tystnadsplikt, which LUF has as 19 kap. 3 a §.
    # Either way both LOU 19 kap. and 19 a kap. have a 3 a §. Any other out-of-order section
    # must be looked at by hand before it is added here.
    got = [(abbr, ch, sid) for abbr, _, _ in STATUTES
           for ch, sid, _, _ in results[abbr]["anomalies"]]
    expect(got == [("LOU", "19", "3 a")],
           f"the only out-of-order section is LOU 19 kap. 3 a § (got {got})")
    expect("3 a" in (secs("LOU", "19") or []) and "3 a" in (secs("LOU", "19 a") or []),
           "LOU 19 kap. and 19 a kap. both have a 3 a §")
    expect(secs("LOU", "19 a") == ["1", "2", "3", "3 a"] + rng(4, 16),
           f"LOU 19 a kap. has 1-3, 3 a, 4-16 § (got {secs('LOU', '19 a')})")

    # Only LUFS 2 kap. has repealed sections in these consolidations.
    for abbr, _, _ in STATUTES:
        for c in results[abbr]["chapters"]:
            if c["repealedSections"] and not (abbr == "LUFS" and c["id"] == "2"):
                failures.append(f"unexpected repealed sections {abbr} {c['id']} kap. "
                                f"{c['repealedSections']}")

    return failures


def main(argv):
    args = [a for a in argv[1:] if a != "-v"]
    verbose = "-v" in argv[1:]
    if len(args) > 1 or any(a.startswith("-") for a in args):
        sys.exit("usage: make-law-tables.py [-v] [LAW_DIR]")
    law_dir = os.path.abspath(args[0]) if args else DEFAULT_LAW_DIR
    if not os.path.isdir(law_dir):
        sys.exit(f"make-law-tables: law folder not found: {law_dir}")
    results = {}
    for abbr, fname, sfs in STATUTES:
        path = os.path.join(law_dir, fname)
        try:
            r = parse_statute(path)
        except (OSError, ParseError) as e:
            sys.exit(f"make-law-tables: {e}")
        if f"({sfs})" not in r["title"]:
            sys.exit(f"make-law-tables: {fname}: title {r['title']!r} does not name SFS {sfs}")
        results[abbr] = r

    failures = check(results)
    if failures:
        for f in failures:
            print(f"make-law-tables: FACT CHECK FAILED: {f}", file=sys.stderr)
        sys.exit(1)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    rel = os.path.relpath(law_dir, REPO)
    label_dir = "../shared/law" if os.path.normpath(law_dir) == DEFAULT_LAW_DIR else rel
    data = render(results, label_dir)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)

    for abbr, _, _ in STATUTES:
        r = results[abbr]
        chs = r["chapters"]
        live = [c for c in chs if not c["repealed"]]
        nsec = sum(len(c["sections"]) for c in chs)
        rep_ch = [c["id"] for c in chs if c["repealed"]]
        rep_sec = [f"{c['id']}:{s}" for c in chs for s in c["repealedSections"]]
        print(f"{abbr}: {len(chs)} chapters ({len(live)} in force), {nsec} sections; "
              f"repealed chapters: {', '.join(rep_ch) or 'none'}; "
              f"repealed sections: {', '.join(rep_sec) or 'none'} "
              f"[{r['consolidated']}]")
        for _, _, _, msg in r["anomalies"]:
            print(f"    note: {abbr} {msg} - kept, listed in numeric order")
        if verbose:
            for ln, text, reason in r["rejected"]:
                print(f"    rejected line {ln} ({reason}): {text[:70]}")
            for g in r["gaps"]:
                print(f"    gap: {g}")
    print(f"wrote {os.path.relpath(OUT, REPO)}")


if __name__ == "__main__":
    main(sys.argv)
