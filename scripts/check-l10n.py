#!/usr/bin/env python3
"""Checks a content translation against the English catalog: every English table has its
translation in catalog/l10n/<lang>/ (same file path), keyed the same way, with every text field,
lists of the same length, and no text left as the English copy (codes and names aside).

Usage: scripts/check-l10n.py LANG [FILE ...]   (FILE: paths relative to catalog/, default all)
`cargo test` checks the same (tests/l10n.rs); this script is for translators at work."""
import sys, tomllib, pathlib, re

ROOT = pathlib.Path(__file__).resolve().parent.parent / "catalog"
FILES = ["basic/2xx-3xx.toml", "basic/4xx.toml", "basic/5xx-a.toml", "basic/5xx-b.toml",
         "enhanced/classes-0-4.toml", "enhanced/5-6.toml", "enhanced/7.toml",
         "providers.toml", "comparisons.toml", "reasons.toml", "glossary.toml", "guides.toml"]

# table name -> (key fields, text fields, list fields, nested tables {name: (text, list)})
SPEC = {
    "code": (["code"], ["title", "description", "when", "if_transient", "if_permanent", "if_success", "note"],
             ["fix_sender", "fix_admin", "causes"],
             {"faq": (["q", "a"], []), "meaning": (["context", "title", "description"], [])}),
    "class": (["digit"], ["title", "description"], [], {}),
    "subject": (["digit"], ["title", "description"], [], {}),
    "provider_code": (["provider", "code", "tag"], ["title", "description"], ["fix_sender"], {}),
    "pair": (["a", "b"], ["summary", "when_which"], ["differences"], {}),
    "reason": (["name"], ["title", "summary", "description", "when"], ["fix_sender", "fix_admin", "causes"], {}),
    "term": (["slug"], ["title", "definition", "why"], ["words"], {}),
    "guide": (["slug"], ["title", "summary"], [], {"section": (["heading", "body"], [])}),
}

def same_as_english(en, tr):
    """A text that is the English one (ignoring case and spacing), unless it is only codes, names
    or commands (no word of four or more letters that is not upper case)."""
    if en.strip().lower() != tr.strip().lower():
        return False
    words = re.findall(r"[A-Za-z]{4,}", en)
    return any(not w.isupper() for w in words)

def check(lang, files):
    errors = []
    for rel in files:
        en = tomllib.load(open(ROOT / rel, "rb"))
        path = ROOT / "l10n" / lang / rel
        if not path.exists():
            errors.append(f"{path}: missing")
            continue
        try:
            tr = tomllib.load(open(path, "rb"))
        except Exception as e:
            errors.append(f"{path}: {e}")
            continue
        for table, (keys, texts, lists, nested) in SPEC.items():
            en_rows, tr_rows = en.get(table, []), tr.get(table, [])
            index = {tuple(r.get(k) for k in keys): r for r in tr_rows}
            if len(index) != len(tr_rows):
                errors.append(f"{rel} [{table}]: a key is there twice")
            for row in en_rows:
                key = tuple(row.get(k) for k in keys)
                t = index.pop(key, None)
                where = f"{rel} [{table}] {'/'.join(str(k) for k in key if k)}"
                if t is None:
                    errors.append(f"{where}: not translated")
                    continue
                for f in texts:
                    if f in row and row[f] != "":
                        if not isinstance(t.get(f), str) or not t[f].strip():
                            errors.append(f"{where}: {f} missing")
                        elif same_as_english(row[f], t[f]):
                            errors.append(f"{where}: {f} is the English text")
                    elif f in t and t[f] != "":
                        errors.append(f"{where}: {f} is empty in English, so it must be too")
                for f in lists:
                    if f not in row:
                        continue
                    tl = t.get(f)
                    if not isinstance(tl, list) or (f != "words" and len(tl) != len(row[f])):
                        errors.append(f"{where}: {f} needs {len(row[f])} items, has {len(tl) if isinstance(tl, list) else 'none'}")
                        continue
                    if f == "words":
                        if not tl:
                            errors.append(f"{where}: words is empty")
                        continue
                    for a, b in zip(row[f], tl):
                        if not b.strip():
                            errors.append(f"{where}: {f} has an empty item")
                        elif same_as_english(a, b):
                            errors.append(f"{where}: {f} item is the English text: {a[:50]!r}")
                for name, (ntexts, _) in nested.items():
                    en_n, tr_n = row.get(name, []), t.get(name, [])
                    if len(en_n) != len(tr_n):
                        errors.append(f"{where}: {name} needs {len(en_n)} tables, has {len(tr_n)}")
                        continue
                    for i, (a, b) in enumerate(zip(en_n, tr_n)):
                        for f in ntexts:
                            if not isinstance(b.get(f), str) or not b[f].strip():
                                errors.append(f"{where}: {name}[{i}].{f} missing")
                            elif same_as_english(a[f], b[f]):
                                errors.append(f"{where}: {name}[{i}].{f} is the English text")
                for f in t:
                    allowed = set(keys) | set(texts) | set(lists) | set(nested)
                    if f not in allowed:
                        errors.append(f"{where}: {f} is not a field to translate (only {sorted(allowed - set(keys))})")
            for key in index:
                errors.append(f"{rel} [{table}] {key}: not in the English file")
            for f in "`<>":
                pass
        text = path.read_text(encoding="utf-8")
        if "`" in text:
            errors.append(f"{path}: a backtick (the catalog uses none)")
    return errors

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    lang, files = sys.argv[1], sys.argv[2:] or FILES
    errs = check(lang, files)
    for e in errs:
        print(e)
    print(f"{lang}: {len(errs)} problem(s) in {len(files)} file(s)")
    sys.exit(1 if errs else 0)
