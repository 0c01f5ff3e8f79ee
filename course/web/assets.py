"""The app's own static files (font, styles, script, mascot), served by every Panel server.

Panel's /components/ route serves files listed on a class, relative to its module; it exists
under both ``panel serve app.py`` and ``course serve`` (which answers it only for allowed
modules: course/web/components.py), so neither needs extra flags. URLs carry a content hash (``?v=``), which makes Tornado's
static handler send a ten-year cache header: a return visit downloads none of them.
"""
from __future__ import annotations

import hashlib
from functools import cache, lru_cache
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"


class Assets:
    """Not a component: a list the resource handler checks requests against."""

    __css__ = sorted(f"static/{p.name}" for p in STATIC.iterdir() if p.is_file())


@cache
def url(name: str) -> str:
    path = STATIC / name
    if f"static/{name}" not in Assets.__css__:
        raise KeyError(name)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
    return f"/components/{__name__}/Assets/__css__/static/{name}?v={digest}"


# Lesson pictures live with the content, outside the package. ``course serve`` mounts
# them at /lesson-images/; under plain ``panel serve app.py`` they are inlined instead.
LESSON_IMAGES_ROUTE = "lesson-images"
_routes = {"lesson_images": False}


def mount_lesson_images() -> None:
    _routes["lesson_images"] = True


@lru_cache(maxsize=1024)
def _image_url(root: str, rel: str, mounted: bool) -> str:
    path = Path(root) / "lessons" / rel
    data = path.read_bytes()
    if mounted:
        digest = hashlib.sha256(data).hexdigest()[:10]
        return f"/{LESSON_IMAGES_ROUTE}/{rel.removeprefix('images/')}?v={digest}"
    from urllib.parse import quote

    return "data:image/svg+xml;charset=utf-8," + quote(data.decode("utf-8"), safe=" =:/\"'#;,")


def lesson_image(root: str, rel: str | None) -> str | None:
    """URL of a lesson picture (``images/x.svg``), or None when it is missing."""
    if not rel:
        return None
    try:
        return _image_url(root, rel, _routes["lesson_images"])
    except OSError:
        return None
