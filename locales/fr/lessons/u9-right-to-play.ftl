## Leçon : C'est l'heure de jouer ! (moins de 9 ans)

u9-right-to-play = C'est l'heure de jouer !
    .summary = Chaque enfant a le droit de jouer, avec un écran ou sans écran.

u9-right-to-play-meet = Youssef joue à un jeu de puzzle sur la tablette de la famille. Sa petite sœur Salma arrive en courant : « Je peux jouer aussi ? »
    .alt = Youssef est assis sur un coussin avec une tablette. Sa petite sœur Salma court vers lui en souriant.

u9-right-to-play-share = Que doit faire Youssef ?
u9-right-to-play-share-say-no = Dire : « Pas question ! C'est mon jeu, et tu es trop petite. »
    .feedback = Salma serait triste et mise de côté. Les petits aussi ont le droit de jouer.
u9-right-to-play-share-take-turns = Dire : « Oui ! On joue chacun son tour. »
    .feedback = Bravo ! Jouer chacun son tour, c'est juste. Et à deux, c'est plus amusant.

u9-right-to-play-right = { -mascot } dit : chaque enfant a le droit de jouer et de s'amuser. Petits ou grands, filles ou garçons. Les jeux sur écran peuvent être amusants aussi !

u9-right-to-play-kind = Salma essaie le puzzle, mais elle se trompe. Elle est triste. Que peut dire Youssef ?
u9-right-to-play-kind-laugh = « Ha ha ! Tu es trop lente ! »
    .feedback = Se moquer fait de la peine, même dans un jeu. Salma n'aura peut-être plus envie de jouer.
u9-right-to-play-kind-help = « Bien essayé ! On le fait ensemble ? »
    .feedback = Oui ! Les mots gentils donnent du courage à Salma. Un jeu est plus joyeux quand on est gentil.

u9-right-to-play-new-game = Youssef voit un nouveau jeu sur le téléphone. Il a l'air génial. Il le veut tout de suite !
u9-right-to-play-new-game-download = Le télécharger tout de suite : tous ses copains y jouent !
    .feedback = Certains jeux sont faits pour les plus grands. Ils ne sont peut-être pas encore pour Youssef.
u9-right-to-play-new-game-ask = Demander d'abord à Maman de le regarder avec lui.
    .feedback = Bonne idée ! Un adulte peut vérifier que le jeu convient à son âge.

u9-right-to-play-eid = C'est l'Aïd ! Les cousins viennent à la maison. Il y a une tablette et cinq enfants. Que faire ?
u9-right-to-play-eid-grab = Tout le monde tire sur la tablette en même temps.
    .feedback = Tirer, ça fâche tout le monde, et la tablette peut tomber. Personne ne s'amuse comme ça.
u9-right-to-play-eid-turns = Jouer chacun son tour, puis jouer à cache-cache dans la cour.
    .feedback = Parfait ! Un tour sur la tablette, puis des jeux dehors. Comme ça, tout le monde joue.

u9-right-to-play-recap = Jouer, c'est ton droit, et le droit de chaque enfant. Attends ton tour et dis des mots gentils. Demande à un adulte avant un nouveau jeu.

## Quiz

u9-right-to-play-quiz-fair-play = Quelle image montre un jeu juste pour tous ?
u9-right-to-play-quiz-fair-play-turns = Deux enfants jouent chacun leur tour et sourient.
    .feedback = Oui ! Ils jouent chacun leur tour, alors tous les deux s'amusent.
u9-right-to-play-quiz-fair-play-grab = Un garçon garde la tablette loin de sa sœur. Elle est triste et seule.
    .feedback = Sa sœur est mise de côté. Partager et jouer chacun son tour, c'est plus juste.

u9-right-to-play-quiz-only-big = Seuls les grands enfants ont le droit de jouer.
u9-right-to-play-quiz-only-big-true =
    .feedback = Non. Tous les enfants ont le droit de jouer, les petits aussi.
u9-right-to-play-quiz-only-big-false =
    .feedback = Exact ! Chaque enfant, petit ou grand, a le droit de jouer.

u9-right-to-play-quiz-kind-words = Quels mots sont gentils pendant un jeu ? Choisis toutes les bonnes réponses.
    .hint = Pense aux mots qui te feraient sourire.
# address: none (words said to a friend in a game, not to the child)
u9-right-to-play-quiz-kind-words-too-little = « Tu es trop petit, tu ne sais pas jouer ! »
    .feedback = Ces mots mettent un ami de côté. Les petits apprennent en jouant.
u9-right-to-play-quiz-kind-words-good-try = « Bien essayé ! »
    .feedback = Oui. Ces mots donnent du courage à un ami.
u9-right-to-play-quiz-kind-words-i-won = « Ha ha ! J'ai gagné et toi, tu as perdu ! »
    .feedback = Gagner, c'est chouette, mais se moquer de celui qui perd le rend triste. Dis plutôt : « Merci pour la partie ! »
u9-right-to-play-quiz-kind-words-your-turn = « À toi de jouer ! »
    .feedback = Oui. Jouer chacun son tour, c'est juste et gentil.
u9-right-to-play-quiz-kind-words-so-slow = « Tu es trop lent ! »
    .feedback = Ces mots peuvent faire de la peine. Dis plutôt : « Bien essayé ! »

u9-right-to-play-quiz-new-game = Tu veux un nouveau jeu. Que fais-tu d'abord ?
    .hint = Qui t'aide à choisir ce qui est bon pour toi ?
u9-right-to-play-quiz-new-game-friend-has = Je le télécharge tout de suite : mon copain d'école l'a déjà.
    .feedback = Ton copain est peut-être plus grand que toi. Ce jeu n'est peut-être pas pour ton âge. Demande d'abord à un adulte.
u9-right-to-play-quiz-new-game-ask = Je demande à un adulte de le regarder avec moi d'abord.
    .feedback = Oui ! Un adulte t'aide à choisir un jeu pour ton âge.
u9-right-to-play-quiz-new-game-download = Je le télécharge vite, avant qu'on me voie.
    .feedback = Un jeu pour les plus grands n'est peut-être pas pour toi. Demander d'abord, c'est garder le jeu amusant.
