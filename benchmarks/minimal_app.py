"""The floor for benchmarks/classroom.py: the smallest Panel page with one round trip.

A Markdown pane and one Button; a click rewrites the text, so every click costs the server
one event and one patch, like a learner's action in the real app. Served with plain
`panel serve benchmarks/minimal_app.py`: its page-open and action times are what any Panel
page costs on this machine, so the real app's figures are reported as ratios to these.
"""
import panel as pn

clicks = {"n": 0}  # per session: the script runs again for every session
text = pn.pane.Markdown("# Hello\n\nNot clicked yet.")
button = pn.widgets.Button(name="Click", css_classes=["bench-click"])


def _clicked(_event) -> None:
    clicks["n"] += 1
    text.object = f"# Hello\n\nClicked {clicks['n']} times."


button.on_click(_clicked)
pn.Column(text, button).servable()
