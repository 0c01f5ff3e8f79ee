"""Load all content and check it whole: structure, references, and every locale's messages.

``load_content`` is what the app serves from and what ``course check`` prints, so the
two cannot disagree.

Problems keep a lesson out or make ``course check`` fail. Warnings do neither: they come from
the content measures, reported as ``Problem`` records with codes of their own. Vowelling is
measured as the content loads (a few milliseconds); guessability formats every quiz option in
every locale, so it is worked out only when asked for (``course check`` asks; the server never does).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from course.content import addressing as address_check
from course.content import guessability as guess_measure
from course.content import vowelling as vowel_measure
from course.content.helplines import HELPLINES_FILE, Directory, load_directory
from course.content.loader import _Collector, load_structure, peek
from course.content.model import Catalogue, MessageNeed
from course.l10n import ftl
from course.l10n.bundles import plain, translator
from course.l10n.locales import REFERENCE, SUPPORTED
from course.problems import Problem


@dataclass
class Coverage:
    done: int = 0
    total: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.done / self.total if self.total else 100.0

    def __str__(self) -> str:
        return f"{self.percent:.1f}% ({self.done}/{self.total})"


@dataclass
class ContentReport:
    catalogue: Catalogue
    problems: list[Problem]
    helplines: Directory
    coverage: dict[str, Coverage]
    lesson_coverage: dict[str, dict[str, Coverage]] = field(default_factory=dict)
    locales: tuple[str, ...] = SUPPORTED
    vowelling: vowel_measure.Figures = field(default_factory=vowel_measure.Figures, repr=False)
    # where each quiz question stands, for the guessability warnings
    question_lines: guess_measure.QuestionLines = field(default_factory=dict, repr=False)
    # messages that speak to the child and do not yet select on $address
    addressing: address_check.Figures = field(default_factory=address_check.Figures, repr=False)

    @property
    def ok(self) -> bool:
        """No problems; warnings do not count."""
        return not self.problems

    @cached_property
    def guessability(self) -> dict[str, guess_measure.LocaleFigures]:
        """The test-wise strategy over every quiz, per locale, with option texts as the app shows them."""
        root = Path(self.catalogue.root)

        def text(locale: str, msg_id: str) -> str:
            # lookup rather than __call__: a missing text is a problem reported already, not a log line
            return plain(translator(locale, root).lookup(msg_id)[0] or "")

        return guess_measure.measure(self.catalogue, text, self.locales)

    @cached_property
    def warnings(self) -> list[Problem]:
        """The measures' warnings, in file and line order."""
        return sorted(guess_measure.warnings(self.guessability, self.question_lines)
                      + vowel_measure.warnings(self.vowelling) + address_check.warnings(self.addressing))

    def problems_for(self, lesson_id: str) -> list[Problem]:
        """Problems in any file of one lesson (for the author preview)."""
        names = {f"lessons/{lesson_id}.yaml", f"{lesson_id}.ftl"}
        if lesson_id in self.catalogue:
            names.add(f"quizzes/{self.catalogue[lesson_id].quiz.id}.yaml")
        return [p for p in self.problems if p.path in names or p.path.endswith(f"/{lesson_id}.ftl")]

    def left_out(self) -> dict[str, list[Problem]]:
        """Lesson files that could not be served, with the problems that keep them out."""
        root = Path(self.catalogue.root)
        out: dict[str, list[Problem]] = {}
        for path in sorted((root / "lessons").glob("*.yaml")):
            if path.stem in self.catalogue:
                continue
            # the loader's own reader: a file that sank the loader would sink this page too
            quiz = peek(path, "quiz")
            files = {f"lessons/{path.name}", f"quizzes/{quiz}.yaml"}
            out[path.stem] = [p for p in sorted(self.problems) if p.path in files]
        return out

    def as_json(self) -> dict:
        return {
            "ok": self.ok,
            "lessons": [
                {"id": e.id, "track": e.track, "quiz": e.quiz.id, "version": e.version,
                 "steps": len(e.lesson.steps), "questions": len(e.quiz.questions),
                 "locales": {loc: round(c.percent, 1) for loc, c in self.lesson_coverage.get(e.id, {}).items()}}
                for e in self.catalogue.entries
            ],
            "problems": [p.as_dict() for p in sorted(self.problems)],
            "coverage": {loc: {"percent": round(c.percent, 1), "done": c.done, "total": c.total}
                         for loc, c in self.coverage.items()},
            # line 0: a figure of the whole folder, with no one line to point at
            "warnings": [w.as_dict() for w in self.warnings],
            "guessability": {loc: figures.as_json() for loc, figures in self.guessability.items()},
            "vowelling": self.vowelling.as_json(),
            "addressing": self.addressing.as_json(),
        }


def _lesson_needs(catalogue: Catalogue) -> dict[str, list[MessageNeed]]:
    return {e.id: e.lesson.messages() + e.quiz.messages() for e in catalogue.entries}


def _count(need: MessageNeed) -> int:
    return int(need.value) + len(need.attrs)


def _check_need(need: MessageNeed, entry: ftl.Entry | None, ref: ftl.Entry | None, rel: str, line: int,
                folder: str, problems: list[Problem]) -> int:
    """Problems for one needed message in one locale; returns how many units are done."""
    if entry is None:
        problems.append(Problem(rel, line, 1, "MISSING-MESSAGE", f"{folder} lacks message '{need.id}'"))
        return 0
    done = sum(_part_done(entry, need.id, name, problems) for name in ([None] if need.value else []) + sorted(need.attrs))
    if not need.value and None in entry.parts:
        problems.append(Problem(entry.path, entry.line, entry.col, "ATTRIBUTES",
                                f"'{need.id}' takes no text of its own (the app supplies the label); keep only its attributes"))
    allowed = need.attrs | need.optional_attrs
    if ref is not None and folder != REFERENCE:
        # an optional attribute (a hint) is all or nothing across locales
        for attr in sorted((ref.attrs & need.optional_attrs) - entry.attrs):
            problems.append(Problem(entry.path, entry.line, entry.col, "ATTRIBUTES",
                                    f"'{need.id}' lacks .{attr}, which {REFERENCE} has"))
        for attr in sorted((entry.attrs & need.optional_attrs) - ref.attrs):
            problems.append(Problem(entry.path, entry.parts[attr].line, entry.parts[attr].col, "ATTRIBUTES",
                                    f"'{need.id}' has .{attr}, which {REFERENCE} does not"))
    for attr in sorted(entry.attrs - allowed):
        part = entry.parts[attr]
        problems.append(Problem(entry.path, part.line, part.col, "ATTRIBUTES", f"'{need.id}' has an unexpected .{attr}"))
    return done


def _part_done(entry: ftl.Entry, msg_id: str, name: str | None, problems: list[Problem]) -> int:
    """1 when the value (name None) or attribute is written; otherwise report why not."""
    part = entry.parts.get(name)
    label = msg_id + (f".{name}" if name else "")
    if part is None:
        code, message = ("MISSING-MESSAGE", f"'{label}' has no text") if name is None else \
            ("ATTRIBUTES", f"'{msg_id}' lacks .{name}")
        problems.append(Problem(entry.path, entry.line, entry.col, code, message))
        return 0
    if part.unfilled:
        problems.append(Problem(entry.path, part.line, part.col, "UNFILLED", f"'{label}' is still to be written"))
        return 0
    return 1


def _variables(entry: ftl.Entry, ref: ftl.Entry, problems: list[Problem]) -> None:
    # $address is the app's to give every message: each locale selects on it where its grammar needs
    for name, part in entry.parts.items():
        ref_part = ref.parts.get(name)
        if ref_part is not None and part.variables - {ftl.ADDRESS} != ref_part.variables - {ftl.ADDRESS}:
            label = entry.id + (f".{name}" if name else "")
            theirs = ", ".join(f"${v}" for v in sorted(ref_part.variables)) or "none"
            ours = ", ".join(f"${v}" for v in sorted(part.variables)) or "none"
            problems.append(Problem(entry.path, part.line, part.col, "VARIABLES",
                                    f"'{label}' uses {ours} but {REFERENCE} uses {theirs}"))


def _insert_line(files: ftl.LocaleFiles, rel: str, needs: list[MessageNeed], index: int) -> int:
    """Where a missing message would go: before the next needed message present in the file."""
    present = {e.id: e.line for e in files.files.get(rel, [])}
    for later in needs[index + 1:]:
        if later.id in present:
            return present[later.id]
    return max(present.values(), default=0) + 1 if present else 1


def load_content(root: Path, locales: tuple[str, ...] = SUPPORTED) -> ContentReport:
    root = Path(root).resolve()
    collector = _Collector(root)
    entries, _lessons, quizzes = load_structure(root, collector, locales)
    catalogue = Catalogue(tuple(entries), str(root))
    problems = collector.problems
    files = {loc: ftl.read_locale(root, loc, problems) for loc in locales}
    ref = files[REFERENCE]
    for loc in locales:
        problems += ftl.plural_problems(files[loc], loc)

    coverage = {loc: Coverage() for loc in locales}
    lesson_coverage: dict[str, dict[str, Coverage]] = {}
    needs = _lesson_needs(catalogue)
    needed_ids: set[str] = set()
    for lesson_id, lesson_needs in needs.items():
        lesson_coverage[lesson_id] = {}
        for loc in locales:
            cov = Coverage()
            rel = f"locales/{loc}/lessons/{lesson_id}.ftl"
            if rel not in files[loc].files and not any(n.id in files[loc].entries for n in lesson_needs):
                # One line for a translation not yet started, rather than one per message.
                cov.total = sum(_count(n) for n in lesson_needs)
                needed_ids.update(n.id for n in lesson_needs)
                problems.append(Problem(rel, 1, 1, "MISSING-FILE",
                                        f"{loc} has no translation of lesson '{lesson_id}' ({cov.total} texts)"))
            todo = [] if cov.total else lesson_needs
            for i, need in enumerate(todo):
                needed_ids.add(need.id)
                cov.total += _count(need)
                entry = files[loc].entries.get(need.id)
                line = _insert_line(files[loc], rel, lesson_needs, i)
                cov.done += _check_need(need, entry, ref.entries.get(need.id), rel, line, loc, problems)
                if entry is not None and loc != REFERENCE and need.id in ref.entries:
                    _variables(entry, ref.entries[need.id], problems)
            lesson_coverage[lesson_id][loc] = cov
            coverage[loc].done += cov.done
            coverage[loc].total += cov.total

    help_dir = load_directory(root)
    problems += help_dir.problems
    for helpline in help_dir.directory.entries:
        needed_ids.add(helpline.message_id)
        for loc in locales:
            if helpline.message_id not in files[loc].entries:
                problems.append(Problem(f"locales/{loc}/help.ftl", 1, 1, "MISSING-MESSAGE",
                                        f"{loc} lacks the organisation name '{helpline.message_id}' ({HELPLINES_FILE})"))
    _app_messages(files, locales, coverage, problems)
    _obsolete(root, files, needed_ids, problems)
    question_lines = {q.model.id: {question.id: q.marked.where(("questions", i), value=True)
                                   for i, question in enumerate(q.model.questions)} for q in quizzes}
    addressing = address_check.measure(catalogue, files)
    problems += addressing.malformed
    return ContentReport(catalogue, problems, help_dir.directory, coverage, lesson_coverage, locales,
                         vowel_measure.measure(catalogue, files.get(vowel_measure.LOCALE)), question_lines,
                         addressing)


def _is_lesson_file(path: str) -> bool:
    return "/lessons/" in path


def _app_messages(files: dict[str, ftl.LocaleFiles], locales, coverage, problems) -> None:
    """The app's own messages (ui.ftl, help.ftl...): the reference locale defines the set."""
    ref = files[REFERENCE]
    for kind, table_of in (("message", lambda f: f.entries), ("term", lambda f: f.terms)):
        ref_table = {k: e for k, e in table_of(ref).items() if not _is_lesson_file(e.path) or kind == "term"}
        for loc in locales:
            table = table_of(files[loc])
            for msg_id, ref_entry in ref_table.items():
                units = (1 if None in ref_entry.parts else 0) + len(ref_entry.attrs)
                coverage[loc].total += units
                entry = table.get(msg_id)
                rel = ref_entry.path.replace(f"locales/{REFERENCE}/", f"locales/{loc}/", 1)
                if entry is None:
                    problems.append(Problem(rel, 1, 1, "MISSING-MESSAGE",
                                            f"{loc} lacks {kind} '{'-' if kind == 'term' else ''}{msg_id}'"
                                            f" ({ref_entry.path}:{ref_entry.line})"))
                    continue
                done = sum(1 for name in ref_entry.parts if name in entry.parts and not entry.parts[name].unfilled)
                for name in ref_entry.parts:
                    if name in entry.parts and entry.parts[name].unfilled:
                        part = entry.parts[name]
                        problems.append(Problem(entry.path, part.line, part.col, "UNFILLED",
                                                f"'{msg_id}' is still to be written"))
                coverage[loc].done += done
                if loc == REFERENCE:
                    continue
                if entry.attrs != ref_entry.attrs or (None in entry.parts) != (None in ref_entry.parts):
                    problems.append(Problem(entry.path, entry.line, entry.col, "ATTRIBUTES",
                                            f"'{msg_id}' has {_shape(entry)} but {REFERENCE} has {_shape(ref_entry)}"))
                _variables(entry, ref_entry, problems)
            if loc != REFERENCE:
                for msg_id, entry in table.items():
                    if msg_id not in ref_table and not _is_lesson_file(entry.path):
                        problems.append(Problem(entry.path, entry.line, entry.col, "OBSOLETE-MESSAGE",
                                                f"{kind} '{msg_id}' is not in {REFERENCE}: nothing uses it"))


def _shape(entry: ftl.Entry) -> str:
    parts = (["a value"] if None in entry.parts else []) + [f".{a}" for a in sorted(entry.attrs)]
    return ", ".join(parts) or "nothing"


def _obsolete(root: Path, files, needed_ids: set[str], problems: list[Problem]) -> None:
    """Lesson-file messages no lesson asks for (skipping lessons that failed to load: their
    messages are not obsolete, the structure file is broken and already reported)."""
    stems = {p.stem for p in (root / "lessons").glob("*.yaml")} | {p.stem for p in (root / "quizzes").glob("*.yaml")}
    for loc_files in files.values():
        for entry in loc_files.entries.values():
            if not _is_lesson_file(entry.path) or entry.id in needed_ids:
                continue
            file_stem = Path(entry.path).stem
            if file_stem in stems and not any(i.startswith(file_stem) for i in needed_ids):
                continue
            problems.append(Problem(entry.path, entry.line, entry.col, "OBSOLETE-MESSAGE",
                                    f"'{entry.id}' is not used by any lesson or quiz"))
