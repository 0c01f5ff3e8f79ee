## Leçon : C'est à moi (moins de 9 ans)

u9-privacy = C'est à moi
    .summary = Ton nom, ta maison et ta photo sont privés. Demande avant de partager.

u9-privacy-meet = Hamza joue à un jeu sur le téléphone de la famille. Une fenêtre s'ouvre : « Comment tu t'appelles ? Où habites-tu ? »
    .alt = Hamza tient le téléphone de la famille. Sur l'écran, une bulle montre une maison et un point d'interrogation.

u9-privacy-name = Que doit faire Hamza ?
u9-privacy-name-type = Écrire son nom complet et le nom de sa rue.
    .feedback = Ton nom et ta maison sont privés. Les gens d'un jeu n'en ont pas besoin.
u9-privacy-name-ask = S'arrêter et montrer l'écran à Maman.
    .feedback = Oui ! Maman peut l'aider à fermer la fenêtre et à garder ses informations pour lui.

u9-privacy-private = Écoute { -mascot } ! Ton nom complet, ta maison, ton école et ta photo sont privés. Demande à un adulte avant de les partager.

u9-privacy-player-name = Le jeu demande à Hamza de choisir un nom de joueur. Lequel est le meilleur ?
u9-privacy-player-name-full = Son vrai nom complet.
    .feedback = Ton vrai nom dit aux inconnus qui tu es. Un nom rigolo, c'est plus sûr.
u9-privacy-player-name-fun = Un nom rigolo, comme « Faucon vert ».
    .feedback = Oui ! Un nom rigolo te protège, et en plus il est chouette.

u9-privacy-photo = Hamza prend une photo rigolote de sa sœur Nour en pyjama. Il veut l'envoyer au groupe des cousins.
    .alt = Hamza rit devant une photo sur le téléphone. Sa sœur Nour, en pyjama, a l'air surprise.
u9-privacy-photo-send = L'envoyer : elle est trop drôle, les cousins vont rire !
    .feedback = Nour pourrait être gênée. C'est sa photo, alors c'est Nour qui décide.
u9-privacy-photo-ask = Demander d'abord à Nour. Si elle dit non, ne pas l'envoyer.
    .feedback = Oui ! Demande toujours avant de partager la photo de quelqu'un.

u9-privacy-family-phone = Un message pour Papa arrive sur le téléphone de la famille. Que fait Hamza ?
u9-privacy-family-phone-read = Le lire et répondre, pour aider Papa.
    .feedback = Ce message est pour Papa. Les messages des autres sont privés, eux aussi.
u9-privacy-family-phone-give = Donner le téléphone à Papa.
    .feedback = Oui ! Les messages de Papa sont pour Papa. C'est respecter sa vie privée.

u9-privacy-recap = Ton nom, ta maison, ton école et ta photo sont privés. Demande à un adulte avant de partager. Demande avant de partager la photo de quelqu'un. Les messages des autres sont à eux.

## Quiz

u9-privacy-quiz-can-type = Un jeu te pose des questions sur toi. Qu'est-ce que tu peux écrire ? Choisis toutes les bonnes réponses.
    .hint = Lesquels aideraient un inconnu à te trouver ?
u9-privacy-quiz-can-type-school = Le nom de mon école
    .feedback = Ton école dit aux inconnus où te trouver. Garde son nom pour toi.
u9-privacy-quiz-can-type-fun-name = Un nom rigolo, comme « Faucon vert »
    .feedback = Oui ! Un nom rigolo ne dit à personne qui tu es.
u9-privacy-quiz-can-type-full-name = Mon nom complet
    .feedback = Ton nom complet est privé. Garde-le loin des inconnus.
u9-privacy-quiz-can-type-street = Le nom de ma rue
    .feedback = Ta rue dit aux inconnus où est ta maison. Garde-la pour toi.

u9-privacy-quiz-profile = Quelle image est la meilleure pour ton profil de jeu ?
u9-privacy-quiz-profile-avatar = Un dessin de faucon
    .feedback = Oui ! Un dessin montre ce que tu aimes, et ton visage reste loin des inconnus.
u9-privacy-quiz-profile-selfie = Une photo de ton visage devant ta maison
    .feedback = Elle montre ton visage et ta maison aux inconnus. Choisis plutôt un dessin.

u9-privacy-quiz-your-photo = Si quelqu'un veut partager ta photo, tu peux dire non.
u9-privacy-quiz-your-photo-true =
    .feedback = Exact ! Ta photo est à toi, alors c'est toi qui décides.
u9-privacy-quiz-your-photo-false =
    .feedback = Si, tu peux ! Ta photo est à toi, alors c'est toi qui décides. Si on ne t'écoute pas, parles-en à un adulte.

u9-privacy-quiz-where-live = Un jeu demande : « Où habites-tu ? » Que fais-tu ?
u9-privacy-quiz-where-live-kids-game = Je réponds : c'est un jeu pour les enfants.
    .feedback = Même dans les jeux pour enfants, des inconnus peuvent lire ce que tu écris. Demande d'abord à un adulte.
u9-privacy-quiz-where-live-school = J'écris plutôt le nom de mon école.
    .feedback = Ton école aussi, c'est privé : elle dit où te trouver.
u9-privacy-quiz-where-live-ask = Je m'arrête et je montre la question à Maman ou à Papa.
    .feedback = Oui ! Un adulte t'aide à garder ton adresse pour toi.
