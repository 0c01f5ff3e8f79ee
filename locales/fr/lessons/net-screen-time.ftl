## Leçon : Prends le contrôle de ton temps d'écran (13-18 ans)

net-screen-time = Prends le contrôle de ton temps d'écran
    .summary = Observe comment les écrans agissent sur ton sommeil, ton humeur et tes études, et fixe des limites que tu choisis toi-même.

net-screen-time-late-night = C'est la semaine des examens. Khaled, 16 ans, se met au lit à 23 heures « juste pour vérifier un truc ». Une vidéo en entraîne une autre, le groupe de la classe n'arrête pas de vibrer, un jeu lui rappelle qu'une récompense l'attend. Quand il regarde l'horloge, il est deux heures du matin.
    .alt = Khaled est allongé dans son lit dans le noir, le visage éclairé par son téléphone ; une horloge au mur indique une heure tardive.

net-screen-time-morning = Le matin, il a du mal à se lever. À l'examen de physique, il lit la même question trois fois. Il connaît la réponse... quelque part dans sa tête. Il s'en veut : il n'a même pas aimé ces vidéos.
    .alt = Khaled bâille à sa table d'examen, la tête appuyée sur la main, une copie devant lui.

net-screen-time-screens-and-you = Les écrans sont formidables pour apprendre, discuter et se détendre, mais trop de temps d'écran n'est peut-être pas bon pour ton corps ni pour ton esprit. Les vidéos sans fin, les notifications et les récompenses pour revenir font filer le temps sans qu'on s'en rende compte. Utiliser un écran juste avant de dormir, et regarder son téléphone pendant la nuit, empêchent de bien dormir. Prendre le contrôle, ce n'est pas renoncer à ton téléphone : c'est toi qui décides, pas l'appli.

net-screen-time-tonight = Demain, c'est le dernier examen de Khaled. Quel plan l'aiderait le plus ce soir ?
net-screen-time-tonight-willpower = Garder le téléphone près de l'oreiller et compter sur sa volonté.
    .feedback = La volonté seule, c'est dur à minuit quand le téléphone vibre. Un plan marche mieux que de bonnes intentions.
net-screen-time-tonight-plan = Couper les notifications et laisser le téléphone charger hors de sa chambre une heure avant de dormir.
    .feedback = Bravo. Pas de vibrations, pas de tentation au lit, et son esprit se repose avant l'examen.
net-screen-time-tonight-all-night = Réviser toute la nuit sur son téléphone.
    .feedback = Réviser, c'est bien, mais un esprit fatigué a plus de mal à se concentrer pendant l'examen.

net-screen-time-buzz = Layla remarque qu'elle attrape son téléphone à chaque vibration, même pendant ses devoirs. Qu'est-ce qui pourrait l'aider ?
net-screen-time-buzz-do-not-disturb = Couper les notifications inutiles et activer le mode « ne pas déranger » pendant qu'elle travaille.
    .feedback = Oui. Les messages attendront, et elle pourra y répondre pendant une pause qu'elle aura choisie.
net-screen-time-buzz-face-down = Retourner le téléphone, écran vers le bas, en gardant le son.
    .feedback = Un petit pas, mais chaque vibration attirera encore son attention.
net-screen-time-buzz-answer-fast = Répondre tout de suite à chaque message pour ne rien rater.
    .feedback = Chaque réponse casse sa concentration, et les devoirs durent plus longtemps. Ses amis peuvent attendre un peu.

net-screen-time-own-limits = Fixe tes propres limites. Regarde combien de temps tu passes sur chaque appli : beaucoup de téléphones l'affichent dans leurs réglages. Choisis des moments sans écran, comme les repas en famille et la dernière heure avant de dormir. Coupe les notifications dont tu n'as pas besoin. Laisse ton téléphone hors de ta chambre la nuit. Et équilibre avec autre chose : le sport, les amis, la famille, la lecture. Tu peux aussi faire un plan avec ta famille : les adultes aussi en ont besoin.

net-screen-time-recap = Ton écran doit être à ton service, pas l'inverse. Protège ton sommeil : pas d'écran dans la dernière heure avant de dormir, et le téléphone hors de ta chambre la nuit. Coupe les notifications inutiles, fixe tes propres limites, et garde du temps pour les gens et les activités loin des écrans.

## Quiz

net-screen-time-quiz-sleep-help = Quelles habitudes t'aident à mieux dormir ? Choisis toutes les bonnes réponses.
net-screen-time-quiz-sleep-help-under-pillow = Garder ton téléphone sous l'oreiller en silencieux, pour voir l'heure si tu te réveilles
    .feedback = Même en silencieux, l'écran s'allume, et c'est très tentant de lire « juste un message » pendant la nuit. Un simple réveil fait l'affaire.
net-screen-time-quiz-sleep-help-charge-outside = Charger ton téléphone hors de ta chambre la nuit
    .feedback = Oui. Pas de vibrations, et pas de tentation de le regarder pendant la nuit.
net-screen-time-quiz-sleep-help-scroll-in-bed = Regarder des vidéos au lit jusqu'à avoir sommeil
    .feedback = C'est souvent l'inverse qui se passe : une vidéo en entraîne une autre, et tu t'endors plus tard.
net-screen-time-quiz-sleep-help-last-check = Jeter un dernier coup d'œil au groupe de la classe avant de fermer les yeux, pour ne rien manquer
    .feedback = Un dernier coup d'œil en entraîne souvent d'autres, et un nouveau message peut te trotter dans la tête. Les messages seront encore là demain matin.

net-screen-time-quiz-give-up = Prendre le contrôle de son temps d'écran, c'est renoncer à son téléphone.
net-screen-time-quiz-give-up-true =
    .feedback = Pas du tout. C'est l'utiliser comme tu le choisis, en gardant du temps pour dormir, étudier et voir les gens.
net-screen-time-quiz-give-up-false =
    .feedback = Exact. Le but, c'est l'équilibre : c'est toi qui décides quand et comment, pas l'appli.

net-screen-time-quiz-exam-week = Yassine révise son bac à Alger. Quel est le plan le plus malin pour son téléphone pendant la semaine des examens ?
    .hint = Pense à ce dont son esprit a besoin la veille d'un examen.
net-screen-time-quiz-exam-week-always-on = Le garder à côté de ses livres pour suivre le groupe de la classe et ne rater aucune nouvelle sur l'examen.
    .feedback = Chaque vibration détourne son attention. Il peut regarder le groupe pendant une pause prévue : les vraies nouvelles seront encore là.
net-screen-time-quiz-exam-week-all-night = Réviser dessus toute la nuit, et dormir après l'examen.
    .feedback = Un esprit fatigué a plus de mal à se concentrer et à se souvenir pendant l'examen.
net-screen-time-quiz-exam-week-plan = Le mettre en silencieux quand il révise, le regarder aux pauses et l'éloigner la nuit.
    .feedback = Oui. De courtes pauses prévues aident, et une nuit calme l'aide à se concentrer le lendemain.

net-screen-time-quiz-before-bed = Utiliser un écran juste avant de dormir peut rendre l'endormissement plus difficile.
net-screen-time-quiz-before-bed-true =
    .feedback = Oui. C'est pour ça qu'il vaut mieux arrêter les écrans un moment avant de dormir et éloigner le téléphone du lit.
net-screen-time-quiz-before-bed-false =
    .feedback = En fait, c'est vrai : un écran juste avant de dormir rend l'endormissement plus difficile. Range-le un moment avant.

net-screen-time-quiz-balance = Layla remarque qu'elle passe trois heures sur son téléphone chaque après-midi, et qu'elle se sent ensuite fatiguée et de mauvaise humeur. Que devrait-elle essayer d'abord ?
net-screen-time-quiz-balance-delete-apps = Supprimer toutes ses applis ce soir, pour ne plus être tentée
    .feedback = C'est difficile à tenir, et elle perdrait aussi des choses utiles, comme le groupe de sa classe. Des limites raisonnables marchent mieux.
net-screen-time-quiz-balance-own-plan = Se fixer une limite par jour avec un minuteur d'applis, et prévoir une activité qu'elle aime loin de l'écran
    .feedback = Oui. Une limite qu'elle choisit elle-même, avec quelque chose d'agréable à faire à la place, est plus facile à tenir.
net-screen-time-quiz-balance-nothing = Rien : tout le monde passe autant de temps sur son téléphone à son âge
    .feedback = Ce qu'elle ressent compte. Si les écrans la laissent fatiguée et de mauvaise humeur, ça vaut la peine de changer quelque chose, quoi que fassent les autres. En parler à un parent ou à un autre adulte de confiance peut aussi aider.
