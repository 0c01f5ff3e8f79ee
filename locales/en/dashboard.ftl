# The dashboard's and the class lists' paging and searching (issue 16, item 5).
# A class of 2,000 is shown a page at a time; searching happens on Enter.

dash-search-enter = Part of a name, then Enter
dash-page-previous = Previous
dash-page-next = Next
# $page of $pages; $count is how many learners (or flags) the search kept, on every page
dash-page = Page { $page } of { $pages } · { $count ->
    [one] one learner
   *[other] { $count } learners
}
dash-flags-page = Page { $page } of { $pages } · { $count ->
    [one] one flag
   *[other] { $count } flags
}

# A child looking for their name in a class too long for one page (a parents' evening, a whole school)
signin-find-name = Find your name: type its first letters, then Enter

# The Progress tab's title: which class is shown (issue 16, item 3)
dash-class-glance = { $klass } at a glance

# Needs-help alerts about a learner (issue 16, item 6): the name, a colon, then what happened to
# the work; Arabic and French then need no verb that agrees with a boy or a girl.
dash-flag-failed-quiz-twice = { $name }: the quiz of "{ $lesson }" not mastered after { $failed ->
    [one] one try
   *[other] { $failed } tries
} (best score { $best_score }).
dash-flag-stuck-on-card = { $name }: card { $card } of { $cards } of "{ $lesson }", not moved for { $days ->
    [one] one day
   *[other] { $days } days
}.
dash-flag-many-wrong-first-tries = { $name }: { $wrong } of the last { $answered } first answers wrong.
