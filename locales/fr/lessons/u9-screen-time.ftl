## Leçon : Écran éteint, yeux reposés (moins de 9 ans)

u9-screen-time = Écran éteint, yeux reposés
    .summary = Les écrans, c'est amusant un moment. Ensuite, on se repose et on joue.

u9-screen-time-meet = Amal regarde des dessins animés sur le téléphone de Maman tout l'après-midi. Maintenant, ses yeux piquent et sont fatigués.
    .alt = Amal est assise sur le canapé avec un téléphone et se frotte les yeux. Le soleil de l'après-midi brille par la fenêtre.

u9-screen-time-eyes = Que doit faire Amal ?
u9-screen-time-eyes-more = Regarder encore un dessin animé. Et encore un !
    .feedback = Avec encore des dessins animés, ses yeux seront encore plus fatigués. Ils ont besoin de repos.
u9-screen-time-eyes-new-eyes = Aller au souk acheter des yeux neufs !
    .feedback = Ha ha ! Personne ne vend des yeux au souk. Amal doit reposer les siens.
u9-screen-time-eyes-switch-off = Éteindre le téléphone et aller jouer.
    .feedback = Oui ! Ses yeux se reposent et son corps bouge. Bon choix !

u9-screen-time-offline = À quoi Amal peut-elle jouer sans écran ?
u9-screen-time-offline-hopscotch = À la marelle dans la cour, avec ses cousines.
    .feedback = Quel bonheur ! Sauter et rire avec ses cousines, c'est un super jeu.
u9-screen-time-offline-draw = Dessiner avec ses crayons de couleur.
    .feedback = Très bien ! Elle peut dessiner et colorier tout ce qu'elle imagine.
u9-screen-time-offline-stare = Fixer l'écran éteint.
    .feedback = Ha ha ! Ce n'est pas un jeu. Cherchons plutôt quelque chose qui bouge et qui fait rire.

u9-screen-time-tip = { -mascot } dit : les écrans, c'est amusant, mais pas toute la journée. Repose tes yeux. Bouge ton corps. Joue avec ta famille et tes amis.

u9-screen-time-timer = Maman dit : « Encore dix minutes, puis on dîne. » Dring ! Le minuteur sonne. Que fait Amal ?
u9-screen-time-timer-shout = Elle crie : « Non ! Le dessin animé n'est pas fini, j'en veux encore ! »
    .feedback = C'est dur d'arrêter quelque chose d'amusant. Une grande respiration aide. Le dessin animé sera encore là demain.
u9-screen-time-timer-stop = Elle dit : « D'accord, Maman ! » et rend le téléphone.
    .feedback = Bravo, Amal ! S'arrêter à l'heure, c'est difficile, et tu as réussi. Maman est fière de toi.

u9-screen-time-bedtime = C'est l'heure de dormir. Où dort la tablette cette nuit ?
u9-screen-time-bedtime-pillow = Sous l'oreiller d'Amal, pour regarder un peu avant de dormir.
    .feedback = Le lit, c'est pour dormir, pas pour les écrans. La tablette peut dormir loin du lit d'Amal.
u9-screen-time-bedtime-charger = Sur son chargeur, dans le salon.
    .feedback = Oui ! La tablette se repose et se recharge. Amal se repose et dort. Bonne nuit !

u9-screen-time-recap = Les écrans, c'est amusant un moment, pas toute la journée. Quand tes yeux sont fatigués, éteins. Joue, bouge et parle avec ta famille. Quand c'est l'heure, arrête.

## Quiz

u9-screen-time-quiz-tired-eyes = Les yeux d'Amal sont fatigués. Quelle image montre une bonne idée ?
u9-screen-time-quiz-tired-eyes-rope = Amal saute à la corde dans la cour.
    .feedback = Oui ! Ses yeux se reposent pendant qu'elle joue et bouge.
u9-screen-time-quiz-tired-eyes-screen = Amal continue à regarder le téléphone dans le noir.
    .feedback = Ses yeux ont besoin de repos, loin de l'écran. Jouer ailleurs, c'est mieux.

u9-screen-time-quiz-far-from-bed = La nuit, c'est mieux que la tablette dorme loin de ton lit.
u9-screen-time-quiz-far-from-bed-true =
    .feedback = Exact ! Le lit, c'est pour dormir, pas pour les écrans. La tablette dort sur son chargeur.
u9-screen-time-quiz-far-from-bed-false =
    .feedback = C'est vrai, pourtant. Le lit, c'est pour dormir, pas pour les écrans. La tablette peut dormir sur son chargeur, loin de toi.

u9-screen-time-quiz-time-up = Le minuteur sonne. Ton temps d'écran est fini. Que fais-tu ?
    .hint = Qu'a fait Amal quand le minuteur a sonné ?
u9-screen-time-quiz-time-up-one-more = Je dis « Juste un dernier ! » encore et encore.
    .feedback = « Juste un dernier », ça peut durer toujours ! Arrête maintenant, tu joueras demain.
u9-screen-time-quiz-time-up-stop = J'arrête, même si le dessin animé n'est pas fini, et je rends le téléphone.
    .feedback = Oui ! S'arrêter à l'heure, c'est prendre soin de soi.
u9-screen-time-quiz-time-up-hide = Je me cache sous la couverture et je continue.
    .feedback = Se cacher, c'est casser la règle de la famille. Les adultes te font plus confiance quand tu t'arrêtes à l'heure.

u9-screen-time-quiz-without-screen = Lesquels n'ont pas besoin d'écran ? Choisis toutes les bonnes réponses.
u9-screen-time-quiz-without-screen-video-call = Un appel vidéo avec Mamie
    .feedback = Un appel vidéo, c'est chouette, mais il faut un écran. L'histoire de Mamie à la maison, non.
u9-screen-time-quiz-without-screen-football = Jouer au foot
    .feedback = Oui ! Un ballon et des amis, ça suffit.
u9-screen-time-quiz-without-screen-cartoons = Regarder des dessins animés
    .feedback = Les dessins animés ont besoin d'un écran. C'est amusant, mais pour un petit moment.
u9-screen-time-quiz-without-screen-grandma-story = Écouter une histoire de Mamie
    .feedback = Oui ! Les histoires de Mamie n'ont besoin que de tes oreilles.
