"""No glyph outside the bundled font (issue 13 item 13).

Every character of every string literal in the GUI and the reports must be in the cmap of the bundled
WenQuanYi Micro Hei, or it renders as a box (as 🔒 did in the photo captions).
"""

from __future__ import annotations

import ast
from pathlib import Path

from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[1]
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
SCANNED = ("labdesk/gui", "labdesk/reports", "labdesk/services", "labdesk/domain", "ui")  # services speak to the GUI
# characters in literals that are never drawn: accepted in typed input, regex range ends, search sentinels
NOT_SHOWN = {0x202F, 0x9FFF, 0x10FFFF}


def _cmap() -> set[int]:
    collection = TTCollection(str(FONT))
    codes: set[int] = set()
    for font in collection.fonts:
        codes |= set(font.getBestCmap())
    return codes


def _strings(path: Path) -> list[tuple[int, str]]:
    if path.suffix == ".ui":
        return [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_every_character_shown_is_in_the_bundled_font() -> None:
    cmap = _cmap()
    assert ord("检") in cmap and ord("A") in cmap  # the font was read
    missing = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".py", ".ui") or "forms" in path.parts and path.suffix == ".py":
                continue
            for line, text in _strings(path):
                for char in set(text):
                    if ord(char) >= 0x80 and ord(char) not in cmap | NOT_SHOWN:
                        missing.append(f"{path.relative_to(ROOT)}:{line}: {char!r} U+{ord(char):04X}")
    assert not missing, "characters the bundled font lacks:\n" + "\n".join(sorted(missing))
