"""Girls are addressed as girls: every message gets $address, and `course check` finds the messages
that speak to the child without selecting on it (course/content/addressing.py)."""
from __future__ import annotations

import io
import json
import logging
import re

import pytest

from course import check, paths
from course.content import addressing
from course.content.report import load_content
from course.l10n.bundles import Translator, plain, translator
from course.store import progress as store_progress
from course.web.learner_state import LearnerState
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)
from tests.test_guessability import true_false, write_lesson
from tests.test_vowelling import write_arabic

# ---- the translator passes $address ------------------------------------------------------------

def test_every_message_gets_address_and_unchosen_reads_as_before(caplog):
    base = translator("ar")
    girl, boy = base.addressing("f"), base.addressing("m")
    with caplog.at_level(logging.WARNING, logger="course.l10n.bundles"):
        assert plain(girl("results-mastered")) == "أتقنتِ هذا الدرس!"
        assert plain(boy("results-mastered")) == plain(base("results-mastered")) == "أتقنت هذا الدرس!"
        # a plural inside the select: both variables reach it
        assert plain(girl("quiz-tries-left", tries=1)) == "يمكنكِ أن تحاولي مرة أخرى."
        assert plain(base("quiz-tries-left", tries=1)) == "يمكنك أن تحاول مرة أخرى."
        assert girl.attr("help-button", "nothing") is None
    assert caplog.records == []  # no "Unknown external: address": the base translator passes "m"
    fr = translator("fr")
    assert plain(fr.addressing("f")("signin-new")) == "Je suis nouvelle : ajoute-moi"
    assert plain(fr.addressing(None)("signin-new")) == "Je suis nouveau : ajoute-moi"
    # English has no selects: the same words for everyone
    en = translator("en")
    assert en.addressing("f")("results-mastered") == en("results-mastered")


def test_an_addressed_translator_is_made_once_and_shares_the_bundles():
    base = translator("ar-EG")
    girl = base.addressing("f")
    assert base.addressing("f") is girl and girl.addressing("f") is girl
    assert girl.addressing(None) is base and girl.addressing("m") is base.addressing("m")
    assert base.addressing("x") is base  # anything else is "not chosen"
    assert girl._bundles is base._bundles and girl._lock is base._lock
    assert (girl.tag, girl.dir, girl.chain, girl.form) == (base.tag, base.dir, base.chain, "f")
    assert girl.number(12) == base.number(12) == "١٢"  # ar-EG digits, as before
    # a call's own argument wins, so a screen could still format one message for the other form
    assert plain(girl("results-mastered", address="m")) == "أتقنت هذا الدرس!"


def test_the_cost_per_message_stays_small():
    """The learner page is benchmarked: an addressed message costs what a plain one did (one small
    dict merge), and making the addressed translator again costs a dict lookup."""
    import timeit

    base = Translator("ar", paths.content_root())
    girl = base.addressing("f")
    base("results-mastered"), girl("results-mastered")  # compiled once
    plain_cost = min(timeit.repeat(lambda: base("player-next"), number=200, repeat=3))
    addressed_cost = min(timeit.repeat(lambda: girl("player-next"), number=200, repeat=3))
    assert addressed_cost < plain_cost * 1.5 + 0.002
    assert min(timeit.repeat(lambda: base.addressing("f"), number=1000, repeat=3)) < 0.01


# ---- the markers -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("أَحْسَنْتَ! أَنْتَ لَسْتَ وَحْدَكَ.", ["أَحْسَنْتَ", "أَنْتَ", "لَسْتَ", "وَحْدَكَ"]),
    ("اسأل شخصًا بالغًا تثق به، وأخبر أمك.", ["اسأل", "تثق"]),  # unvowelled أخبر is also "he told"
    ("وَأَخْبِرْ أُمَّكَ.", ["وَأَخْبِرْ", "أُمَّكَ"]),
    ("لا ترسل الصورة، واحظر الحساب.", ["ترسل", "واحظر"]),
    ("فكن لطيفًا واختر كلماتك.", ["فكن", "واختر"]),
    # none of these speaks to a boy
    ("أَحْسَنْتِ! أَنْتِ لَسْتِ وَحْدَكِ، تَثِقِينَ بِأُمِّكِ.", []),
    ("ذَلِكَ تَحْتَ الْكِتَابِ، وَشَارَكَ يُوسُفُ الصُّورَةَ.", []),
    ("وضع كريم الهاتف، ووقف عند الباب.", []),  # وضع، وقف: not وَ + ضَعْ، قِفْ
    ("لَمْ تَحْدُثْ. وَاسْتَعْمَلَ أَحْمَدُ الْهَاتِفَ.", []),  # a jussive after لم, a past tense
    ("أنت لست وحدك، أحسنت.", []),  # unvowelled: written the same for a girl
])
def test_arabic_markers(text, found):
    assert addressing.arabic_markers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Tu n'es pas obligé de répondre.", ["Tu n'es … obligé"]),
    ("Si tu n'es pas sûr, demande.", ["tu n'es … sûr"]),
    ("Tu t'es arrêté à temps.", ["Tu t'es … arrêté"]),
    ("Ne reste pas seul avec ça.", ["Ne reste … seul"]),
    ("Tu peux appeler seul ou avec un adulte.", ["seul"]),
    ("Ne le garde pas pour toi tout seul.", ["tout seul"]),
    ("Sois gentil avec lui.", ["Sois … gentil"]),
    # not the child, or not gendered
    ("Le mot de passe seul ne suffit plus : il te faut un code.", []),
    ("Ton numéro reste privé.", []),
    ("Tu te sens en sécurité avec elle.", []),
    ("Tu n'es pas obligée de répondre.", []),
    ("Karim est tout seul dans sa chambre.", []),  # a boy in the story, not "tu"
])
def test_french_markers(text, found):
    assert addressing.french_markers(text) == found


# ---- in course check ---------------------------------------------------------------------------

def test_a_lesson_message_that_speaks_to_a_boy_warns_until_it_selects(tmp_path):
    write_lesson(tmp_path, "older", [true_false("tf", True)], track="9-12")
    lines = write_arabic(tmp_path, "older", {
        "older-key": "اسأل شخصًا بالغًا تثق به.",
        "older-quiz-tf": "{ $address ->\n    [f] اسألي شخصًا بالغًا تثقين به.\n   *[m] اسأل شخصًا بالغًا تثق به.\n}",
    })
    report = load_content(tmp_path)
    assert report.problems == []  # en and fr need no $address: no VARIABLES problem
    warned = [w for w in report.warnings if w.code == "ADDRESS"]
    assert [(w.path, w.line) for w in warned] == [("locales/ar/lessons/older.ftl", lines["older-key"])]
    assert "'older-key'" in warned[0].message and "اسأل، تثق" in warned[0].message
    assert report.addressing.selecting["ar"] == 1


def test_the_educators_track_is_not_read_and_a_comment_lets_a_message_off(tmp_path):
    write_lesson(tmp_path, "adults", [true_false("tf", True)], track="educators")
    write_arabic(tmp_path, "adults", {"adults-key": "اسأل طفلك عمّا يراه."})
    write_lesson(tmp_path, "story", [true_false("tf", True)], track="13-18")
    write_arabic(tmp_path, "story", {"story-key": "قال أبوه: اسأل قبل أن ترسل."})
    path = tmp_path / "locales/ar/lessons/story.ftl"
    path.write_text(path.read_text("utf-8").replace("story-key =", "# address: none (his father speaks to him)\n"
                                                    "story-key ="), "utf-8")
    assert [w for w in load_content(tmp_path).warnings if w.code == "ADDRESS"] == []


def test_a_listed_app_message_must_select_and_a_select_takes_f_and_default_m(tmp_path):
    write_lesson(tmp_path, "older", [true_false("tf", True)])
    ui = tmp_path / "locales/ar/ui.ftl"
    ui.write_text(ui.read_text("utf-8") + "quiz-try-again = حاول مرة أخرى\n"
                  "results-mastered = { $address ->\n    [m] أتقنت!\n   *[f] أتقنتِ!\n}\n", "utf-8")
    for loc in ("en", "fr"):
        other = tmp_path / f"locales/{loc}/ui.ftl"
        other.write_text(other.read_text("utf-8") + "quiz-try-again = Again\nresults-mastered = Yes\n", "utf-8")
    report = load_content(tmp_path)
    assert [(p.code, p.line) for p in report.problems] == [("ADDRESS-VARIANTS", 3)]
    assert "*[f], [m]" in report.problems[0].message
    assert [(w.code, w.path, w.line) for w in report.warnings if w.code == "ADDRESS"] == [
        ("ADDRESS", "locales/ar/ui.ftl", 2)]


def test_check_prints_and_reports_the_form_of_address(tmp_path):
    write_lesson(tmp_path, "older", [true_false("tf", True)])
    write_arabic(tmp_path, "older", {"older-key": "لا ترسل صورتك."})
    out = io.StringIO()
    assert check.run(tmp_path, out=out) == 0  # a warning never fails the check
    text = out.getvalue()
    assert re.search(r"^locales/ar/lessons/older\.ftl:\d+:1: warning ADDRESS 'older-key'", text, re.M)
    assert "form of address ($address): still to select ar 1, fr 0" in text
    out = io.StringIO()
    check.run(tmp_path, as_json=True, out=out)
    data = json.loads(out.getvalue())
    assert data["addressing"]["unselected"] == 1
    assert data["addressing"]["by_file"] == {"locales/ar/lessons/older.ftl": 1}
    assert data["addressing"]["messages"][0]["markers"] == ["ترسل"]
    assert [w["code"] for w in data["warnings"]] == ["ADDRESS"]


def test_the_app_messages_listed_select_today():
    """Every listed app message exists and selects: the registry and ui.ftl agree."""
    report = load_content(paths.content_root())
    app = [u for u in report.addressing.unselected if "/lessons/" not in u.path]
    assert app == []
    from course.l10n import ftl

    for loc, ids in addressing.APP_MESSAGES.items():
        files = ftl.read_locale(paths.content_root(), loc, [])
        assert ids <= set(files.entries), sorted(ids - set(files.entries))


# ---- the preference: chosen on home, kept in a cookie (guest) or on the learner row (class) ------

def _shell(state):
    from course.web.views.shell import LearnerShell

    shell = LearnerShell(state=state)
    shell.__panel__().get_root()
    return shell


def test_a_guest_chooses_on_home_and_the_screen_is_rewritten_in_place(store):
    from course.web.learner_page import initial_state

    state = initial_state({}, {}, {"Accept-Language": "ar"})
    assert state.form_of_address is None  # nothing chosen at first
    shell = _shell(state)
    home = shell.view("home")
    before = home.shown()
    assert before["address"]["value"] is None and before["join"] == "انضمّ إلى صفّي"
    home.tapped("address", "f")  # the child taps "بنت"
    assert state.form_of_address == "f"
    assert state.remember[state.ADDRESS_COOKIE] == "f"
    assert shell.view("home") is home  # the same component, redrawn: focus stays on the choice
    shown = home.shown()
    assert shown["address"]["value"] == "f"
    assert plain(shown["join"]) == "انضمّي إلى صفّي"
    assert plain(shell._help.label) == "اطلبي المساعدة"
    assert "تتعلّمين زائرةً" in plain(" ".join(shown["notes"]))
    assert "اِخْتَارِي بَلَدَكِ" in shell.view("help")._country.options
    home.tapped("address", "m")
    assert plain(shell._help.label) == "اطلب المساعدة" and state.remember[state.ADDRESS_COOKIE] == "m"
    home.tapped("address", None)  # cleared: not chosen, spoken to as before
    assert state.form_of_address is None and home.shown()["address"]["value"] is None
    assert state.remember[state.ADDRESS_COOKIE] == ""  # amaan.js deletes an empty preference
    home.tapped("address", "girl")  # not a form the app has: nothing changes
    assert state.form_of_address is None
    # a reload reads the guest's cookie; anything else in it is "not chosen"
    assert initial_state({}, {state.ADDRESS_COOKIE: "f"}, {}).form_of_address == "f"
    assert initial_state({}, {state.ADDRESS_COOKIE: "girl"}, {}).form_of_address is None


def test_the_player_speaks_in_the_chosen_form(store):
    from course.web import player_screens

    state = LearnerState(locale="ar", form_of_address="f")
    state.choose_band("9-12")
    state.open_lesson("private-eye")
    while state.screen == "lesson":
        if state.needs_choice():
            state.pick_on(state.step, state.current_step.options[0].id)
        state.next(state.step)
    state.check(state.run.current.question.id, state.run.current.question.correct_ids)
    shown = player_screens.screen(state)
    assert shown["question"]["how"] in ("اختاري إجابة واحدة.", "اختاري كل الإجابات الصحيحة.") or \
        shown["question"]["kind"] == "true-false"
    words = player_screens.ui_words("ar", "f")
    assert words["quiz-exit"].startswith("اُخْرُجِي") and words["player-skip"].startswith("تَخَطَّيْ")
    assert player_screens.ui_words("ar")["quiz-exit"].startswith("اُخْرُجْ")


def test_a_class_learner_keeps_it_on_their_row_and_finds_it_on_another_device(store):
    from course.store import accounts, classes

    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "5B")
    salma = classes.add_learner(klass.id, "Salma", None, as_educator=teacher)
    here = LearnerState(locale="fr")
    here.signed_in(salma, "Salma")
    here.choose_form_of_address("f")
    assert store_progress.learner_info(salma).form_of_address == "f"
    assert LearnerState.ADDRESS_COOKIE not in here.remember  # not left behind on a shared device
    # another device, whose cookie holds a guest's "m": the learner's own choice wins
    there = LearnerState(locale="fr", form_of_address="m")
    there.signed_in(salma, "Salma")
    assert there.form_of_address == "f"
    assert plain(there.tr("signin-as", name="Salma")) == "Connectée : Salma"
    # signing out: the farewell speaks to her, the next child starts unchosen
    there.sign_out()
    assert there.form_of_address is None and there.remember[LearnerState.ADDRESS_COOKIE] == ""
    assert there.farewell_form == "f"


def test_a_choice_made_before_signing_in_becomes_the_learners_if_they_had_none(store):
    from course.store import accounts, classes

    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "5B")
    omar = classes.add_learner(klass.id, "Omar", None, as_educator=teacher)
    layla = classes.add_learner(klass.id, "Layla", None, as_educator=teacher)
    state = LearnerState(locale="ar")
    state.choose_form_of_address("m")
    state.signed_in(omar, "Omar")
    assert store_progress.learner_info(omar).form_of_address == "m"
    # a cookie left on the device is someone else's: never stored as Layla's choice
    other = LearnerState(locale="ar", form_of_address="m")
    other.signed_in(layla, "Layla")
    assert other.form_of_address is None and store_progress.learner_info(layla).form_of_address is None
