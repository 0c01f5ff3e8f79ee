"""`panel serve app.py` entry point: the learner app. `course serve` is the full server."""
import panel as pn

from course import internals
from course.web.learner_page import learner_page

internals.check_versions()
pn.config.reconnect = True  # as course serve does (course/web/server.py)

if pn.state.served:
    learner_page().servable()
