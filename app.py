"""`panel serve app.py` entry point: the learner app. `course serve` is the full server."""
import panel as pn

from course.web.learner_page import learner_page

if pn.state.served:
    learner_page().servable()
