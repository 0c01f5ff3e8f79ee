## Leçon : Parler avec les enfants (parents et éducateurs)

edu-talking = Parler avec les enfants
    .summary = Comment rendre la parole sûre : pas de reproche, une écoute calme, et la promesse qu'un enfant n'aura pas d'ennuis pour avoir parlé.

edu-talking-quiet = Mariam, 10 ans, est silencieuse depuis trois jours. Elle retourne le téléphone de la famille quand son père entre, et ne veut plus aller chez ses cousins. Au dîner, chaque question reçoit la même réponse : « Rien. » Un soir, tard, elle lâche : « Quelqu'un a publié un truc horrible sur moi dans le groupe de la classe… mais s'il te plaît, ne me prends pas le téléphone. »
    .alt = Une fillette assise sur un coussin par terre serre ses genoux, un téléphone retourné à côté d'elle, tandis que son père la regarde avec inquiétude.

edu-talking-first-words = Que doit dire d'abord son père, Ahmed ?
edu-talking-first-words-told-you = « Je t'avais dit que ces groupes posaient problème. Fini le téléphone. »
    .feedback = Mariam apprendrait que parler entraîne une punition. Les enfants qui s'attendent à perdre leur téléphone cessent souvent de parler, et le harcèlement continue à l'abri des regards.
edu-talking-first-words-thank-you = « Merci de me l'avoir dit. Tu n'as pas d'ennuis. On regarde ça ensemble. »
    .feedback = Oui. D'abord remercier et rassurer. Cela garde la porte ouverte, et vous pouvez ensuite aider calmement, les faits sous les yeux.
edu-talking-first-words-ignore-it = « Ne t'en occupe pas. Ignore-les. »
    .feedback = Ignorer peut suffire pour les petites choses, mais cela laisse Mariam seule avec sa peine. Elle est venue chercher de l'aide : montrez-lui que vous la prenez au sérieux.

edu-talking-safe-space = Les enfants se confient aux adultes quand ils attendent de l'aide, pas une punition. Dites-le avant que quoi que ce soit n'arrive : « Quoi que tu voies ou reçoives en ligne, tu peux me le dire, et tu n'auras pas d'ennuis pour m'en avoir parlé. » Puis tenez parole : remerciez, restez calme même si vous êtes choqué, et ne confisquez pas l'appareil sous le coup de l'émotion. Un espace sûr se construit les jours ordinaires, bien avant le problème.

edu-talking-listening = Les bonnes conversations ont souvent lieu côte à côte plutôt que face à face : en voiture sur le chemin de l'école, en cuisinant ensemble, lors d'une promenade du soir. Posez des questions ouvertes : « Quelle est la chose la plus drôle que tu as vue en ligne cette semaine ? » « À quel jeu jouent tes amis en ce moment ? » Jouez ou regardez avec lui de temps en temps. Écoutez plus que vous ne parlez et, avant d'agir, demandez : « Qu'est-ce que tu aimerais que je fasse ? »
    .alt = Une mère et son fils marchent côte à côte le soir, en discutant et en souriant, avec les lumières du quartier derrière eux.

edu-talking-next-step = Ahmed a écouté. La publication est bien réelle et blessante. Quelle est la meilleure étape suivante ?
edu-talking-next-step-angry-message = Écrire un message furieux aux parents de l'autre fille dans le groupe des parents.
    .feedback = La colère en public complique souvent les choses pour Mariam et peut diffuser la publication encore plus. Une voie calme et privée fonctionne mieux.
edu-talking-next-step-together = Avec Mariam, faire des captures d'écran, signaler la publication et en parler calmement à son enseignante.
    .feedback = Oui. Preuves, signalement et école qui agissent ensemble suffisent le plus souvent à y mettre fin. Décider avec Mariam lui rend aussi un peu de maîtrise.
edu-talking-next-step-delete-app = Supprimer l'appli en silence et ne plus en parler.
    .feedback = La publication reste visible pour ses camarades, et Mariam est coupée du groupe de sa classe. Le problème est caché, pas réglé.

edu-talking-circle = Tous les enfants ne viendront pas vers vous en premier, et c'est normal, surtout à l'adolescence. Aidez chaque enfant à nommer quelques adultes de confiance : une grand-mère, une tante, un enseignant, le conseiller de l'école. Les enfants en situation de handicap, et ceux qui arrivent d'un autre pays, peuvent avoir plus de mal à expliquer ; donnez-leur plus de temps et d'autres moyens de s'exprimer, comme le dessin ou leur langue maternelle.
    .alt = Un enfant au centre d'un cercle d'adultes souriants : une grand-mère, une tante, un enseignant et un parent.

edu-talking-recap = Dites-le tôt : « Tu n'auras pas d'ennuis pour m'en avoir parlé. » Remerciez, restez calme, écoutez, et décidez ensemble de la suite. Parlez côte à côte, posez des questions ouvertes, partagez son monde en ligne. Gardez les preuves, signalez, et impliquez l'école si besoin. Veillez à ce que chaque enfant ait plus d'un adulte de confiance.

## Quiz

edu-talking-quiz-opening = Quelle phrase construit le mieux un espace sûr ?
edu-talking-quiz-opening-only-allowed = « Si tu n'utilises que les applis que je t'ai autorisées, rien de mal ne peut t'arriver en ligne, alors ne t'inquiète de rien. »
    .feedback = Elle veut rassurer, mais elle est fausse. Un enfant qui tombe ensuite sur quelque chose de mal peut croire que c'est sa faute, et se taire.
edu-talking-quiz-opening-no-trouble = « Tu peux me dire tout ce que tu vois en ligne, et tu n'auras pas d'ennuis pour m'en avoir parlé. »
    .feedback = Oui. Elle sépare le fait de parler de la punition : l'enfant se sent libre de venir vers vous.
edu-talking-quiz-opening-take-phone = « S'il t'arrive quelque chose de mal en ligne, je te prends ton téléphone. »
    .feedback = Elle veut protéger, mais un enfant qui a peur de perdre son téléphone aura plutôt tendance à cacher ses problèmes.

edu-talking-quiz-good-listening = Qu'est-ce qui aide un enfant à s'ouvrir ? Choisissez toutes les bonnes réponses.
edu-talking-quiz-good-listening-open-questions = Poser des questions ouvertes sur sa vie en ligne, par exemple ce qui lui a plu aujourd'hui
    .feedback = Oui. Une question comme « Qu'est-ce qui t'a plu en ligne aujourd'hui ? » appelle une vraie réponse, pas seulement oui ou non.
edu-talking-quiz-good-listening-lecture = Lui expliquer tout de suite ce qu'il aurait dû faire, tant que la leçon est fraîche
    .feedback = Une leçon de morale trop tôt sonne comme un reproche. Écoutez d'abord ; les conseils viendront ensuite et seront mieux entendus.
edu-talking-quiz-good-listening-stay-calm = Rester calme et écouter jusqu'au bout, même si ce que vous entendez vous choque
    .feedback = Oui. Votre calme montre à l'enfant qu'il a eu raison de parler et que vous pouvez faire face.
edu-talking-quiz-good-listening-read-secretly = Lire ses messages en cachette chaque soir, pour savoir quoi lui demander
    .feedback = La surveillance secrète brise la confiance quand elle est découverte, et l'enfant apprend à mieux cacher. Soyez transparent sur les vérifications que vous faites.
edu-talking-quiz-good-listening-play-together = Jouer à son jeu préféré ou regarder une vidéo avec lui de temps en temps
    .feedback = Oui. Partager son univers crée la confiance et donne des sujets de conversation naturels.

edu-talking-quiz-punish-report = Confisquer le téléphone quand un enfant signale un problème le rend plus enclin à vous parler la prochaine fois.
edu-talking-quiz-punish-report-true =
    .feedback = Ce n'est pas vrai : c'est l'inverse. L'enfant retient que parler lui coûte son téléphone, et la prochaine fois il se tait.
edu-talking-quiz-punish-report-false =
    .feedback = Exact. Si parler mène à une punition, les enfants cessent de parler. Occupez-vous du problème, pas de l'enfant qui l'a signalé.

edu-talking-quiz-told-aunt = Votre fille de 15 ans a parlé d'un problème en ligne à sa tante plutôt qu'à vous. Comment le voir au mieux ?
    .hint = Pensez à l'essentiel : elle s'est confiée à quelqu'un en qui elle a confiance.
edu-talking-quiz-told-aunt-come-first = Elle ne me fait pas confiance. Je vais lui dire qu'à partir de maintenant, elle doit venir me voir d'abord.
    .feedback = Insister risque de l'éloigner de vous deux. Les adolescents choisissent souvent un autre adulte de confiance, et c'est sain.
edu-talking-quiz-told-aunt-report-back = Je vais demander à sa tante de me répéter tout ce qu'elle lui dit, sans qu'elle le sache.
    .feedback = Si elle le découvre, elle risque de ne plus se confier à sa tante non plus, puis à personne. Agissez plutôt ouvertement avec la tante.
edu-talking-quiz-told-aunt-welcome = C'est bien qu'elle ait eu un adulte de confiance ; je vais agir avec sa tante et lui rappeler que ma porte est ouverte aussi.
    .feedback = Oui. L'essentiel est qu'elle n'ait pas été seule. Agir ensemble renforce le cercle qui la soutient.

edu-talking-quiz-keep-evidence = Quand un enfant vous montre des messages blessants, il est sage de faire des captures d'écran avant de bloquer ou de signaler.
    .hint = Pensez à ce que l'école ou la plateforme pourrait demander.
edu-talking-quiz-keep-evidence-true =
    .feedback = Oui. Une fois bloqués ou supprimés, les messages peuvent disparaître. Les captures aident l'école, la plateforme ou une ligne d'écoute à agir.
edu-talking-quiz-keep-evidence-false =
    .feedback = En fait, c'est vrai : après le blocage, les messages peuvent disparaître, et l'école ou la plateforme peuvent en avoir besoin. Gardez d'abord une preuve.
