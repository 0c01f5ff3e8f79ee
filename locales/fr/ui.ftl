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
home-guest-note = { $address ->
    [f] Tu apprends en invitée. Tes progrès restent seulement sur cet appareil.
   *[m] Tu apprends en invité. Tes progrès restent seulement sur cet appareil.
}
home-join-class = Rejoindre ma classe
home-done = J'ai fini
home-done-hint = Quand tu as fini, touche « J'ai fini » pour que l'enfant suivant commence à zéro.
home-farewell-left = Bravo ! Cet appareil est prêt pour l'enfant suivant.
home-farewell-ended = Ta connexion à la classe est terminée sur cet appareil. Demande de l'aide à ton enseignant.

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
quiz-pick-another = Tu as déjà essayé cette réponse. Choisis-en une autre.
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
status-saving-failed = Ta réponse n'a pas pu être enregistrée sur l'ordinateur de l'école. Ce n'est pas ta faute : préviens ton enseignant, puis réessaie.
busy-title = Un instant
busy-body = Beaucoup de pages s'ouvrent en ce moment sur ce réseau. Cette page va réessayer toute seule dans quelques secondes.
busy-retry = Réessayer maintenant

## Éducateurs : connexion

educator-login-title = Connexion éducateur
educator-username = Nom d'utilisateur
educator-password = Mot de passe
educator-sign-in = Se connecter
educator-wrong = Ce nom d'utilisateur et ce mot de passe ne correspondent pas. Vérifiez-les et réessayez. Après trop de mots de passe erronés, un compte est bloqué quelques minutes ; l'administrateur de l'école peut le débloquer plus tôt.
educator-too-many = Trop de tentatives depuis ce réseau. Attendez quelques minutes et réessayez.
educator-sign-out = Se déconnecter
setup-title = Créer le premier compte éducateur
setup-intro = Cette page vient du lien affiché par le serveur à son démarrage. Il ne sert qu'une fois, pour créer le premier éducateur de l'école (un administrateur qui pourra en ajouter d'autres).
setup-display-name = Votre nom
setup-password-again = Mot de passe (encore)
setup-mismatch = Les deux mots de passe sont différents.
setup-weak = { $count ->
    [one] Utilisez au moins un caractère.
    [many] Utilisez au moins { $count } de caractères.
   *[other] Utilisez au moins { $count } caractères.
}
setup-invalid = Ce lien n'est plus valable. Redémarrez le serveur pour en afficher un nouveau.
setup-create = Créer le compte

## Rejoindre une classe

signin-title = Rejoindre ma classe
signin-code = Code de la classe
signin-code-help = Ton enseignant te donne le code de la classe. Il a 6 lettres et chiffres.
signin-next = Suivant
signin-wrong-code = Nous n'avons pas trouvé de classe avec ce code. Vérifie-le avec ton enseignant et réessaie.
signin-too-many = Trop d'essais pour le moment. Attends un peu, puis réessaie avec ton enseignant.
signin-pick-name = Touche ton prénom.
signin-hello = Bonjour { $name } !
signin-pictures = { $count ->
    [one] Touche ton image secrète.
    [many] Touche tes { $count } d'images secrètes, dans l'ordre.
   *[other] Touche tes { $count } images secrètes, dans l'ordre.
}
signin-progress = { $done } image(s) sur { $total }
signin-start-again = Recommencer
signin-wrong-pictures = Ce ne sont pas les bonnes images. Essaie encore.
signin-locked = Ta connexion se repose un moment. Demande à ton enseignant de la rouvrir.
signin-resting = La connexion avec les images se repose un moment. Demande à ton enseignant de t'aider.
signin-guest = { $address ->
    [f] Continuer en invitée
   *[m] Continuer en invité
}
signin-as = { $address ->
    [f] Connectée : { $name }
   *[m] Connecté : { $name }
}
signin-sign-out = Se déconnecter
picture-camel = Chameau
picture-palm = Palmier
picture-moon = Lune
picture-star = Étoile
picture-fish = Poisson
picture-cat = Chat
picture-ball = Ballon
picture-car = Voiture
picture-tree = Arbre
picture-sun = Soleil
picture-boat = Bateau
picture-apple = Pomme

## Éducateurs : classes

edu-title = Espace éducateurs
edu-hello = Bonjour { $name }
edu-tab-classes = Classes
edu-tab-dashboard = Progrès
edu-tab-helplines = Lignes d'écoute
edu-tab-team = Éducateurs
edu-lessons-link = Leçons pour parents et éducateurs
edu-class = Classe
edu-no-class = Créez votre première classe pour obtenir un code à donner à vos élèves.
edu-new-class = Nouvelle classe
edu-class-name = Nom de la classe
edu-class-country = Pays (pour l'écran « Demander de l'aide »)
edu-class-self-register = Les élèves peuvent s'inscrire eux-mêmes avec le code
edu-create-class = Créer la classe
edu-class-name-needed = Donnez un nom à la classe.
edu-class-created = La classe { $name } est prête. Son code est { $code }.
edu-join-code = Code de la classe
edu-join-code-help = Les élèves ouvrent l'application, touchent « Rejoindre ma classe » et tapent ce code.
edu-new-code = Créer un nouveau code
edu-code-changed = Le nouveau code est { $code }. L'ancien ne fonctionne plus.
edu-archive = Archiver cette classe
edu-class-archived = La classe est archivée. Ses élèves ne peuvent plus se connecter.
edu-learners = { $count ->
    [one] Un élève
    [many] { $count } d'élèves
   *[other] { $count } élèves
}
edu-add-learner = Ajouter un élève
edu-learner-name = Nom affiché (un prénom ou un surnom : pas besoin de nom de famille)
edu-add = Ajouter
edu-learner-name-needed = Tapez le nom affiché de l'élève.
edu-learner-name-taken = La classe a déjà un élève appelé { $name }, ou un nom qui lui ressemble beaucoup. Ajoutez une lettre ou un surnom.
edu-learner-added = { $name } est dans la classe. Ses images secrètes sont : { $pictures }. Dites-les-lui ou notez-les sur une carte.
edu-learner-new-pictures = Les nouvelles images secrètes de { $name } sont : { $pictures }.
edu-learner-unlocked = { $name } peut de nouveau se connecter.
edu-unlock-class = Rouvrir la connexion à toute la classe
edu-class-unlocked = Tous les élèves de { $name } peuvent de nouveau se connecter.
edu-class-resting = La connexion avec les images est en pause dans cette classe après beaucoup d'images erronées. Si vos élèves sont avec vous, rouvrez la connexion à toute la classe.
edu-class-approve-names = Les nouveaux prénoms attendent mon accord
edu-approval-on = Les prénoms ajoutés par les élèves attendent maintenant votre accord avant que la classe les voie.
edu-approval-off = Les prénoms ajoutés par les élèves rejoignent maintenant la classe tout de suite.
edu-waiting = { $count ->
    [one] Un prénom attend votre accord
    [many] { $count } de prénoms attendent votre accord
   *[other] { $count } prénoms attendent votre accord
}
edu-waiting-help = Des élèves ont ajouté ces prénoms eux-mêmes. Acceptez un prénom pour qu'il apparaisse dans la liste de la classe ; refusez-le s'il n'est pas celui d'un élève de votre classe.
edu-approve = Accepter
edu-reject = Refuser
edu-name-approved = { $name } est maintenant dans la liste de la classe.
edu-name-rejected = Le prénom { $name } n'a pas été ajouté.
edu-learner-deleted = { $name } et tout ce qui le concerne ont été supprimés.
edu-last-active = Dernière activité
edu-locked = En pause après des images erronées
edu-unlock = Autoriser la connexion
edu-new-pictures = Nouvelles images
edu-export = Exporter les données (JSON)
edu-delete = Supprimer
edu-delete-confirm = Supprimer définitivement
edu-admin-only = Seul un administrateur de l'école peut ajouter des éducateurs ou débloquer leur compte.
edu-educator-invalid = Vérifiez le nom d'utilisateur (lettres, chiffres, points) et choisissez un mot de passe d'au moins 10 caractères.
edu-educator-added = { $name } peut maintenant se connecter.
edu-educator-locked = Bloqué après des mots de passe erronés
edu-educator-unlocked = { $name } peut de nouveau se connecter.
edu-add-educator = Ajouter un éducateur
edu-helplines-intro = Toutes nos entrées, avec leur source. Les enfants ne voient que les entrées vérifiées ; là où un pays n'en a aucune, ils ne voient que les conseils sur l'adulte de confiance.
edu-helpline-verified = Vérifiée : montrée aux enfants
edu-helpline-unverified = Non vérifiée : pas montrée aux enfants
edu-helpline-source = Source
edu-helpline-checked = Vérifiée le { $date }
edu-helpline-confidence = Confiance : { $confidence }
edu-helpline-none = Aucune ligne d'écoute vérifiée

## Auteurs : aperçu

author-title = Aperçu de leçon
author-intro = Parcourez une leçon comme un enfant. Rien n'est enregistré ici. Comparez deux langues côte à côte ; le tableau ci-dessous montre d'où vient chaque texte de la carte affichée.
author-lesson = Leçon
author-locale = Langue
author-compare = Comparer avec
author-sources = Textes de cette carte
author-missing = manquant
author-fallback = depuis { $locale }
author-left-out = Ces fichiers de leçon contiennent des erreurs : les enfants ne les voient pas.
author-problems = Problèmes dans les fichiers de cette leçon :

## Éducateurs : tableau de bord

dash-grid-title = La classe d'un coup d'œil
dash-pick-track = Leçons
dash-sort = Trier par
dash-sort-name = Nom
dash-sort-last-active = Dernière activité
dash-sort-completed = Leçons terminées
dash-sort-mastered = Leçons maîtrisées
dash-search = Chercher un élève
dash-no-learners = Aucun élève à afficher. Ajoutez des élèves dans l'onglet Classes ou effacez la recherche.
dash-learner = Élève
dash-started = Commencée
dash-completed = Terminée
dash-mastered = Maîtrisée
dash-average = Meilleur score moyen
dash-last-active = Dernière activité
dash-chart-title = Progrès par leçon
dash-learners-axis = Élèves
dash-export-grid = Télécharger le tableau (CSV pour Excel)
dash-lesson-title = Une leçon et son quiz
dash-pick-lesson = Leçon
dash-rate = { $label } : { $count } sur { $total } ({ $percent })
dash-median-time = Durée habituelle : { $minutes } minutes
dash-no-time = Personne n'a encore terminé cette leçon.
dash-difficult = Questions difficiles
dash-difficult-help = Les plus difficiles d'abord : la part des premières réponses justes, et la mauvaise réponse la plus choisie.
dash-question = Question
dash-first-try = Juste du premier coup
dash-common-wrong = Mauvaise réponse la plus choisie
dash-no-answers = Pas encore de réponses.
dash-export-lesson = Télécharger ce rapport (CSV pour Excel)
dash-learner-title = Un élève, réponse par réponse
dash-pick-learner = Élève
dash-cards = { $total ->
    [one] carte { $seen } sur une
    [many] carte { $seen } sur { $total }
   *[other] carte { $seen } sur { $total }
}
dash-try = Quiz de { $lesson } : score { $score }
dash-attempt = essai { $n }
dash-right = juste
dash-wrong = faux
dash-hint-used = a utilisé l'indice
dash-needs-help = A besoin d'aide
dash-rules = Un élève est signalé s'il échoue deux fois au même quiz, si une leçon reste sur la même carte pendant 7 jours, ou si au moins la moitié de ses dernières premières réponses sont fausses. Masquez le signalement une fois l'élève aidé ; il ne revient que si cela se reproduit.
dash-dismiss = Masquer
dash-no-flags = Personne n'a besoin d'aide selon ces règles pour le moment.
dash-coverage = Risques en ligne abordés (les quatre C)
dash-coverage-help = Pour chaque type de risque : combien d'élèves ont terminé au moins une leçon qui en parle, et quelles leçons l'abordent.
dash-covered = { $done } élève(s) sur { $total }
risk-content = Contenu : ce que les enfants voient
risk-contact = Contact : qui les enfants rencontrent
risk-conduct = Conduite : comment les enfants se comportent
risk-contract = Contrat : ce à quoi les enfants s'inscrivent et ce qu'ils dépensent
dash-assign-title = Leçons assignées
dash-assign = Les leçons que vos élèves voient en premier
dash-assign-save = Enregistrer les leçons assignées
dash-visibility = Quand les élèves voient leurs résultats
dash-visibility-learner = Tout de suite
dash-visibility-educator = Quand je les partage
csv-learner = Élève
csv-lessons_completed = Leçons terminées
csv-lessons_mastered = Leçons maîtrisées
csv-last_active = Dernière activité
csv-started = Commencée
csv-completed = Terminée
csv-mastered = Maîtrisée
csv-average_best_score = Meilleur score moyen
csv-learners = Élèves
csv-median_time = Durée médiane
csv-mean_time = Durée moyenne
csv-tries_finished = Essais de quiz terminés
csv-average_try_score = Score moyen par essai
csv-question = Question
csv-first_try_correct = Juste du premier coup
csv-first_answers = Premières réponses
csv-wrong_answers = Mauvaises réponses
csv-top_wrong_option = Mauvaise réponse la plus choisie
csv-top_wrong_count = Nombre de fois

## Impression

print-now = Imprimer
print-report-title = Rapport de progrès : { $klass }
print-report-link = Rapport à imprimer
cert-title = Certificat
# The name stands on its own line above, so the sentence names no one: a verb
# agreeing with the name would be wrong for every girl (or every boy).
cert-text = Pour avoir terminé toutes les leçons du parcours « { $track } » : rester en sécurité en ligne.
cert-date = Décerné le { $date }
cert-link = Certificat : { $track }

## Rejoindre une classe : nouveaux élèves

signin-new = { $address ->
    [f] Je suis nouvelle : ajoute-moi
   *[m] Je suis nouveau : ajoute-moi
}
signin-new-help = Écris le prénom ou le surnom que ton enseignant et tes amis utilisent.
signin-new-name = Ton prénom
signin-new-name-needed = Écris d'abord ton prénom.
signin-name-taken = Quelqu'un dans la classe a déjà ce nom, ou un nom qui lui ressemble beaucoup. Ajoute une lettre ou utilise un surnom.
signin-too-many-new = Beaucoup de nouveaux prénoms viennent d'être ajoutés. Demande à ton enseignant de t'ajouter, ou réessaie plus tard.
signin-wait-title = Merci, { $name } !
signin-wait-teacher = Ton enseignant va bientôt t'ajouter à la classe. Ensuite, reviens ici, touche ton prénom puis tes images secrètes.
signin-choose-pictures = { $count ->
    [one] Choisis ton image secrète et retiens-la !
    [many] Choisis { $count } d'images secrètes, dans l'ordre, et retiens-les !
   *[other] Choisis { $count } images secrètes, dans l'ordre, et retiens-les !
}

## order question kind (issue 15)

order-how = Remets les étapes dans l'ordre : fais monter ou descendre chacune avec ses flèches.
order-earlier = Faire monter
order-later = Faire descendre
order-right-order = Le bon ordre, et pourquoi :

## get help country, header, notice (issue 15)

# the app's name alone, for the header on a phone
app-name = { -app-name }
help-country-where = Où habites-tu ?
help-country-choose = Choisis ton pays
help-country-unknown = Choisis ton pays dans la liste pour voir une ligne d'écoute gratuite pour les enfants de ce pays, si nous en avons une.
# on the home screen of a child signed in to a class
home-teacher-sees = Ton enseignant voit les leçons que tu fais et tes réponses aux quiz, pour t'aider à apprendre.
home-teacher-sees-later = Ton enseignant voit les leçons que tu fais et tes réponses aux quiz, pour t'aider à apprendre, et te donnera tes résultats plus tard.
signin-code-length = { $typed ->
    [0] Écris d'abord le code de ta classe. Il a { $length } lettres et chiffres.
   *[other] Un code de classe a { $length } lettres et chiffres, et tu en as écrit { $typed }. Regarde le code encore une fois.
}

## player (issue 15)
results-not-yet-stars = { $needed ->
    [one] Continue ! Il te faut { $needed } étoile pour maîtriser cette leçon. Tu peux refaire le quiz quand tu veux.
    [many] Continue ! Il te faut { $needed } étoiles pour maîtriser cette leçon. Tu peux refaire le quiz quand tu veux.
   *[other] Continue ! Il te faut { $needed } étoiles pour maîtriser cette leçon. Tu peux refaire le quiz quand tu veux.
}
player-skip = Passer cette question
player-choose-first = Choisis d’abord ce que tu ferais, ou passe cette question.
read-aloud-no-voice = Cet appareil n’a pas de voix pour lire à voix haute en français. Demande à un adulte de lire avec toi.
quiz-exit = Quitter le quiz (tes réponses sont gardées)
player-offline = La connexion avec l’ordinateur de l’école est coupée. Nouvel essai en cours…
player-not-saved = Pas encore enregistré. Patiente : ce sera renvoyé dès que la connexion reviendra.

## form of address (issue 17): on the home screen, the child may choose how the app speaks to them.
## Every message gets $address: "f" (as to a girl) or "m" (as to a boy, the default variant).

address-question = Parle-moi comme à :
address-girl = une fille
address-boy = un garçon
address-clear = Effacer mon choix
