"""Fluent bundles, built once per locale chain and shared by every visitor of the process.

``use_isolating`` stays on: without the U+2068/U+2069 marks a Latin name beside a number
is reordered wrongly inside Arabic text.
"""
from __future__ import annotations

import logging
import threading
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import FluentNone, FluentNumber

from course import paths
from course.internals import TypedFluentBundle, babel_locale
from course.l10n import ftl, locales
from course.l10n.numbers import local_number

log = logging.getLogger(__name__)
ISOLATES = str.maketrans("", "", "\u2068\u2069")
# The learner's form of address, given to every message as $address (docs/authoring.md): "f" speaks
# to a girl, "m" to a boy. "m" is every select's default variant, so unchosen reads as it always did.
ADDRESS, FORMS, DEFAULT_FORM = ftl.ADDRESS, ftl.FORMS, ftl.DEFAULT_FORM


def address_form(value: object) -> str | None:
    """A form of address as the app keeps it: "f", "m", or None (not chosen, or anything else)."""
    return value if isinstance(value, str) and value in FORMS else None


def available(root: Path) -> frozenset[str]:
    """Locale folders present under ``locales/`` (``ar``, ``en``, ``ar-EG``...)."""
    folder = root / "locales"
    return frozenset(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else frozenset()


def ftl_files(root: Path, folder: str) -> list[Path]:
    return sorted((root / "locales" / folder).rglob("*.ftl"))


@cache
def _sources(root: Path, folder: str) -> tuple[str, ...]:
    # The checker's own reader: a file it refuses (too big, nested too deep) is never served either;
    # the other files of the locale still are. ``course check`` and the server log say why.
    sources = (ftl.read_source(root, p) for p in ftl_files(root, folder))
    return tuple(s for s in sources if isinstance(s, str))


def _bundle(root: Path, folder: str, tag: str) -> FluentBundle:
    # Formatting follows the visitor's tag (ar-EG digits), the words follow the folder.
    digits = locales.numbering_system(tag) != "latn"
    bundle = TypedFluentBundle([tag], functions={"NUMBER": local_number} if digits else None, use_isolating=True)
    for source in _sources(root, folder):
        try:
            resource = FluentResource(source)
        except RecursionError:  # nesting that got past ftl.nesting: the checker leaves it out too
            log.warning("fluent %s: a file is nested too deep to read; left out", folder)
            continue
        bundle.add_resource(resource)
    return bundle


class Translator:
    """Formats messages for one locale tag, falling back along its chain."""

    def __init__(self, tag: str, root: Path, form: str | None = None, origin: Translator | None = None):
        self.form = address_form(form)
        # merged under each call's own arguments: no message is formatted without $address
        self.defaults = {ADDRESS: self.form or DEFAULT_FORM}
        self._origin = origin or self  # the shared translator, form None, that holds the bundles
        self._addressed: dict[str, Translator] = {}
        if origin is not None:  # the same bundles and lock: an addressed translator is one small object
            for name in ("tag", "lang", "dir", "local_digits", "chain", "_bundles", "_lock"):
                setattr(self, name, getattr(origin, name))
            return
        self.tag = tag
        self.lang = locales.base(tag)
        self.dir = locales.direction(tag)
        self.local_digits = locales.numbering_system(tag) != "latn"
        self.chain = locales.chain(tag, available(root))
        self._bundles = [(folder, _bundle(root, folder, tag)) for folder in self.chain]
        # FluentBundle compiles messages lazily into a shared dict; visitors' threads share it.
        self._lock = threading.Lock()

    def addressing(self, form: str | None) -> Translator:
        """This translator speaking to a girl ("f") or a boy ("m"); None (not chosen) formats as "m".

        One per locale and form, kept by the shared translator and sharing its bundles."""
        form = address_form(form)
        origin = self._origin
        if form is None:
            return origin
        found = origin._addressed.get(form)
        if found is None:
            found = origin._addressed.setdefault(form, Translator(origin.tag, Path(), form, origin))
        return found

    def _args(self, args: dict[str, Any]) -> dict[str, Any]:
        args = {**self.defaults, **args}
        if not self.local_digits:
            return args
        return {k: local_number(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
                for k, v in args.items()}

    def lookup(self, msg_id: str, attr: str | None = None, **args: Any) -> tuple[str | None, str | None]:
        """(text, folder it came from); (None, None) when no bundle in the chain has it."""
        for folder, bundle in self._bundles:
            if not bundle.has_message(msg_id):
                continue
            with self._lock:
                message = bundle.get_message(msg_id)
                pattern = message.attributes.get(attr) if attr else message.value
                if pattern is None:
                    continue
                text, errors = bundle.format_pattern(pattern, self._args(args))
            # Only a nested pattern can resolve to FluentNone (a cyclic reference); the outer one joins to a str.
            assert isinstance(text, str), f"fluent formatted {msg_id} as {text!r}"
            for error in errors:
                log.warning("fluent %s %s%s: %s", folder, msg_id, f".{attr}" if attr else "", error)
            return text, folder
        return None, None

    def __call__(self, msg_id: str, **args: Any) -> str:
        text, folder = self.lookup(msg_id, None, **args)
        if text is None or folder is None:  # lookup finds both or neither
            log.warning("missing message %s in %s", msg_id, self.chain)
            return msg_id
        if folder != self.chain[0] and locales.base(folder) != self.lang:
            log.warning("message %s shown from fallback locale %s to %s", msg_id, folder, self.tag)
        return text

    def attr(self, msg_id: str, attr: str, **args: Any) -> str | None:
        return self.lookup(msg_id, attr, **args)[0]

    def has(self, msg_id: str, attr: str | None = None) -> bool:
        for _folder, bundle in self._bundles:
            if bundle.has_message(msg_id):
                message = bundle.get_message(msg_id)
                if (message.attributes.get(attr) if attr else message.value) is not None:
                    return True
        return False

    def number(self, value: float, **options: Any) -> str:
        """A number in this locale's digits and separators (for progress counters and scores)."""
        number = local_number(value, **options) if self.local_digits else _latin(value, options)
        return number.format(babel_locale(self._bundles[0][1]))


def _latin(value: float, options: dict) -> FluentNumber | FluentNone:
    from fluent.runtime.types import fluent_number

    return fluent_number(value, **options)


@lru_cache(maxsize=64)
def _translator(tag: str, root: Path) -> Translator:
    return Translator(tag, root)


def translator(tag: str | None = None, root: Path | None = None) -> Translator:
    """The shared Translator for a tag (normalised; unknown tags get the default locale)."""
    tag = locales.normalise(tag) or locales.DEFAULT
    return _translator(tag, (root or paths.content_root()).resolve())


def reset() -> None:
    """Forget every bundle (content changed on disk: ``course serve --dev``)."""
    _translator.cache_clear()
    _sources.cache_clear()


def plain(text: str) -> str:
    """Text without bidi isolation marks, for comparisons in tests and exports."""
    return text.translate(ISOLATES)
