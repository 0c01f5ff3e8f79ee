## Leçon : Les quatre C du risque en ligne (parents et éducateurs)

edu-four-cs = Les quatre C du risque en ligne
    .summary = Une façon simple de classer ce qui peut mal tourner en ligne (contenu, contact, conduite, contrat), pour savoir quelle question poser à votre enfant.

edu-four-cs-meeting = Lors d'une réunion de parents, Mme Salma, la conseillère de l'école, dessine quatre cercles au tableau. « L'essentiel de ce que nos enfants font en ligne est positif : ils apprennent, jouent et restent en lien avec la famille. Quand quelque chose tourne mal, cela entre presque toujours dans l'un de ces quatre cercles. Les chercheurs et l'UIT parlent des quatre C : contenu, contact, conduite et contrat. »
    .alt = Une conseillère scolaire, debout près d'un tableau portant quatre cercles de couleur, face à des parents assis dans une salle de classe.

edu-four-cs-content-contact = Le contenu, c'est ce que l'enfant voit ou entend : une vidéo violente transférée dans le groupe WhatsApp de la classe, une rumeur déguisée en information, des images qui ne sont pas de son âge, des messages de haine. Le contact, c'est qui atteint l'enfant : par exemple un adulte qui se fait passer pour un jeune joueur, le flatte, lui offre des cadeaux comme des crédits de jeu, puis propose une conversation privée et demande le secret.
    .alt = Deux cercles : dans l'un, un écran de téléphone avec un panneau d'avertissement ; dans l'autre, une manette de jeu et une bulle de dialogue d'un joueur inconnu.

edu-four-cs-conduct-contract = La conduite, c'est ce que les enfants se font entre eux : se moquer d'un camarade dans un groupe, partager une photo sans demander, exclure quelqu'un exprès. Votre enfant peut se trouver d'un côté comme de l'autre. Le contrat, ce sont les engagements dans lesquels l'enfant est entraîné, souvent sans le savoir : des achats dans un jeu avec la carte enregistrée sur le téléphone familial, des applis « gratuites » qui collectent contacts et localisation, des messages de gain qui demandent des coordonnées bancaires.
    .alt = Deux cercles : dans l'un, des bulles de discussion et un visage triste ; dans l'autre, une carte bancaire et une pièce à côté d'un écran de jeu.

edu-four-cs-gems = Youssef, 11 ans, raconte à sa mère qu'un joueur sympathique de son jeu de football lui a proposé 1 000 gemmes contre une photo de lui, « juste entre nous ». Quelle est la meilleure première réaction ?
edu-four-cs-gems-take-phone = « Ça suffit, plus de jeux pendant un mois. »
    .feedback = Youssef a eu exactement le bon réflexe en parlant. Si parler lui coûte son jeu, la prochaine fois il risque de se taire, et le danger sera toujours là.
edu-four-cs-gems-thank-report = « Merci de me l'avoir dit. Tu n'as rien fait de mal. On fait une capture d'écran, puis on bloque ce joueur et on le signale ensemble. »
    .feedback = C'est un risque de contact, et la confiance de Youssef est sa meilleure protection. Remercier, garder une preuve, bloquer et signaler règlent le danger et lui montrent quoi faire la prochaine fois.
edu-four-cs-gems-ignore = « Ne t'en fais pas, ignore-le. »
    .feedback = Ignorer laisse ce joueur libre de recommencer, avec Youssef ou d'autres enfants. Flatterie, cadeaux et secret sont des signaux d'alerte qui justifient de bloquer et de signaler.

edu-four-cs-emerging = Les lignes directrices 2020 de l'UIT ajoutent des technologies plus récentes : jouets connectés et enceintes intelligentes avec micro, caméra ou localisation ; jeux en ligne avec discussion vocale, inconnus et objets surprises payants ; applis qui utilisent l'intelligence artificielle. Les mêmes quatre C s'appliquent : une poupée qui parle peut apporter contenu et contact, la boutique d'un jeu apporte un risque de contrat. Certains enfants demandent une attention particulière, comme les enfants en situation de handicap et les enfants migrants, pour qui la langue ou le pays sont parfois nouveaux.
    .alt = Un ours en peluche muni d'un petit micro, une console de jeu et une enceinte intelligente, tous reliés à un symbole Wi-Fi.

edu-four-cs-toy = Pour l'Aïd, la grand-mère de Layla lui offre une poupée qui parle et se connecte à une appli par Wi-Fi. Que faites-vous d'abord ?
edu-four-cs-toy-as-is = L'allumer et la laisser jouer : c'est un jouet pour enfants, il est forcément sûr.
    .feedback = Être fait pour les enfants ne veut pas dire être bien réglé. Certains jouets connectés arrivent avec un mot de passe par défaut et un micro qui reste allumé.
edu-four-cs-toy-settings = Avant qu'elle joue, regarder ce que le jouet enregistre, changer le mot de passe par défaut et couper le micro ou la caméra quand il ne sert pas.
    .feedback = Oui. Quelques minutes de réglage préservent le plaisir et protègent sa voix, ses photos et sa localisation. Expliquez-lui ce que vous avez changé et pourquoi.
edu-four-cs-toy-ban = Le ranger : les jouets connectés sont trop dangereux.
    .feedback = Avec de bons réglages, les risques d'un jouet connecté deviennent bien plus faibles, et l'interdiction transforme un cadeau affectueux en source d'inquiétude. Le régler ensemble apprend davantage.

edu-four-cs-four-questions = La sécurité en ligne est une affaire de comportement, pas de technologie. Les quatre C transforment l'inquiétude en quatre questions calmes : Que voit mon enfant ? Qui lui parle ? Comment traite-t-il les autres, et comment est-il traité ? À quoi s'engage-t-il, ou que paie-t-il ? Posez-les souvent, avec intérêt plutôt qu'avec peur. Le but : un enfant capable de réagir et qui sait quoi faire, pas un enfant effrayé.

edu-four-cs-recap = Contenu : ce qu'il voit. Contact : qui l'atteint. Conduite : comment il se comporte et comment on le traite. Contrat : ce qu'il accepte, paie ou cède comme données. Les nouveaux jouets, jeux et applis apportent les mêmes quatre risques. Regardez le comportement plutôt que l'appareil, et gardez le dialogue ouvert.

## Quiz

edu-four-cs-quiz-secret-gift = Dans un jeu en ligne, un joueur propose à Lina, 10 ans, des crédits de jeu gratuits si elle lui envoie une photo et garde le secret. De quel C s'agit-il surtout, et pourquoi ?
    .hint = Demandez-vous qui cherche à atteindre l'enfant.
edu-four-cs-quiz-secret-gift-contract = Contrat, car toute l'offre repose sur des crédits de jeu, qui sont une forme de paiement
    .feedback = Les crédits de jeu ne sont qu'un appât. Le vrai danger est une personne qui cherche un lien privé avec elle et lui demande une photo et le secret : c'est un contact.
edu-four-cs-quiz-secret-gift-content = Contenu, car la photo ne convient peut-être pas à son âge
    .feedback = Le contenu, c'est ce que l'enfant voit ou entend. Ici, le risque vient d'une personne qui cherche à l'atteindre et lui demande quelque chose : c'est surtout un contact.
edu-four-cs-quiz-secret-gift-contact = Contact, car un inconnu cherche à l'atteindre en privé
    .feedback = Exact. Un inconnu qui cherche un lien privé, avec cadeaux et secret, c'est un risque de contact et un schéma classique de pédopiégeage.

edu-four-cs-quiz-which-contract = Lesquels de ces cas sont des risques de contrat ? Choisissez toutes les bonnes réponses.
edu-four-cs-quiz-which-contract-gems-photo = Dans un jeu de football, un joueur offre 1 000 gemmes à un enfant en échange d'une photo
    .feedback = Les gemmes donnent l'air d'un marché, mais le danger est la personne qui demande une photo. C'est un contact, et un signal d'alerte : bloquez et signalez.
edu-four-cs-quiz-which-contract-saved-card = Un enfant achète des objets de jeu avec la carte bancaire enregistrée sur le téléphone familial, d'un simple geste
    .feedback = Oui. Les achats sont un risque de contrat : de l'argent est dépensé sans décision claire d'un adulte.
edu-four-cs-quiz-which-contract-violent-ad = Une vidéo violente qui s'affiche comme publicité au milieu d'un jeu gratuit
    .feedback = Elle arrive dans un jeu gratuit, mais le risque tient à ce que l'enfant voit. C'est du contenu.
edu-four-cs-quiz-which-contract-free-app-data = Une appli « gratuite » qui exige les contacts et la localisation avant de s'ouvrir
    .feedback = Oui. L'enfant paie avec ses données personnelles au lieu de l'argent : c'est un risque de contrat.
edu-four-cs-quiz-which-contract-skins-mocking = Des camarades qui se moquent d'un élève dans un groupe parce qu'il n'a pas de tenues payantes dans le jeu
    .feedback = L'argent entre en jeu, mais le tort tient à la façon dont les enfants se traitent entre eux. C'est de la conduite.

edu-four-cs-quiz-own-child = Votre propre enfant peut être celui qui crée un risque de conduite, par exemple en partageant la photo d'un camarade sans lui demander.
edu-four-cs-quiz-own-child-true =
    .feedback = Exact. La conduite, c'est ce que les enfants se font entre eux, et tout enfant peut être d'un côté comme de l'autre : celui qui est blessé, ou celui qui partage, se moque ou exclut.
edu-four-cs-quiz-own-child-false =
    .feedback = En fait, c'est vrai. Les risques de conduite viennent surtout des autres enfants, et le vôtre peut se trouver d'un côté comme de l'autre. La façon dont il traite les autres compte autant que la façon dont on le traite.

edu-four-cs-quiz-connected-toy = Amine, 7 ans, reçoit un robot qui parle, muni d'un micro et relié à une appli. Quelle est la première étape la plus utile ?
edu-four-cs-quiz-connected-toy-factory = Garder les réglages d'usine : un jouet vendu pour les jeunes enfants a déjà été réglé par son fabricant pour être sans danger pour eux
    .feedback = Être fait pour les enfants ne veut pas dire être bien réglé. Certains jouets connectés arrivent avec un mot de passe par défaut commun et un micro toujours allumé : vérifiez d'abord.
edu-four-cs-quiz-connected-toy-settings = Regarder ce qu'il enregistre, changer le mot de passe par défaut et couper le micro quand il ne sert pas
    .feedback = Oui. Ces réglages simples limitent ce que le jouet peut enregistrer ou partager, et il reste amusant. Expliquez à Amine ce que vous avez changé et pourquoi.
edu-four-cs-quiz-connected-toy-in-box = Le ranger pour de bon, car n'importe quel jouet muni d'un micro pourrait servir à écouter un enfant
    .feedback = Cela évite le risque, mais aussi le plaisir, et transforme un cadeau en source d'inquiétude. Avec de bons réglages, le risque devient bien plus faible.

edu-four-cs-quiz-fear = Le meilleur moyen de protéger les enfants est de leur faire peur d'internet pour qu'ils s'en éloignent.
    .hint = Pensez à ce que fait un enfant effrayé quand quelque chose tourne mal.
edu-four-cs-quiz-fear-true =
    .feedback = Ce n'est pas vrai. La peur pousse souvent les enfants à cacher leurs problèmes. Les lignes directrices de l'UIT visent des enfants capables de réagir, qui savent quoi faire et à qui parler.
edu-four-cs-quiz-fear-false =
    .feedback = Exact. Un enfant capable de réagir, qui se sent libre d'en parler à un adulte, est plus en sécurité qu'un enfant effrayé qui se tait.
