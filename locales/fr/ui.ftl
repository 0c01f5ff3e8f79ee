# Les mots de l'application. Ceux des leçons sont dans lessons/*.ftl, les lignes d'écoute dans help.ftl.

-mascot = Houdhoud
-app-name = Amaan

app-title = { -app-name } : en sécurité en ligne
app-tagline = De courtes leçons pour rester en sécurité en ligne
language-name = Français
language-choose = Langue
skip-to-content = Aller à la leçon

## Accueil

home-hello = Bonjour ! Je suis { -mascot }. Apprenons ensemble à rester en sécurité en ligne.
home-choose-band = Quel âge as-tu ?
band-under-9 = Moins de { $age } ans
band-9-12 = De { $from } à { $to } ans
band-13-18 = De { $from } à { $to } ans
band-educators = Parents et éducateurs
home-lessons = { $count ->
    [one] Une leçon
    [many] { $count } de leçons
   *[other] { $count } leçons
}
lesson-minutes = { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } de minutes
   *[other] { $minutes } minutes
}
lesson-start = Commencer
lesson-continue = Continuer
lesson-review = Revoir
status-not-started = Pas commencée
status-in-progress = En cours
status-completed = Terminée
status-mastered = Maîtrisée
home-guest-note = Tu apprends en invité. Tes progrès restent seulement sur cet appareil.
home-join-class = Rejoindre ma classe

## Lecteur de leçon

player-progress = Carte { $current } sur { $total }
player-back = Retour
player-next = Suivant
player-start-quiz = Commencer le quiz
player-what-would-you-do = Que ferais-tu ?
player-key-message = À retenir
player-recap = Souviens-toi
player-best-choice = Le choix le plus sûr
player-lessons = Toutes les leçons
read-aloud = Lire à voix haute
read-aloud-stop = Arrêter la lecture

## Quiz

quiz-progress = Question { $current } sur { $total }
quiz-choose-one = Choisis une réponse.
quiz-choose-all = Choisis toutes les bonnes réponses.
quiz-true = Vrai
quiz-false = Faux
quiz-check = Vérifier ma réponse
quiz-hint = Voir un indice
quiz-hint-label = Indice
quiz-correct = C'est juste !
quiz-wrong = Pas tout à fait.
quiz-try-again = Essayer encore
quiz-tries-left = { $tries ->
    [one] Tu peux essayer encore une fois.
    [many] Tu peux essayer encore { $tries } de fois.
   *[other] Tu peux essayer encore { $tries } fois.
}
quiz-answer-was = La bonne réponse :
quiz-next-question = Question suivante
quiz-see-results = Voir mes résultats
quiz-answers-label = Réponses

## Résultats

results-title = Tes résultats
results-score = { $total ->
    [one] Tu as trouvé { $correct } bonne réponse sur une question du premier coup.
    [many] Tu as trouvé { $correct } bonnes réponses sur { $total } de questions du premier coup.
   *[other] Tu as trouvé { $correct } bonnes réponses sur { $total } questions du premier coup.
}
results-mastered = Tu maîtrises cette leçon !
results-badge = Badge : { $lesson }
results-not-yet = Continue ! Il te faut { $needed } pour maîtriser cette leçon. Tu peux refaire le quiz quand tu veux.
results-remember = À retenir
results-retry = Refaire le quiz
results-back = Retour aux leçons
results-hidden = Bravo d'avoir terminé ! Ton enseignant partagera les résultats plus tard.

## Demander de l'aide

help-button = Demander de l'aide
help-title = Demander de l'aide
help-intro = Si quelque chose en ligne t'inquiète, te rend triste ou te fait peur, tu n'as rien fait de mal. Parles-en.
help-trusted-adult = Dis-le à un adulte de confiance : un parent, un grand-parent, un oncle ou une tante, un enseignant ou le conseiller de l'école.
help-what-to-do = Ne réponds pas à quelqu'un qui te fait du mal. Tu peux le bloquer. Garde les messages ou fais une capture d'écran pour les montrer à l'adulte.
help-helpline-title = Une ligne d'écoute gratuite pour les enfants
help-helpline-call = Appelle le { $number }
help-helpline-for = { $organisation }, { $country }
help-no-helpline = Nous n'avons pas encore de numéro vérifié pour ton pays. Un adulte de confiance peut t'aider à trouver les bonnes personnes.
help-country = Pays
help-close = Retour

## Erreurs et état

error-title = Un problème est survenu
error-body = Désolé, cette page ne s'est pas chargée. Reviens aux leçons et réessaie.
error-not-found = Nous n'avons pas trouvé cette page.
error-back-home = Retour aux leçons
status-saving-failed = Impossible d'enregistrer pour le moment. Vérifie la connexion : ta réponse sera enregistrée quand tu réessaieras.
