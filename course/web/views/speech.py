"""Read aloud: the browser's own speech synthesis in the page's language, at no server cost.

The text to read sits in a hidden input the server keeps up to date; the button's click
is handled entirely in the browser. Where the device has no voice for the language,
amaan.js sets --amaan-speak-display to none and the button disappears.
"""
from __future__ import annotations

import panel as pn

from course.web.views.common import button

SPEAK_JS = """
const synth = window.speechSynthesis;
if (!synth) { return; }
if (synth.speaking) { synth.cancel(); return; }
const utterance = new SpeechSynthesisUtterance(source.value);
utterance.lang = document.documentElement.lang;
utterance.rate = 0.9;
synth.speak(utterance);
"""

HIDE_WITHOUT_VOICE = ":host { display: var(--amaan-speak-display, block) !important; }"


class ReadAloud:
    def __init__(self, label: str):
        self.source = pn.widgets.TextInput(value="", visible=False)
        self.button = button(label, "read-aloud", "default")
        self.button.stylesheets = self.button.stylesheets + [HIDE_WITHOUT_VOICE]
        self.button.js_on_click(args={"source": self.source}, code=SPEAK_JS)

    def say(self, *parts: str) -> None:
        self.source.value = "\n".join(p for p in parts if p)
