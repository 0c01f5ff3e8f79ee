"""The scripts of our own components (player, home, action lists): each is one ES module, shipped in the
package and served inside the page's document, with our small DOM helper (dom.js) put first so
that each script is only its own logic."""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def module(path: Path) -> str:
    return (HERE / "dom.js").read_text(encoding="utf-8") + "\n" + path.read_text(encoding="utf-8")
