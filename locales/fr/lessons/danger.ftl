## Leçon : Danger ? (9-12 ans)

danger = Danger ?
    .summary = Apprends à repérer les signaux d'alerte quand quelqu'un en ligne en demande trop, et ce qu'il faut faire.

danger-meet = Youssef a onze ans. Après l'école, il joue à un jeu de foot sur la tablette de la famille. Un joueur appelé StarDuTerrain rejoint souvent son équipe. Il dit avoir douze ans, et à chaque fois il lui écrit : « Tu es le meilleur joueur que j'aie jamais vu ! »
    .alt = Youssef, assis sur un coussin rouge, joue au foot sur la tablette de la famille. À côté de lui flottent des bulles de discussion avec des cœurs et des étoiles.

danger-gift = Un jour, StarDuTerrain écrit : « Je t'envoie 500 pièces gratuites. Parlons plutôt sur une autre appli, c'est plus privé. Envoie-moi une photo de toi. Et ne dis rien à tes parents, c'est notre secret. »
    .alt = Une discussion sur un écran de téléphone : une bulle avec des pièces et un cadeau, une bulle avec un appareil photo, une bulle avec un cadenas et une flèche vers une autre appli. Un drapeau rouge est planté à côté.

danger-what-now = Que ferais-tu à la place de Youssef ?
danger-what-now-take-coins = Prendre les pièces et passer sur l'autre appli. Il est sympa.
    .feedback = Beaucoup de compliments et des cadeaux gratuits : c'est ainsi que certaines personnes gagnent très vite la confiance d'un enfant. Une appli privée où personne d'autre ne voit la discussion, plus un secret : ce sont deux signaux d'alerte.
danger-what-now-ask-proof = Lui demander de prouver qu'il a vraiment douze ans.
    .feedback =
        { $address ->
            [f] N'importe qui peut mentir ou envoyer la photo de quelqu'un d'autre. Ce n'est pas à toi de découvrir la vérité toute seule : c'est le rôle d'un adulte de confiance.
           *[m] N'importe qui peut mentir ou envoyer la photo de quelqu'un d'autre. Ce n'est pas à toi de découvrir la vérité tout seul : c'est le rôle d'un adulte de confiance.
        }
danger-what-now-tell-dad = Arrêter de répondre, montrer les messages à papa et bloquer StarDuTerrain avec lui.
    .feedback =
        { $address ->
            [f] Bravo ! Tu t'es arrêtée avant de partager quoi que ce soit. Un adulte de confiance peut t'aider à bloquer et à signaler ce joueur. Et tu n'as rien fait de mal.
           *[m] Bravo ! Tu t'es arrêté avant de partager quoi que ce soit. Un adulte de confiance peut t'aider à bloquer et à signaler ce joueur. Et tu n'as rien fait de mal.
        }

danger-warning-signs = En ligne, les gens ne sont pas toujours ceux qu'ils disent être. Un « garçon de douze ans » peut être un adulte, et sa jolie photo peut appartenir à quelqu'un d'autre. Repère les signaux d'alerte : trop de compliments, des cadeaux ou des crédits de jeu pour rien, des demandes de photos de toi, l'envie de passer sur une discussion privée, ou des secrets à cacher à ta famille. Un seul signal suffit : ne réponds pas, bloque, et parles-en à un adulte de confiance.

danger-photo = Imane a douze ans et habite à Oran. Elle n'a pas l'âge d'avoir son propre compte WhatsApp (il faut au moins 13 ans, et plus dans certains pays) : elle discute donc avec ses cousines sur le téléphone de sa maman. Un soir, un numéro inconnu lui écrit : « Salut Imane ! Je suis un ami de ta cousine Sara. Sara dit que tu es la plus maligne de la famille ! Envoie-moi une photo de toi, et gardons notre discussion secrète. » Que doit faire Imane ?
    .alt = Imane tient le téléphone de sa maman, où un message demande une photo. Un drapeau rouge est planté près d'elle, et sa maman est dans la cuisine, tout près.
danger-photo-send-it = Envoyer une photo : il connaît Sara, ce n'est pas un inconnu.
    .feedback = Citer un prénom ne prouve rien : n'importe qui peut dire « je connais ta cousine ». Et une fois envoyée, une photo peut être enregistrée et partagée. Impossible de la récupérer.
danger-photo-ask-who = Lui demander qui il est et discuter un peu pour voir.
    .feedback = Discuter laisse la porte ouverte. Quelqu'un qui demande une photo et un secret a déjà montré deux signaux d'alerte. Mieux vaut ne pas répondre du tout.
danger-photo-tell-mum = Ne pas répondre, montrer le message à maman et bloquer le numéro avec elle.
    .feedback = Excellent choix ! Maman peut vérifier auprès de la famille de Sara, puis elles bloquent le numéro ensemble. Quelqu'un qui te demande de cacher tes discussions à ta famille montre un signal d'alerte.

danger-recap = Certaines personnes en ligne se font passer pour quelqu'un d'autre. Les compliments à n'en plus finir, les cadeaux, les demandes de photos ou de secrets, et le passage à une discussion privée sont des signaux d'alerte. Ne réponds pas, bloque, et parles-en à un adulte de confiance. Tu n'auras pas d'ennuis pour l'avoir dit.

## Quiz

danger-quiz-which-signs = Lesquels sont des signaux d'alerte dans une discussion avec quelqu'un que tu ne connais qu'en ligne ? Choisis toutes les bonnes réponses.
danger-quiz-which-signs-keep-secret = Il te demande de garder vos discussions secrètes
    .feedback = Oui. Une personne sûre ne demande pas à un enfant de cacher des choses à sa famille.
danger-quiz-which-signs-free-credit = Il t'offre des crédits de jeu pour rien
    .feedback = Oui. Un cadeau pour rien, c'est un moyen de gagner vite ta confiance.
danger-quiz-which-signs-good-game = Il écrit « bien joué » à la fin d'un match
    .feedback = C'est juste de la politesse entre joueurs. Ça ne te demande rien.
danger-quiz-which-signs-private-app = Il veut passer sur une autre appli, plus privée
    .feedback = Oui. Dans une discussion privée, personne d'autre ne voit ce qu'il te dit.
danger-quiz-which-signs-play-again = Il propose de refaire un match ensemble demain
    .feedback = Vouloir rejouer, c'est normal dans un jeu. Ça devient un signal d'alerte quand ça vient avec des secrets, des cadeaux, des demandes de photos ou le passage à une discussion privée.

danger-quiz-profile-photo = Si la photo de profil d'un joueur montre un enfant, c'est forcément un enfant.
    .hint = Demande-toi qui choisit la photo de profil.
danger-quiz-profile-photo-true =
    .feedback = C'est faux. N'importe qui peut mettre n'importe quelle photo, même une photo prise à quelqu'un d'autre. Une photo ne prouve rien.
danger-quiz-profile-photo-false =
    .feedback = Exact. N'importe qui peut choisir n'importe quelle photo et n'importe quel âge. En ligne, les gens ne sont pas toujours ceux qu'ils disent être.

danger-quiz-photo-request = Quelqu'un que tu ne connais que par un jeu te demande une photo de toi. Que faire ?
danger-quiz-photo-request-old-photo = Envoyer une vieille photo, ou une où mon visage se voit mal.
    .feedback = N'importe quelle photo de toi peut être enregistrée et partagée, et tu ne peux pas la récupérer une fois envoyée. C'est la demande elle-même, le signal d'alerte.
danger-quiz-photo-request-ask-why = Lui demander pourquoi il la veut.
    .feedback = Quelle que soit la réponse, la demande elle-même est un signal d'alerte. Mieux vaut arrêter la discussion.
danger-quiz-photo-request-tell-adult = Ne pas répondre et en parler à un adulte de confiance.
    .feedback = Oui. Un adulte de confiance peut t'aider à bloquer et à signaler ce joueur.

danger-quiz-gift-secret = Un joueur te dit : « Je te donne un skin spécial, mais ne le dis à personne. » Qu'est-ce que ça montre ?
    .hint = Regarde ce qui accompagne le cadeau.
danger-quiz-gift-secret-generous = Il est simplement généreux.
    .feedback = Un cadeau qui vient avec un secret, ce n'est pas de la gentillesse. C'est une ruse pour gagner ta confiance.
danger-quiz-gift-secret-warning = Deux signaux d'alerte à la fois : un cadeau, et un secret à garder.
    .feedback = Exactement. Arrête-toi, ne réponds pas, et parles-en à un adulte de confiance.
danger-quiz-gift-secret-lucky = C'est mon jour de chance : les skins coûtent cher !
    .feedback = Les cadeaux de quelqu'un que tu ne connais qu'en ligne peuvent servir à gagner ta confiance. Parles-en à un adulte de confiance.

danger-quiz-could-be-adult = Un joueur qui dit avoir douze ans peut en réalité être un adulte.
danger-quiz-could-be-adult-true =
    .feedback = Exact. N'importe qui peut écrire n'importe quel âge et mettre la photo de quelqu'un d'autre. C'est pour ça qu'un seul signal d'alerte suffit pour s'arrêter et en parler à un adulte de confiance.
danger-quiz-could-be-adult-false =
    .feedback = Si, c'est possible. En ligne, on peut mentir sur son âge et utiliser la photo de quelqu'un d'autre. Un seul signal d'alerte suffit : arrête-toi et parles-en à un adulte de confiance.
