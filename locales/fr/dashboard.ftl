# Pagination et recherche du tableau de bord et des listes de classe (issue 16, point 5).

dash-search-enter = Une partie du nom, puis Entrée
dash-page-previous = Précédente
dash-page-next = Suivante
dash-page = Page { $page } sur { $pages } · { $count ->
    [one] un élève
    [many] { $count } d'élèves
   *[other] { $count } élèves
}
dash-flags-page = Page { $page } sur { $pages } · { $count ->
    [one] une alerte
    [many] { $count } d'alertes
   *[other] { $count } alertes
}

signin-find-name = Cherche ton nom : tape ses premières lettres, puis Entrée

dash-class-glance = { $klass } d'un coup d'œil

# Alertes sur un élève (issue 16, point 6) : le nom, deux-points, puis ce qui est arrivé au travail,
# sans verbe ni participe à accorder avec une fille ou un garçon.
dash-flag-failed-quiz-twice = { $name } : quiz « { $lesson } » non maîtrisé après { $failed ->
    [one] un essai
    [many] { $failed } d'essais
   *[other] { $failed } essais
} (meilleur score { $best_score }).
dash-flag-stuck-on-card = { $name } : carte { $card } sur { $cards } de « { $lesson } », sans progrès depuis { $days ->
    [one] un jour
    [many] { $days } de jours
   *[other] { $days } jours
}.
dash-flag-many-wrong-first-tries = { $name } : { $wrong } mauvaises premières réponses sur les { $answered } dernières.
