## Leçon : Jeux et dépenses (9-12 ans)

games-spending = Jeux et dépenses
    .summary = Découvre comment les jeux poussent les joueurs à dépenser de l'argent réel, et comment en décider avec ta famille.

games-spending-eid = C'est l'Aïd ! Karim a dix ans, et il reçoit l'argent de l'Aïd de son grand-père, de ses tantes et de ses oncles. Son jeu de foot préféré est gratuit à télécharger, et il y joue sur le téléphone de maman.
    .alt = Sous des lanternes colorées, grand-père tend une enveloppe verte à Karim. Une image de croissant de lune est accrochée au mur.

games-spending-chest = Un coffre brillant apparaît dans le jeu : « Coffre mystère ! Peut-être un joueur en or à l'intérieur ! Plus que 2 heures ! » Il coûte 500 gemmes, et les gemmes s'achètent avec de l'argent réel. La carte de maman est enregistrée dans le téléphone : un seul appui suffirait.
    .alt = Karim regarde le téléphone. L'écran montre un coffre au trésor lumineux, des gemmes bleues, une horloge et un bouton vert. Une carte bancaire est reliée au téléphone par un pointillé.

games-spending-buy-now = Que ferais-tu à la place de Karim ?
games-spending-buy-now-tap-buy = Appuyer tout de suite, et rembourser maman plus tard avec l'argent de l'Aïd.
    .feedback = Utiliser la carte d'un parent sans demander, ce n'est pas correct, même si tu comptes rembourser. Et le coffre ne contient peut-être pas le joueur que tu veux.
games-spending-buy-now-free-gems = Chercher un site qui promet des gemmes gratuites.
    .feedback = Les sites qui promettent des gemmes gratuites peuvent être des pièges qui demandent ton mot de passe ou installent des programmes malveillants.
games-spending-buy-now-ask-mum = S'arrêter, demander à maman, et décider ensemble si une partie de l'argent de l'Aïd peut aller au jeu.
    .feedback = Bravo ! Demander d'abord, c'est toujours la bonne idée. Ensemble, vous décidez ce qui vaut la peine d'être acheté.

games-spending-real-money = Les pièces, gemmes et diamants des jeux s'achètent souvent avec de l'argent réel. Une loot box, ou coffre mystère, c'est quelque chose qu'on paie sans savoir ce qu'il y a dedans, et le prix rare qu'elle affiche est souvent difficile à obtenir. Beaucoup de jeux gratuits gagnent leur argent grâce à ce que les joueurs achètent à l'intérieur. Alors n'utilise jamais la carte ou le code d'un parent sans demander, prends ton temps quand un jeu te dit de te dépêcher, et fixe un budget de jeu avec ta famille.

games-spending-budget = Karim s'assoit avec ses parents et son argent de l'Aïd. Ils se mettent d'accord ensemble : une partie va dans sa tirelire, une partie sert à acheter un cadeau pour sa petite sœur, et une petite partie est pour le jeu, à dépenser pour quelque chose auquel il a réfléchi pendant une journée entière.
    .alt = Karim et ses parents sont derrière trois bocaux posés sur une table : un plein de pièces, un avec un cadeau et un avec une manette de jeu.

games-spending-more-power = Une semaine plus tard, Karim a dépensé son argent de jeu. Le jeu n'arrête pas de clignoter : « Ton équipe est faible ! Achète de la puissance maintenant ! » Que doit faire Karim ?
games-spending-more-power-next-month = Demander à utiliser tout de suite l'argent du mois prochain.
    .feedback = La famille a décidé le budget ensemble. S'il change au premier message qui clignote, il ne sert plus à rien.
games-spending-more-power-keep-playing = Continuer à jouer avec ce qu'il a. Le jeu reste amusant sans payer.
    .feedback = Super ! Ce message est là pour le faire acheter. Un joueur malin profite du jeu et s'en tient au plan de la famille.
games-spending-more-power-ask-secretly = Demander plus d'argent à grand-père, sans le dire à papa et maman.
    .feedback = Dépenser en cachette, ça empêche le plan de la famille de marcher. Si Karim veut vraiment quelque chose, il peut en parler franchement avec ses parents.

games-spending-recap = Les gemmes et les pièces coûtent de l'argent réel. Avec une loot box, on paie sans savoir ce qu'on aura. N'utilise jamais la carte ou le code d'un parent sans demander. Fixe un budget avec ta famille, ne te laisse pas presser par un compte à rebours, et profite du jeu.

## Quiz

games-spending-quiz-pretend-money = Les gemmes et les pièces d'un jeu, c'est pour de faux : les dépenser n'a pas d'importance.
    .hint = D'où viennent les gemmes ?
games-spending-quiz-pretend-money-true =
    .feedback = C'est faux. Les gemmes s'achètent souvent avec de l'argent réel, celui d'une carte de la famille ou de ton argent de l'Aïd.
games-spending-quiz-pretend-money-false =
    .feedback = Exact. Derrière les gemmes, il y a souvent de l'argent réel.

games-spending-quiz-loot-box = Qu'est-ce qu'une loot box, ou coffre mystère ?
games-spending-quiz-loot-box-choose-prize = Une boîte où tu choisis ton prix
    .feedback = Non. Avec une loot box, tu ne choisis pas : le prix est tiré au hasard.
games-spending-quiz-loot-box-random = Une boîte qu'on paie sans savoir ce qu'il y a dedans
    .feedback = Oui. Et le prix rare qu'elle affiche est souvent difficile à obtenir.
games-spending-quiz-loot-box-always-free = Un cadeau gratuit offert par le jeu
    .feedback = Certaines boîtes se gagnent en jouant, mais beaucoup coûtent des gemmes ou de l'argent réel.

games-spending-quiz-saved-card = La carte du papa de Walid est enregistrée dans le téléphone. Un nouveau skin ne coûte qu'un appui. Que doit faire Walid ?
games-spending-quiz-saved-card-one-tap = Appuyer : ce n'est pas grand-chose, papa ne dira rien.
    .feedback = Les petites sommes s'additionnent, et c'est l'argent de papa. Il faut demander d'abord, à chaque fois.
games-spending-quiz-saved-card-ask-first = Demander d'abord à papa.
    .feedback = Oui. Demander d'abord, c'est juste, et ça évite les mauvaises surprises à la famille.
games-spending-quiz-saved-card-use-pin = Utiliser le code qu'il a vu papa taper.
    .feedback = Un code est privé. L'utiliser sans demander n'est pas correct, même pour un petit achat.
games-spending-quiz-saved-card-pay-back = Appuyer tout de suite, et rembourser papa plus tard avec son argent de l'Aïd.
    .feedback = Même s'il rembourse, utiliser la carte de papa sans demander n'est pas correct. En demandant d'abord, ils décident ensemble si le skin en vaut la peine.

games-spending-quiz-hurry = Qu'est-ce qui peut pousser les joueurs à dépenser vite ? Choisis toutes les bonnes réponses.
    .hint = Cherche ce qui te donne l'impression de devoir acheter tout de suite.
games-spending-quiz-hurry-timer = Un compte à rebours : « Plus que 2 heures ! »
    .feedback = Oui. Un compte à rebours donne l'impression qu'il faut se dépêcher. Tu peux toujours prendre ton temps.
games-spending-quiz-hurry-everyone-has = Un message : « Tous tes amis ont le nouveau skin ! »
    .feedback =
        { $address ->
            [f] Oui. Il peut te donner l'impression d'être mise à l'écart, pour que tu aies envie d'acheter.
           *[m] Oui. Il peut te donner l'impression d'être mis à l'écart, pour que tu aies envie d'acheter.
        }
games-spending-quiz-hurry-pause-button = Un bouton pour mettre le jeu en pause
    .feedback = Un bouton pause ne te demande de rien dépenser.
games-spending-quiz-hurry-parent-ok = Un réglage qui demande l'accord d'un parent avant chaque achat
    .feedback = Ce réglage ralentit les dépenses : il te laisse, à toi et à tes parents, le temps de réfléchir avant de payer.
games-spending-quiz-hurry-real-price = Le prix affiché en vrai argent, pas seulement en gemmes
    .feedback = Voir le vrai prix aide à réfléchir avant d'acheter : ça va contre la précipitation.

games-spending-quiz-budget = Fixer un budget de jeu avec ta famille t'aide à profiter des jeux sans mauvaises surprises.
games-spending-quiz-budget-true =
    .feedback = Oui. Quand tout le monde est d'accord sur le plan, personne n'a de mauvaise surprise, et tu profites de ton jeu.
games-spending-quiz-budget-false =
    .feedback = C'est faux : ça aide. Un budget décidé ensemble, c'est zéro surprise pour tout le monde.
