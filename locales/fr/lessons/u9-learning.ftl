## Leçon : Apprendre, c'est mon droit (moins de 9 ans)

u9-learning = Apprendre, c'est mon droit
    .summary = Les écrans peuvent t'aider à apprendre plein de choses, avec un adulte à tes côtés.

u9-learning-meet = La classe de Layla découvre la lune. Layla veut en savoir plus. Elle a plein de questions !
    .alt = Layla est debout à la fenêtre, la nuit. Elle regarde une grosse lune ronde et des étoiles.

u9-learning-how = Comment Layla peut-elle en apprendre plus sur la lune ?
u9-learning-how-video = Regarder une vidéo sur la lune avec Papa.
    .feedback = Oui ! Les vidéos et les applis éducatives nous apprennent beaucoup. Et avec Papa, c'est encore mieux.
u9-learning-how-give-up = Abandonner. La lune est bien trop loin !
    .feedback = La lune est loin, mais apprendre la rapproche ! Les livres et les vidéos peuvent aider.

u9-learning-right = { -mascot } dit : tu as le droit d'apprendre. Les livres, les vidéos et les applis éducatives t'aident à découvrir le monde.

u9-learning-true-or-not = Une vidéo dit : « La lune est en fromage ! » C'est vrai ?
u9-learning-true-or-not-believe = Oui ! La vidéo l'a dit.
    .feedback = Tout le monde peut faire une vidéo, et certaines sont juste pour rire. Tout n'est pas vrai en ligne.
u9-learning-true-or-not-check = Vérifier dans un livre, ou demander à la maîtresse.
    .feedback = Bien pensé ! Vérifier aide à savoir ce qui est vraiment vrai.

u9-learning-phone = Layla veut apprendre sur le téléphone. Mais Maman en a besoin pour un appel. Que doit faire Layla ?
u9-learning-phone-grab = Prendre le téléphone et pleurer : « Je veux apprendre maintenant ! »
    .feedback = Arracher le téléphone n'aide pas, et Maman en a besoin aussi. Attendre, c'est plus gentil.
u9-learning-phone-wait = Attendre, et lire son livre sur la lune.
    .feedback = Oui ! Les livres, c'est super pour apprendre aussi. Elle verra la vidéo après l'appel de Maman.

u9-learning-grandpa = Papi veut apprendre à faire un appel vidéo. Comment Layla peut-elle l'aider ?
u9-learning-grandpa-laugh = Rire et dire : « C'est trop facile ! »
    .feedback = Rire peut gêner Papi. Chacun apprend à son rythme.
u9-learning-grandpa-show = Lui montrer, une étape à la fois.
    .feedback = Formidable ! Les grands aussi apprennent. Maintenant, Papi peut appeler la famille.

u9-learning-recap = Apprendre, c'est ton droit. Les écrans, les livres et les enseignants t'aident à apprendre. Tout n'est pas vrai en ligne : vérifie avec un adulte. Apprendre ensemble, c'est encore mieux !

## Quiz

u9-learning-quiz-real-moon = Quelle image montre la vraie lune ?
u9-learning-quiz-real-moon-real = La lune dans le ciel de la nuit
    .feedback = Oui ! C'est la vraie lune. Tu peux en apprendre plus dans tes livres.
u9-learning-quiz-real-moon-cheese = Une lune en fromage, avec une souris dessus
    .feedback = Ha ha ! C'est un dessin rigolo, pas la vraie lune. Certaines vidéos sont juste pour rire.

u9-learning-quiz-grown-ups-learn = Les grands aussi apprennent des choses nouvelles, comme le papi de Layla.
u9-learning-quiz-grown-ups-learn-true =
    .feedback = Exact ! Papi a appris à faire un appel vidéo. Chacun apprend à son rythme.
u9-learning-quiz-grown-ups-learn-false =
    .feedback = C'est vrai, pourtant. Les grands apprennent aussi. Le papi de Layla a appris à faire un appel vidéo.

u9-learning-quiz-check = Une vidéo dit quelque chose de bizarre. Comment savoir si c'est vrai ? Choisis toutes les bonnes réponses.
    .hint = Qu'a fait Layla avec la lune en fromage ?
u9-learning-quiz-check-watch-again = Je regarde la même vidéo encore une fois.
    .feedback = La vidéo dira la même chose. Vérifie ailleurs, ou demande à un adulte.
u9-learning-quiz-check-book = Je cherche dans un livre.
    .feedback = Oui ! Les livres t'aident à savoir ce qui est vrai.
u9-learning-quiz-check-sounds-sure = Je la crois : le monsieur a l'air sûr de lui.
    .feedback = On peut avoir l'air très sûr de soi et se tromper. Vérifier, c'est malin.
u9-learning-quiz-check-teacher = Je demande à ma maîtresse ou à mon maître.
    .feedback = Oui ! Les enseignants adorent les questions.
u9-learning-quiz-check-parents = Je demande à Maman ou à Papa.
    .feedback = Oui ! Un adulte peut t'aider à vérifier.

u9-learning-quiz-french-story = Imane veut écouter une histoire en français pour l'école, sur le téléphone de Maman. Mais Maman en a besoin pour un appel. Que fait Imane ?
    .hint = Qu'a fait Layla quand Maman avait besoin du téléphone ?
u9-learning-quiz-french-story-first = Elle dit : « Ma leçon compte plus que ton appel ! »
    .feedback = Apprendre, c'est important, et l'appel de Maman aussi. Imane peut attendre un peu.
u9-learning-quiz-french-story-wait = Elle attend et lit un livre jusqu'à la fin de l'appel.
    .feedback = Oui ! Attendre, c'est gentil, et les livres aussi nous apprennent des choses. Elle écoutera l'histoire après l'appel.
u9-learning-quiz-french-story-grab = Elle tire sur le téléphone et pleure.
    .feedback = Tirer n'aide pas, et le téléphone peut tomber. Attendre, c'est plus gentil.
