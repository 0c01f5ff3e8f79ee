# Pages d'un lancement depuis une plateforme d'apprentissage comme Moodle (LTI 1.3, docs/lti.md).

## Un enseignant choisit la leçon vers laquelle pointe son cours
lti-pick-title = Choisissez une leçon pour votre cours
lti-pick-intro = Chaque élève qui l'ouvre depuis votre cours travaille dans Amaan ; sa maîtrise de la leçon arrive dans votre carnet de notes.
lti-pick-submit = Ajouter cette leçon
lti-sending = Envoi de votre choix à votre cours…
lti-continue = Continuer

## Un lancement qui ne peut pas continuer
lti-error-title = Ce lien n'a pas pu s'ouvrir
lti-error-launch = Ouvre-le de nouveau depuis ton cours. Si cela recommence, dis-le à ton enseignant.
lti-error-teacher = Seul un enseignant peut choisir une leçon.
lti-error-lesson = Cette leçon n'est plus dans Amaan. Dis-le à ton enseignant.
lti-error-closed = Cette classe est fermée. Demande à ton enseignant.
lti-error-course = Ouvre ce lien depuis un cours.
