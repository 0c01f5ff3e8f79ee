"""A learner's session: where they are and what they did, apart from any layout.

Plain param objects, so they can be driven and tested without a browser. Every user
event is saved through named store functions in one transaction; a failed save keeps
the learner where they are and says so, and the same event can be sent again safely.
A tap names what it was made on (``next(shown)``, ``check(question_id, chosen)``): a late
or doubled one is ignored, never applied to the card or question shown since.
"""
from __future__ import annotations

import logging
import time
import uuid

import param

from course.content.model import TRACKS, LessonEntry
from course.interop import lti_grades
from course.l10n.bundles import address_form
from course.learning.quiz import Check, QuizRun, Refusal
from course.store import progress as store_progress
from course.store import quizzes as store_quizzes
from course.store import sessions as store_sessions
from course.store.mastery import QuizResult
from course.store.records import AnswerInfo, ProgressSummary
from course.web import cookies, shared
from course.web.signin_state import LEARNER_COOKIE, learner_ticket, open_learner_session

log = logging.getLogger("course.web")
SCREENS = ["home", "lesson", "quiz", "results", "help", "signin"]


class SaveFailed(Exception):
    pass


class SessionEnded(SaveFailed):
    """The class learner's sign-in ended elsewhere: nothing more is saved for them on this page."""


def _save(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except Exception as exc:  # the database may be busy or gone: never lose the learner's place
        log.exception("saving failed: %s", call.__name__)
        raise SaveFailed(str(exc)) from exc


class LearnerState(param.Parameterized):
    locale = param.String(default="ar")
    band = param.Selector(default=None, objects=[None, *TRACKS])
    country = param.String(default=None, allow_None=True)
    learner_id = param.Integer(default=None, allow_None=True)
    learner_name = param.String(default=None, allow_None=True)
    form_of_address = param.Selector(default=None, objects=[None, "f", "m"],
                                     doc="how the app speaks to the child, as they chose it: 'f' as to a girl, "
                                     "'m' as to a boy, None not chosen (as to a boy, the wording of old)")

    screen = param.Selector(default="home", objects=SCREENS)
    lesson_id = param.String(default=None, allow_None=True)
    step = param.Integer(default=0, bounds=(0, None))
    picked = param.String(default=None, allow_None=True, doc="the option picked on the current choice card")
    # QuizRun is a plain mutable object: this counter tells views that it changed.
    quiz_version = param.Integer(default=0)
    saving_failed = param.Boolean(default=False)
    progress_version = param.Integer(default=0, doc="bumped when lesson statuses change")
    remember = param.Dict(default={}, doc="preferences the browser should keep as cookies (language, band...)")
    cookie_ticket = param.String(default="", doc="one-time ticket the page trades for its HttpOnly sign-in "
                                 "cookies, or for their removal (course.web.cookies)")
    farewell = param.Selector(default=None, objects=[None, "left", "ended"],
                              doc="home says why it starts afresh: the child left the device, or their sign-in ended")
    preview = param.Boolean(default=False, doc="an author walking a lesson: nothing is saved")
    assigned = param.Parameter(default=(), doc="lesson ids the learner's class was assigned, first on the list")
    results_hidden = param.Boolean(default=False, doc="the class shows quiz results to the educator only")

    def __init__(self, **params):
        self._return_to = "home"
        self._session: str | None = None  # a class learner's session token (never sent to the browser)
        self._guest_token: str | None = None  # a returning guest's token, to renew their cookie
        self._address_chosen = False  # chosen on this page, not only read from the device's cookie
        self.farewell_form: str | None = None  # the form of address of the child who just left
        super().__init__(**params)
        self.run: QuizRun | None = None
        self.try_id: int | None = None
        # the finished try's verdict as the store gave it back: all the results screen shows
        self.result: QuizResult | None = None
        self._step_started = time.monotonic()
        self._progress_cache: dict | None = None
        # the lesson's summary as the store last gave it back: the place this screen's moves start from
        self._place: ProgressSummary | None = None

    # ---- derived values ----------------------------------------------------------------

    @property
    def tr(self):
        """The translator every learner screen formats with: the page's language, and $address
        for each message from the child's form of address (course.l10n.bundles.Translator.addressing)."""
        return shared.tr(self.locale).addressing(self.form_of_address)

    @property
    def entry(self) -> LessonEntry | None:
        catalogue = shared.content().catalogue
        return catalogue[self.lesson_id] if self.lesson_id in catalogue else None

    @property
    def lessons(self) -> tuple[LessonEntry, ...]:
        """The band's lessons, with the ones the class was assigned first, in the educator's order."""
        lessons = shared.content().catalogue.track(self.band) if self.band else ()
        rank = {lesson_id: i for i, lesson_id in enumerate(self.assigned)}
        return tuple(sorted(lessons, key=lambda e: rank.get(e.id, len(rank))))

    def load_class_settings(self) -> None:
        """A class learner: their class's assigned lessons and whether they see quiz results."""
        from course.l10n.locales import ARAB_LEAGUE
        from course.store import assignments, classes

        learner = store_progress.learner_info(self.learner_id) if self.learner_id else None
        klass = classes.class_info(learner.class_id) if learner and learner.class_id else None
        if klass is not None and klass.country in ARAB_LEAGUE:
            # The class's country, as its educator set it, decides which helpline Get help shows:
            # it wins over a choice left on a shared device by another child.
            self.country = klass.country
        self.param.update(assigned=assignments.assigned_lessons_for_learner(self.learner_id) if klass else (),
                          results_hidden=bool(klass and klass.results_visibility == "educator"))

    @property
    def total_steps(self) -> int:
        return len(self.entry.lesson.steps) if self.entry else 0

    @property
    def current_step(self):
        return self.entry.lesson.steps[self.step] if self.entry else None

    def progress(self) -> dict:
        """lesson id -> stored summary for this learner (cached until the next save)."""
        if self._progress_cache is None:
            self._progress_cache = store_progress.lesson_progress(self.learner_id) if self.learner_id else {}
        return self._progress_cache

    def status(self, lesson_id: str) -> str:
        summary = self.progress().get(lesson_id)
        if summary is None:
            return "not-started"
        if summary.mastered_at:
            return "mastered"
        if summary.completed_at:
            return "completed"
        return "in-progress"

    # ---- navigation --------------------------------------------------------------------

    def choose_band(self, band: str) -> None:
        if band not in TRACKS:
            raise ValueError(band)
        self.param.update(band=band, farewell=None)
        self.remember = {**self.remember, "amaan_band": band}

    def ensure_learner(self) -> None:
        """A guest gets a learner record the first time they open a lesson, not on every visit."""
        if self.learner_id is not None or self.preview:
            return
        band = self.band if self.band in TRACKS[:3] else None
        try:
            learner_id, token = _save(store_progress.create_guest, self.locale, band, self.country)
        except SaveFailed:
            self.saving_failed = True
            return
        self.learner_id = learner_id
        self.cookie_ticket = cookies.guest_ticket(token)

    def open_lesson(self, lesson_id: str) -> None:
        catalogue = shared.content().catalogue
        if lesson_id not in catalogue:
            raise ValueError(f"no lesson {lesson_id!r}")
        entry = catalogue[lesson_id]
        self.ensure_learner()
        summary = self.progress().get(lesson_id)
        open_try = store_quizzes.current_try(self.learner_id, lesson_id) if self.learner_id else None
        self.run, self.try_id = None, None
        self._place = summary
        with param.parameterized.batch_call_watchers(self):
            self.lesson_id = lesson_id
            self.picked = None
            if open_try is not None and open_try.content_version == entry.version:
                self._resume_quiz(open_try.id)
                self.screen = "quiz"
                return
            # resume on the same card (unless the lesson changed length since)
            resume = summary.current_step if summary and summary.content_version == entry.version else 0
            self.step = min(resume, len(entry.lesson.steps) - 1)
            self.screen = "lesson"
        self._step_started = time.monotonic()
        self._record_step()

    def reopen(self, lesson_id: str) -> None:
        """A reload, or a page rebuilt after the connection dropped, with ``?lesson=`` in its URL
        (the player keeps it there): back on the card or question the store holds. The value is
        the browser's: only a lesson of the child's own age band opens."""
        if lesson_id and self.band and any(entry.id == lesson_id for entry in self.lessons):
            self.open_lesson(lesson_id)

    def next(self, shown: int) -> None:
        """Next, tapped on card ``shown``: the next card, or the quiz after the last one."""
        self._move(shown, +1)

    def back(self, shown: int) -> None:
        """Back, tapped on card ``shown``."""
        self._move(shown, -1)

    def _move(self, shown: int, delta: int, skipping: bool = False) -> None:
        # A tap counts only on the card it was shown on: the second click of a double tap leaves
        # the browser before the next card arrives, so it names the card already left.
        if self.entry is None or self.screen != "lesson" or shown != self.step:
            return
        if delta > 0 and self.needs_choice() and not skipping:
            return  # "what would you do?" waits for a choice, or for a visible skip
        target = shown + delta
        if target < 0:
            return
        if target >= self.total_steps:
            self.start_quiz()
            return
        with param.parameterized.batch_call_watchers(self):
            self.step = target
            self.picked = None
        self._record_step(shown)

    def pick(self, option_id: str) -> None:
        step = self.current_step
        if step is None or not getattr(step, "interactive", False):
            return
        if option_id not in {o.id for o in step.options}:
            raise ValueError(option_id)
        self.picked = option_id

    def go_home(self) -> None:
        with param.parameterized.batch_call_watchers(self):
            self.screen = "home"
            self.lesson_id = None
            self.run = None
        self.progress_version += 1

    # A guest's form of address lives in this cookie; a class learner's on their learner row, so it
    # follows them to another device and is not left behind on a shared one.
    ADDRESS_COOKIE = "amaan_form_of_address"

    def choose_form_of_address(self, form: str | None) -> None:
        """The child's answer to "Talk to me as: a girl / a boy"; anything else clears it (not chosen)."""
        form = address_form(form)
        self._address_chosen = True
        if form == self.form_of_address:
            return
        self.form_of_address = form
        if self.learner_name is not None and self.learner_id is not None:
            try:
                self._saved(store_progress.set_form_of_address, self.learner_id, form)
            except SaveFailed:
                pass  # shown now; chosen again on another device
        else:
            self.remember = {**self.remember, self.ADDRESS_COOKIE: form or ""}

    # Where the child said they live, and only that: pages before issue 15 wrote "amaan_country"
    # silently (the first country of the list), so that cookie is never read again
    # (course.web.learner_page drops it) and this one is written by choose_country alone.
    COUNTRY_COOKIE = "amaan_lives_in"

    def choose_country(self, country: str | None) -> None:
        """The child's own answer to "Where do you live?" in Get help; anything but a listed
        country (the empty first option included) means "not known", and no helpline is shown."""
        from course.l10n.locales import ARAB_LEAGUE

        country = country if country in ARAB_LEAGUE else None
        self.country = country
        self.remember = {**self.remember, self.COUNTRY_COOKIE: country or ""}

    def open_signin(self) -> None:
        self.screen = "signin"

    def signed_in(self, learner_id: int, name: str) -> None:
        """A child signed in to their class: their own progress from now on, on any device.

        A new session stands behind their cookie, which the browser gets HttpOnly (the ticket)."""
        session = open_learner_session(learner_id)
        with param.parameterized.batch_call_watchers(self):
            self._resume(learner_id, name, session)
            self._progress_cache = None
            self.cookie_ticket = learner_ticket(session)
            self.farewell = None
            self.screen = "home"
        self.progress_version += 1

    def resume_learner(self, learner_id: int, name: str, session: str) -> None:
        """A class learner back with the cookie of a session that is still valid."""
        self._resume(learner_id, name, session)

    def _resume(self, learner_id: int, name: str, session: str) -> None:
        self.learner_id, self.learner_name, self._session = learner_id, name, session
        self.load_class_settings()
        self._load_form_of_address()

    def _load_form_of_address(self) -> None:
        """A class learner's own choice, from their row. If they have none yet, one they made on
        this page before signing in becomes theirs; the device's cookie (a guest's) never does."""
        learner = store_progress.learner_info(self.learner_id) if self.learner_id else None
        if learner is None:
            return
        if learner.form_of_address is None and self._address_chosen and self.form_of_address is not None:
            try:
                _save(store_progress.set_form_of_address, learner.id, self.form_of_address)
            except SaveFailed:
                pass
            return
        self.form_of_address = learner.form_of_address

    def resume_guest(self, learner_id: int, token: str) -> None:
        """A guest back on their device; their cookie is renewed once the page runs (renew_cookies)."""
        self.learner_id, self._guest_token = learner_id, token

    def renew_cookies(self) -> None:
        """Once the page runs in the browser: a returning guest's cookie lasts GUEST_RETENTION from
        today. Not before: a ticket lives a minute, and on a slow network a page takes longer to load."""
        if self._guest_token is not None and self.learner_id is not None and self.learner_name is None:
            self.cookie_ticket = cookies.guest_ticket(self._guest_token)

    def sign_out(self) -> None:
        """A class learner leaves the device: their session ends, so their cookie no longer signs
        them in, here or wherever it was copied."""
        if self._session is not None:
            try:
                _save(store_sessions.revoke, self._session)
            except SaveFailed:
                self.saving_failed = True  # the cookie still goes below; the session ends with its term
        self._leave("left")

    def done(self) -> None:
        """"I'm done": a guest leaves a shared device. No token opens their progress again, and the
        next child starts afresh; the store erases it with the other guests who left."""
        if self.learner_id is not None and self.learner_name is None:
            try:
                _save(store_progress.forget_guest, self.learner_id)
            except SaveFailed:
                self.saving_failed = True  # the cookie still goes below: this device forgets them
        self._leave("left")

    def _leave(self, why: str) -> None:
        """The page as the next child finds it: no learner, no age band, no sign-in cookies."""
        with param.parameterized.batch_call_watchers(self):
            self.learner_id, self.learner_name, self._session, self._guest_token = None, None, None, None
            self.assigned, self.results_hidden = (), False
            self._progress_cache = None
            self.band = None
            # the farewell still speaks to the child who leaves; the next one has chosen nothing
            self.farewell_form = self.form_of_address
            self.form_of_address, self._address_chosen = None, False
            self.remember = {**self.remember, "amaan_band": "", self.ADDRESS_COOKIE: ""}
            self.cookie_ticket = cookies.issue(drop=(LEARNER_COOKIE, cookies.GUEST_COOKIE))
            self.farewell = why
            self.go_home()

    def _session_ended(self) -> bool:
        """A class learner's sign-in ended since the page opened (signed out on another device, new
        pictures, the class archived, the learner deleted): the page starts afresh, saving nothing."""
        if self._session is None or _save(store_sessions.lookup, self._session) is not None:
            return False
        self._leave("ended")
        return True

    def open_help(self) -> None:
        if self.screen != "help":
            self._return_to = self.screen
            self.screen = "help"

    def close_help(self) -> None:
        self.screen = self._return_to if self.screen == "help" else self.screen

    # ---- intents from the player, each naming the screen it was made on -------------------

    def needs_choice(self) -> bool:
        """A "what would you do?" card not yet answered: Next waits, Skip (visible) does not."""
        step = self.current_step
        return (self.screen == "lesson" and step is not None and getattr(step, "interactive", False)
                and self.picked is None)

    def skip(self, shown: int) -> None:
        """Skip a choice card without choosing: allowed, seen, and never counted as the choice."""
        if self.needs_choice():
            self._move(shown, +1, skipping=True)

    def pick_on(self, shown: int, option_id: str) -> None:
        if self.screen == "lesson" and shown == self.step:
            try:
                self.pick(option_id)
            except ValueError:
                pass  # not an option of this card: the browser made it up

    def quiz_marker(self) -> str:
        """The question on show and how many tries it has taken: one Check sent twice is one try."""
        run = self.run
        if run is None or self.screen != "quiz":
            return ""
        return f"{run.current.question.id}:{len(run.current.checks)}"

    def check_on(self, marker: str, response: list[str]):
        if marker and marker == self.quiz_marker():
            try:
                return self.check(self.run.current.question.id, response)
            except ValueError:
                return None  # an answer this question cannot have: the browser made it up
        return None

    def hint_on(self, marker: str) -> None:
        if marker and marker == self.quiz_marker():
            self.use_hint()

    def next_question_on(self, marker: str) -> None:
        if marker and marker == self.quiz_marker() and self.run is not None and self.run.current.finished:
            self.next_question()

    # ---- saving ------------------------------------------------------------------------

    def _saved(self, call, *args, **kwargs):
        try:
            if self._session_ended():
                raise SessionEnded(call.__name__)
            result = _save(call, *args, **kwargs)
        except SessionEnded:
            raise
        except SaveFailed:
            self.saving_failed = True
            raise
        self.saving_failed = False
        self._progress_cache = None
        return result

    def _record_step(self, shown: int | None = None) -> None:
        """Save the card reached, by a tap on card ``shown`` or (None) by opening the lesson."""
        if not self.learner_id or self.entry is None:
            return
        now = time.monotonic()
        elapsed, self._step_started = now - self._step_started, now
        from_step = shown if self._stored_card() == shown else None
        key = store_progress.step_key(self.lesson_id, self.entry.version, from_step, self.step, self._place)
        try:
            self._place = self._saved(store_progress.record_step, self.learner_id, self.lesson_id, self.step,
                                      self.total_steps, elapsed, self.entry.version, key, from_step)
        except SaveFailed:
            pass  # the place is still shown; the next card saves the furthest point again

    def _stored_card(self) -> int | None:
        """The lesson's current card as the store last said, if this screen knows it.

        The store moves the learner only from that card, so one tap sent from two tabs moves once.
        A tap on another card (a save failed, or another tab moved) is saved as an arrival instead:
        refused, it would keep this screen's progress from ever being saved again.
        """
        place = self._place
        return place.current_step if place is not None and place.lesson_id == self.lesson_id else None

    # ---- quiz --------------------------------------------------------------------------

    def start_quiz(self) -> None:
        """Resume the try under way for this lesson, or start a new one (newly shuffled)."""
        entry = self.entry
        if entry is None:
            return
        quiz = entry.quiz
        if self.learner_id:
            # a double click finds the try the first click opened and resumes it
            try:
                info = self._saved(store_quizzes.start_quiz_try, self.learner_id, entry.id, quiz.id, quiz.mastery,
                                   quiz.tries_per_question, entry.version, f"try:{uuid.uuid4().hex}",
                                   question_count=len(quiz.questions))
            except SaveFailed:
                return
            self._resume_quiz(info.id)
        else:
            self.run, self.result = QuizRun(quiz, seed=uuid.uuid4().int % 2**31), None
        self.screen = "quiz"
        self.quiz_version += 1

    def _resume_quiz(self, try_id: int) -> None:
        state = store_quizzes.quiz_state(try_id, self.learner_id)
        info = state.try_
        run = QuizRun(self.entry.quiz, info.shuffle_seed, info.mastery_threshold, info.tries_per_question)
        for answer in state.answers:
            try:
                # the stored score is the verdict: the answer is not graded again
                run.replay(answer.question_id, answer.response, answer.hint_used, answer.score)
            except ValueError:
                log.warning("stored answer no longer fits quiz %s: %s", info.quiz_id, answer)
        self.run, self.try_id, self.result = run, info.id, None
        self.quiz_version += 1

    def use_hint(self) -> None:
        if self.run is not None:
            self.run.use_hint()
            self.quiz_version += 1

    def check(self, question_id: str, response) -> Check | None:
        """Check, tapped on question ``question_id`` with ``response``: graded, saved, and answered
        with the verdict the store holds for that attempt, which another tab may have sent first.

        None when it uses no try: nothing chosen, a question no longer open (a late or doubled
        tap), or the answer the last try had (the screen asks for another, see ``QuizRun.refusal``);
        and when nothing is stored for it (the save failed, or the try was finished elsewhere).
        """
        run = self.run
        if run is None or not response:
            return None
        result = run.submit(question_id, response)
        if isinstance(result, Refusal):
            return None
        if self.learner_id and self.try_id:
            saved = self._save_answer(result)
            if saved is None:
                return None
            result = saved
        self.quiz_version += 1
        return result

    def _save_answer(self, result: Check) -> Check | None:
        """Store the attempt and return the store's verdict on it; None if nothing is stored for it."""
        key = store_quizzes.answer_key(self.try_id, result.question_id, result.attempt)
        try:
            stored = self._saved(store_quizzes.record_answer, self.try_id, self.learner_id, result.question_id,
                                 result.response, result.score, result.hint_used, result.attempt,
                                 self.entry.version, key)
        except SaveFailed:
            if self.run is None:  # the sign-in ended: the page went home
                return None
            self.run.current.checks.pop()  # not saved: let the learner send it again
            self.quiz_version += 1
            return None
        if stored is not None and not stored.repeat:
            return result
        # Another tab took this attempt first, or finished the try: the store's answers stand, and
        # this screen is rebuilt from them rather than showing a verdict the database does not hold.
        self._resume_quiz(self.try_id)
        if stored is None:
            self.finish_quiz()
            return None
        return self._show_stored(stored)

    def _show_stored(self, stored: AnswerInfo) -> Check | None:
        """The rebuilt run's check of a stored answer, its question kept on screen for the feedback
        (the rebuild moved on to the next open one). None if it no longer fits the quiz."""
        assert self.run is not None
        for i, state in enumerate(self.run.questions):
            if state.question.id == stored.question_id and len(state.checks) >= stored.attempt:
                self.run.index = i
                return state.checks[stored.attempt - 1]
        return None

    def next_question(self) -> None:
        run = self.run
        if run is None:
            return
        if not run.advance():
            self.finish_quiz()
            return
        self.quiz_version += 1

    def finish_quiz(self) -> None:
        """The results: the store scores the try and says whether it masters the lesson. A guest's
        run is scored here by the same rule, since there is nothing stored for them."""
        if self.run is None or not self.run.finished:
            return
        if self.learner_id and self.try_id:
            try:
                info = self._saved(store_quizzes.finish_quiz_try, self.try_id, f"finish:{self.try_id}",
                                   self.learner_id)
            except SaveFailed:
                return
            self.result = info.result
            lti_grades.nudge()  # a learner launched from a platform: their grade goes now (docs/lti.md)
        else:
            self.result = self.run.result()
        self.screen = "results"
        self.progress_version += 1

    def retry_quiz(self) -> None:
        self.start_quiz()
