"""Fill resources/translations/labdesk_en.ts from scripts/labdesk_en_translations.json (source → English).

Run after ``pyside6-lupdate`` has added new strings: entries whose source is in the JSON get their
translation (and lose ``type="unfinished"``); the rest are listed so they can be added to the JSON.
Placeholders (%1, %n, {0}) and the presence of an ``&`` accelerator are checked against the source.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "labdesk_en.ts"
DICT = Path(__file__).with_name("labdesk_en_translations.json")
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{\d+\}")
MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
TRANSLATION = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def has_accelerator(text: str) -> bool:
    return re.search(r"&(?!&)\S", text.replace("&&", "")) is not None


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def problems(source: str, english: str) -> list[str]:
    found = []
    if not english.strip():
        found.append("empty")
    if placeholders(source) != placeholders(english):
        found.append(f"placeholders {placeholders(source)} != {placeholders(english)}")
    if has_accelerator(source) != has_accelerator(english):
        found.append("accelerator")
    if english.replace("&&", "").count("&") > 1:
        found.append("several accelerators")
    return found


def main() -> int:
    table: dict[str, str] = json.loads(DICT.read_text(encoding="utf-8"))
    text = TS.read_text(encoding="utf-8")
    missing: list[str] = []
    bad: list[str] = []

    def fill(match: re.Match[str]) -> str:
        body = match.group("body")
        source_match = re.search(r"<source>(.*?)</source>", body, re.S)
        translation_match = TRANSLATION.search(body)
        assert source_match is not None and translation_match is not None, body
        source = html.unescape(source_match.group(1))
        english = table.get(source)
        if english is None:
            missing.append(source)
            return match.group(0)
        if issues := problems(source, english):
            bad.append(f"{source!r} → {english!r}: {', '.join(issues)}")
        if 'numerus="yes"' in match.group("attrs"):
            forms = "".join(f"\n            <numerusform>{escape(english)}</numerusform>" for _ in range(2))
            new = f"<translation>{forms}\n        </translation>"
        else:
            new = f"<translation>{escape(english)}</translation>"
        return match.group(0).replace(translation_match.group(0), new, 1)

    TS.write_text(MESSAGE.sub(fill, text), encoding="utf-8")
    for line in bad:
        print("CHECK:", line)
    for source in missing:
        print("MISSING:", repr(source))
    print(f"{len(table)} translations known, {len(missing)} sources missing, {len(bad)} problems")
    return 1 if missing or bad else 0


if __name__ == "__main__":
    sys.exit(main())
