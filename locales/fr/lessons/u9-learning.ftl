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
u9-learning-phone-grab = Prendre le téléphone et pleurer.
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
u9-learning-quiz-real-moon-real = La lune dans le ciel de la nuit, avec des étoiles
    .feedback = Oui ! C'est la vraie lune. Tes livres et ta maîtresse peuvent t'en dire plus.
u9-learning-quiz-real-moon-cheese = Une lune en fromage, avec une souris dessus
    .feedback = Ha ha ! C'est un dessin rigolo, pas la vraie lune. Certaines vidéos sont juste pour rire.

u9-learning-quiz-everything-true = Tout ce qu'on voit dans les vidéos en ligne est vrai.
u9-learning-quiz-everything-true-true =
    .feedback = Non. Tout le monde peut faire une vidéo. Certaines sont pour rire, d'autres se trompent.
u9-learning-quiz-everything-true-false =
    .feedback = Exact ! Vérifie dans un livre, ou demande à un adulte.

u9-learning-quiz-help-learn = Qu'est-ce qui t'aide à apprendre ? Choisis toutes les bonnes réponses.
u9-learning-quiz-help-learn-book = Un livre
    .feedback = Oui ! Les livres sont pleins de choses à apprendre.
u9-learning-quiz-help-learn-learning-video = Une vidéo éducative, avec un adulte
    .feedback = Oui ! Les écrans aussi peuvent t'aider à apprendre.
u9-learning-quiz-help-learn-teacher = Ta maîtresse ou ton maître
    .feedback = Oui ! Les enseignants adorent les questions.
u9-learning-quiz-help-learn-shouting = Crier sur l'écran
    .feedback = Ha ha ! Crier n'apprend rien. Poser des questions, oui.

u9-learning-quiz-strange = Une vidéo dit quelque chose de bizarre. Que fais-tu ?
    .hint = Qu'a fait Layla avec la lune en fromage ?
u9-learning-quiz-strange-check = Je vérifie dans un livre, ou je demande à un adulte.
    .feedback = Oui ! Vérifier t'aide à savoir ce qui est vrai.
u9-learning-quiz-strange-tell-all = Je le raconte tout de suite à tous mes amis.
    .feedback = Ce n'est peut-être pas vrai. Vérifie d'abord, partage ensuite.
u9-learning-quiz-strange-believe = Je le crois, c'est sur Internet.
    .feedback = Tout n'est pas vrai en ligne. Vérifier, c'est malin.
