# The author preview at /author (issue 16): panes that move together, and when edits show.

author-together = The two languages move together: a step, a choice or an answer in one pane is made in the other too.
author-dev-hint = Edits to the lesson files show here only after the server restarts. To see them as soon as you save, start it with { $command }.
author-dev-live = Edits to the lesson files show here as soon as you save them.
