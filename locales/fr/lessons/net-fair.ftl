## Leçon : Personne ne doit être traité injustement en ligne (13-18 ans)

net-fair = Personne ne doit être traité injustement en ligne
    .summary = Repère les discriminations et les discours de haine en ligne, et apprends à soutenir les personnes visées.

net-fair-new-classmate = Sami est arrivé cette année dans la classe de Hamza. Sa famille a dû quitter son pays et tout recommencer dans une nouvelle ville. Sami est excellent au foot et explique la physique avec une clarté incroyable, mais il a un accent différent de celui des autres.
    .alt = Hamza et Sami sortent de l'école ensemble en souriant ; Sami porte un ballon de foot.

net-fair-the-meme = Un soir, un camarade poste dans le groupe de la classe un message vocal où il imite l'accent de Sami, avec un mème sur « le pays d'où il vient ». Les émojis qui rient s'accumulent en dessous. Sami l'a vu, et il a quitté le groupe.
    .alt = Un écran de téléphone couvert d'émojis qui rient ; à côté, Sami, seul, regarde tristement son téléphone.

net-fair-hamza-choice = Hamza est mal à l'aise. Que doit-il faire ?
net-fair-hamza-choice-laugh = Ajouter un émoji qui rit, lui aussi. Ce n'est qu'une blague.
    .feedback = Chaque émoji qui rit dit à l'auteur que le groupe approuve. Pour Sami, ce n'est pas une blague : on se moque de qui il est.
net-fair-hamza-choice-support = Écrire à Sami en privé pour prendre de ses nouvelles, et prévenir le professeur principal.
    .feedback = Bravo. Sami sait qu'il n'est pas seul, et un adulte peut intervenir pour que ça ne recommence pas.
net-fair-hamza-choice-speak = Écrire calmement dans le groupe : « Pas drôle. Se moquer des origines de quelqu'un, ce n'est pas acceptable. »
    .feedback = Courageux et utile. Quand une personne parle calmement, d'autres peuvent trouver le courage de le faire aussi. Ensuite, il prend aussi des nouvelles de Sami.
net-fair-hamza-choice-forward = Le transférer dans un autre groupe pour montrer à quel point c'est nul.
    .feedback = Même avec de bonnes intentions, transférer diffuse la moquerie à encore plus de monde. Mieux vaut le signaler.

net-fair-what-is-unfair = Aucun enfant ne doit être traité injustement en ligne, pour aucune raison. Discriminer, c'est traiter quelqu'un moins bien à cause de ce qu'il est : sa nationalité ou ses origines, sa religion, sa langue ou son accent, sa couleur de peau, le fait d'être une fille ou un garçon, un handicap, ou le fait d'être réfugié ou migrant. Le discours de haine attaque des personnes pour ces mêmes raisons, avec des mots, des mèmes ou des messages vocaux. La Convention relative aux droits de l'enfant dit que ses droits appartiennent à chaque enfant, sans aucune discrimination.

net-fair-voice-chat = Ton équipe, dans un jeu en ligne, choisit ses joueurs pour un tournoi. Quelqu'un dit : « Pas Rania. Elle est malentendante, elle ne peut pas utiliser le chat vocal. » Que réponds-tu ?
    .alt = Quatre personnages de jeu alignés ; l'une porte un appareil auditif et a une bulle de chat écrit à côté d'elle.
net-fair-voice-chat-agree = Je suis d'accord, on gagnera plus facilement.
    .feedback = Écarter quelqu'un à cause d'un handicap, c'est injuste, et l'équipe perd une bonne joueuse.
net-fair-voice-chat-text-chat = Je propose d'utiliser le chat écrit et les signaux du jeu, pour que tout le monde puisse jouer.
    .feedback = Excellente idée. Un petit changement permet à tous de participer, et ce qui compte, c'est le talent de Rania, pas son audition.
net-fair-voice-chat-silent = Je ne dis rien, ce n'est pas ma décision.
    .feedback = Le silence laisse passer une décision injuste. Une courte proposition pourrait faire changer l'équipe d'avis.

net-fair-when-you-see-it = Quand tu vois de la haine ou une injustice en ligne : ne like pas, ne partage pas, ne transfère pas. Utilise le bouton de signalement de l'appli. Soutiens la personne visée, même avec un petit message privé. Et parles-en à un adulte de confiance, un parent ou un professeur par exemple, surtout si ça continue ou s'il y a des menaces.

net-fair-recap = Chaque enfant a les mêmes droits en ligne, quels que soient sa nationalité, sa religion, sa langue ou son handicap, qu'il soit réfugié, migrant ou non. Ne participe pas à la haine et ne la diffuse pas, même pour rire. Signale-la, soutiens la personne visée et parles-en à un adulte de confiance.

## Quiz

net-fair-quiz-which-unfair = Lesquels de ces comportements sont des injustices ou de la haine en ligne ? Choisis toutes les bonnes réponses.
net-fair-quiz-which-unfair-team-skill = Choisir les joueurs d'un tournoi selon leur niveau, et l'expliquer gentiment aux autres
    .feedback = Non. Choisir une équipe selon le niveau, en le disant gentiment, ne vise personne pour ce qu'il est.
net-fair-quiz-which-unfair-joke-meme = Un mème qui se moque des habitants d'un autre pays, posté dans un groupe « juste pour rire »
    .feedback = Oui. Dire que c'est pour rire n'y change rien : le mème se moque de gens à cause de leur origine.
net-fair-quiz-which-unfair-disagree = Contredire fermement, sans insultes, l'avis d'un camarade sur un match
    .feedback = Non. Un désaccord respectueux, c'est normal : il discute une idée, il n'attaque pas ce que quelqu'un est.
net-fair-quiz-which-unfair-exclude = Exclure un élève du groupe de la classe parce que sa famille est réfugiée
    .feedback = Oui. Exclure quelqu'un parce qu'il est réfugié, c'est de la discrimination.

net-fair-quiz-forward = Transférer une publication haineuse pour montrer à quel point elle est grave aide à l'arrêter.
net-fair-quiz-forward-true =
    .feedback = Non, c'est faux. Transférer la met sous les yeux de plus de monde. La signaler et en parler à un adulte est plus efficace.
net-fair-quiz-forward-false =
    .feedback = Exact. Partager la diffuse, même avec de bonnes intentions. Signale-la plutôt.

net-fair-quiz-game-insults = Dans le chat d'un jeu, un joueur insulte sans arrêt la nationalité d'un autre joueur. Quelle est la meilleure chose à faire ?
    .hint = Quels outils le jeu te donne-t-il ?
net-fair-quiz-game-insults-ignore-all = J'ignore : ce n'est qu'un jeu, et réagir lui donnerait l'attention qu'il cherche.
    .feedback = Ne pas lui donner d'attention, ça se comprend, mais les insultes sur les origines blessent aussi dans un jeu. Signaler prend quelques secondes, et tu n'as pas besoin de lui répondre.
net-fair-quiz-game-insults-insult-back = J'insulte sa nationalité à mon tour.
    .feedback =
        { $address ->
            [f] Répondre à la haine par la haine aggrave le chat, et tu pourrais être signalée toi aussi.
           *[m] Répondre à la haine par la haine aggrave le chat, et tu pourrais être signalé toi aussi.
        }
net-fair-quiz-game-insults-report = Je le signale avec les outils du jeu et je soutiens l'autre joueur.
    .feedback = Oui. Le signalement aide le jeu à stopper les insultes, et ton soutien rappelle à la personne visée qu'elle n'est pas seule.

net-fair-quiz-any-reason = Aucun enfant ne doit être traité injustement en ligne, quels que soient sa nationalité, sa religion ou son handicap.
net-fair-quiz-any-reason-true =
    .feedback = Oui. Chaque enfant a les mêmes droits, sans aucune discrimination.
net-fair-quiz-any-reason-false =
    .feedback = En fait, c'est vrai : la Convention relative aux droits de l'enfant protège chaque enfant, sans exception.

net-fair-quiz-classmate-tells = Un camarade te confie que des gens publient sans arrêt des commentaires blessants sur son handicap. Que fais-tu ?
net-fair-quiz-classmate-tells-just-online = Je lui dis d'ignorer : ce n'est qu'en ligne.
    .feedback = Les mots en ligne peuvent blesser autant que ceux qu'on dit en face, et les ignorer ne les arrête pas toujours. Il mérite du soutien, pas du silence.
net-fair-quiz-classmate-tells-listen-help = Je l'écoute, je lui dis que ce n'est pas sa faute, et je l'aide à en parler à un adulte de confiance et à signaler les commentaires.
    .feedback = Oui. Ton soutien, l'aide d'un adulte et le signalement, ensemble, lui donnent la meilleure chance que ça s'arrête.
net-fair-quiz-classmate-tells-delete-accounts = Je lui conseille de supprimer tous ses comptes, pour ne plus jamais lire un seul commentaire.
    .feedback = Il n'a rien fait de mal. S'éloigner peut soulager un moment, mais bloquer, signaler et demander l'aide d'un adulte règlent le problème lui-même.
