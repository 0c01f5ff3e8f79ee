## Leçon : Réfléchis à deux fois avant un rendez-vous (13-18 ans)

net-meeting = Réfléchis à deux fois avant de rencontrer quelqu'un d'Internet
    .summary = En ligne, les gens ne sont pas toujours ceux qu'ils prétendent être : repère les signaux d'alerte et fais de chaque rencontre une rencontre sûre.

net-meeting-new-friend = Noor a 15 ans et adore dessiner. Depuis deux mois, elle discute avec « Dana », qui dit avoir 16 ans et suit les mêmes pages d'art que Noor. Dana est drôle, complimente chaque dessin et semble toujours la comprendre.
    .alt = Noor dessine à son bureau ; son téléphone affiche une discussion avec un compte dont la photo montre une fille souriante.

net-meeting-the-request = Un jour, Dana écrit : « On se voit vendredi au centre commercial près de ton école ! Viens seule, et ne dis rien à tes parents, ils ne comprendraient pas. Ce sera notre secret. » Elle ajoute que sa caméra est cassée, donc impossible de faire un appel vidéo.
    .alt = Un téléphone avec des bulles de discussion et un calendrier ; Noor fronce les sourcils, pensive.

net-meeting-warning-signs = Les gens rencontrés en ligne ne sont pas toujours ceux qu'ils prétendent être : une photo, un prénom et un âge se falsifient facilement. Il y a des signaux d'alerte : quelqu'un qui te pousse à le rencontrer, qui te demande de garder vos discussions secrètes ou de ne rien dire à ta famille et à tes amis, qui réclame tes informations personnelles ou des photos de toi, ou qui attend que tu sois disponible et que tu répondes tout le temps. Si une discussion te met mal à l'aise, tu peux arrêter, bloquer et en parler à un adulte de confiance. Tu n'auras pas d'ennuis pour ça.

net-meeting-noor-choice = Que doit faire Noor ?
net-meeting-noor-choice-go-alone = Y aller : elles discutent depuis deux mois, Dana est une vraie amie.
    .feedback = Deux mois de discussion ne prouvent pas qui est quelqu'un. Lui demander de venir seule et de le cacher à ses parents, ce sont des signaux d'alerte.
net-meeting-noor-choice-take-friend = Y aller, mais avec une copine de l'école.
    .feedback = Mieux que d'y aller seule, mais deux filles qui rencontrent en secret une personne qu'elles ne connaissent pas vraiment restent en danger. Les adultes doivent être au courant.
net-meeting-noor-choice-tell-mum = Montrer la discussion à sa mère avant de répondre quoi que ce soit.
    .feedback = Bravo. Une vraie amie comprendra. Et si Dana n'est pas celle qu'elle prétend, sa mère peut aider Noor à bloquer et signaler le compte.

net-meeting-safe-meeting =
    { $address ->
        [f] Si un jour tu veux rencontrer en vrai un ami connu en ligne : parles-en d'abord à tes parents et obtiens leur accord. Ne va jamais au rendez-vous seule : un parent ou un autre adulte de confiance t'accompagne. Retrouvez-vous dans un lieu public fréquenté, en journée. Dis à ta famille où tu seras et quand tu rentreras. Et pars tout de suite si quelque chose te semble bizarre. Quelqu'un qui se fâche contre ces règles te montre un signal d'alerte.
       *[m] Si un jour tu veux rencontrer en vrai un ami connu en ligne : parles-en d'abord à tes parents et obtiens leur accord. Ne va jamais au rendez-vous seul : un parent ou un autre adulte de confiance t'accompagne. Retrouvez-vous dans un lieu public fréquenté, en journée. Dis à ta famille où tu seras et quand tu rentreras. Et pars tout de suite si quelque chose te semble bizarre. Quelqu'un qui se fâche contre ces règles te montre un signal d'alerte.
    }

net-meeting-gift = Le coéquipier d'Omar dans un jeu en ligne, qui dit avoir 17 ans, propose de lui offrir du crédit de jeu « en cadeau » et lui demande son numéro de téléphone « pour discuter plus facilement ». Que doit faire Omar ?
    .alt = Omar joue sur une tablette ; l'écran montre une boîte cadeau et une bulle de discussion avec un petit téléphone dessiné dedans.
net-meeting-gift-give-number = Lui donner son numéro : c'est un bon coéquipier.
    .feedback = Un numéro ouvre une ligne privée que personne d'autre ne voit. Les informations personnelles, c'est pour les gens qu'on connaît dans la vraie vie.
net-meeting-gift-keep-game = Refuser poliment le cadeau, continuer à discuter seulement dans le jeu, et prévenir ses parents.
    .feedback = Bravo. Il continue à jouer, ses informations restent privées, et ses parents savent ce qui se passe.
net-meeting-gift-gift-only = Accepter le cadeau sans donner son numéro.
    .feedback = Un cadeau peut lui donner l'impression de devoir quelque chose à cette personne. Mieux vaut refuser et prévenir un parent.

net-meeting-recap =
    { $address ->
        [f] En ligne, les gens ne sont pas toujours ceux qu'ils prétendent être. Les secrets, la pression pour se rencontrer et les demandes d'informations personnelles ou de photos sont des signaux d'alerte. Ne rencontre jamais seule quelqu'un connu en ligne : parles-en à tes parents, fais-toi accompagner par un adulte de confiance et choisis un lieu public fréquenté. Si quelque chose te semble bizarre, arrête, bloque et préviens un adulte.
       *[m] En ligne, les gens ne sont pas toujours ceux qu'ils prétendent être. Les secrets, la pression pour se rencontrer et les demandes d'informations personnelles ou de photos sont des signaux d'alerte. Ne rencontre jamais seul quelqu'un connu en ligne : parles-en à tes parents, fais-toi accompagner par un adulte de confiance et choisis un lieu public fréquenté. Si quelque chose te semble bizarre, arrête, bloque et préviens un adulte.
    }

## Quiz

net-meeting-quiz-warning-signs = Lesquels sont des signaux d'alerte dans une amitié en ligne ? Choisis toutes les bonnes réponses.
net-meeting-quiz-warning-signs-same-game = La personne aime le même jeu et en parle avec toi dans le jeu
    .feedback = Partager une passion, c'est normal. Ce qui compte, c'est le comportement : secrets, pression, demandes.
net-meeting-quiz-warning-signs-secret = La personne te demande de cacher vos discussions à ta famille
    .feedback = Oui. Quelqu'un qui a de bonnes intentions n'a pas besoin que tu le caches à ta famille.
net-meeting-quiz-warning-signs-slow-replies = La personne met parfois un jour à répondre, parce qu'elle est occupée par les cours ou sa famille
    .feedback = C'est normal, ce n'est pas un signal d'alerte. Méfie-toi plutôt de la pression : secrets, hâte de se voir, demandes de photos ou d'informations.
net-meeting-quiz-warning-signs-photos = La personne demande des photos de toi ou ton adresse
    .feedback = Oui. Tes informations personnelles et tes photos peuvent servir à te retrouver ou à faire pression sur toi.

net-meeting-quiz-two-months =
    { $address ->
        [f] Si tu discutes avec quelqu'un depuis des mois, tu peux être sûre qu'il est bien celui qu'il prétend être.
       *[m] Si tu discutes avec quelqu'un depuis des mois, tu peux être sûr qu'il est bien celui qu'il prétend être.
    }
net-meeting-quiz-two-months-true =
    .feedback = Non. Le temps ne prouve rien : une photo, un prénom et un âge peuvent être faux pendant des mois.
net-meeting-quiz-two-months-false =
    .feedback = Exact. Même une longue amitié en ligne peut cacher une tout autre personne.

net-meeting-quiz-safer-meeting = Tes parents ont accepté que tu rencontres un ami de ton âge connu en ligne. Qu'est-ce qui rend la rencontre plus sûre ? Choisis toutes les bonnes réponses.
    .hint = Demande-toi : qui t'accompagne, et où ?
net-meeting-quiz-safer-meeting-friend-my-age = Venir avec un ami de ton âge plutôt qu'avec un adulte, pour que ce soit moins gênant
    .feedback = Un ami, c'est mieux que personne, mais deux ados seuls ne peuvent pas réagir à un problème comme un adulte. Fais-toi accompagner par un adulte de confiance.
net-meeting-quiz-safer-meeting-adult-comes = Un parent ou un autre adulte de confiance t'accompagne
    .feedback = Oui. Si la personne n'est pas celle qu'elle prétendait, un adulte est là avec toi.
net-meeting-quiz-safer-meeting-their-house = Aller chez la personne, c'est plus calme et plus facile pour discuter
    .feedback = Dans un lieu privé, personne n'est là si quelque chose tourne mal. Choisis un lieu public fréquenté.
net-meeting-quiz-safer-meeting-busy-daytime = Se retrouver dans un lieu public fréquenté, en journée
    .feedback = Oui. Il y a du monde autour, et c'est facile de partir.
net-meeting-quiz-safer-meeting-family-knows = Ta famille sait où tu seras et quand tu rentreras
    .feedback = Oui. Si quelque chose change ou te semble bizarre, elle sait où te trouver.

net-meeting-quiz-tell-adult = Si une discussion te met mal à l'aise, tu peux arrêter, bloquer la personne et en parler à un adulte, même si tu penses avoir fait une erreur.
net-meeting-quiz-tell-adult-true =
    .feedback = Oui. Tu n'auras pas d'ennuis pour avoir demandé de l'aide : l'adulte est là pour te protéger.
net-meeting-quiz-tell-adult-false =
    .feedback = Tu le peux toujours. Quoi qu'il se soit passé, en parler à un adulte de confiance est la meilleure chose à faire, et le fautif, c'est celui qui t'a mis la pression.

net-meeting-quiz-secret-msg = Quelqu'un rencontré en ligne t'écrit : « Ne parle de nos discussions à personne. Tes parents en feraient toute une histoire. » Que fais-tu ?
net-meeting-quiz-secret-msg-ask-why = Je lui demande pourquoi ça doit rester secret, et je décide d'après sa réponse s'il est fiable.
    .feedback = Sa réponse pourrait sembler convaincante, mais c'est la demande elle-même qui est le signal d'alerte. Mieux vaut montrer le message à un adulte.
net-meeting-quiz-secret-msg-show-parent = Je montre le message à un parent ou à un autre adulte de confiance.
    .feedback = Oui. Qu'on te demande de garder des secrets envers ta famille est un signal d'alerte, et un adulte peut t'aider à bloquer et signaler.
net-meeting-quiz-secret-msg-keep-secret = Je garde le secret : il a toujours été gentil avec moi, et en parler trahirait sa confiance.
    .feedback = Une vraie amitié n'a pas besoin d'être cachée à ta famille. Ce secret le protège lui, pas toi.
