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
    .feedback = Être fait pour les enfants ne veut pas dire être bien réglé. Beaucoup de jouets connectés arrivent avec un mot de passe par défaut et un micro qui reste allumé.
edu-four-cs-toy-settings = Avant qu'elle joue, regarder ce que le jouet enregistre, changer le mot de passe par défaut et couper le micro ou la caméra quand il ne sert pas.
    .feedback = Oui. Quelques minutes de réglage préservent le plaisir et protègent sa voix, ses photos et sa localisation. Expliquez-lui ce que vous avez changé et pourquoi.
edu-four-cs-toy-ban = Le ranger : les jouets connectés sont trop dangereux.
    .feedback = La plupart des jouets connectés s'utilisent sans danger avec de bons réglages, et l'interdiction transforme un cadeau affectueux en source d'inquiétude. Le régler ensemble apprend davantage.

edu-four-cs-four-questions = La sécurité en ligne est une affaire de comportement, pas de technologie. Les quatre C transforment l'inquiétude en quatre questions calmes : Que voit mon enfant ? Qui lui parle ? Comment traite-t-il les autres, et comment est-il traité ? À quoi s'engage-t-il, ou que paie-t-il ? Posez-les souvent, avec intérêt plutôt qu'avec peur. Le but : un enfant capable de réagir et qui sait quoi faire, pas un enfant effrayé.

edu-four-cs-recap = Contenu : ce qu'il voit. Contact : qui l'atteint. Conduite : comment il se comporte et comment on le traite. Contrat : ce qu'il accepte, paie ou cède comme données. Les nouveaux jouets, jeux et applis apportent les mêmes quatre risques. Regardez le comportement plutôt que l'appareil, et gardez le dialogue ouvert.

## Quiz

edu-four-cs-quiz-secret-gift = Dans un jeu en ligne, un joueur propose à une fillette de 10 ans des crédits gratuits si elle envoie une photo et garde le secret. De quel C s'agit-il surtout ?
    .hint = Demandez-vous qui cherche à atteindre l'enfant.
edu-four-cs-quiz-secret-gift-content = Contenu
    .feedback = Le contenu concerne ce que l'enfant voit. Ici, le risque vient d'une personne qui cherche à l'atteindre : c'est surtout un contact.
edu-four-cs-quiz-secret-gift-contact = Contact
    .feedback = Exact. Un inconnu qui cherche un lien privé, avec cadeaux et secret, c'est un risque de contact et un schéma classique de pédopiégeage.
edu-four-cs-quiz-secret-gift-contract = Contrat
    .feedback = Il y a bien des crédits de jeu, mais le vrai danger est la personne qui demande une photo et le secret. C'est un contact.

edu-four-cs-quiz-which-contract = Lesquels de ces cas sont des risques de contrat ? Choisissez toutes les bonnes réponses.
edu-four-cs-quiz-which-contract-saved-card = Un enfant achète des objets de jeu avec la carte enregistrée sur le téléphone familial
    .feedback = Oui. Les achats sont un risque de contrat : de l'argent est dépensé sans décision claire d'un adulte.
edu-four-cs-quiz-which-contract-violent-clip = Une vidéo violente transférée dans le groupe de la classe
    .feedback = C'est du contenu, quelque chose que l'enfant voit. Il n'y a ni engagement ni paiement.
edu-four-cs-quiz-which-contract-free-app-data = Une appli « gratuite » qui demande les contacts et la localisation
    .feedback = Oui. L'enfant paie avec ses données personnelles au lieu de l'argent : c'est un risque de contrat.
edu-four-cs-quiz-which-contract-mocking = Des camarades qui se moquent d'un élève dans une discussion de groupe
    .feedback = C'est de la conduite : la façon dont les enfants se traitent entre eux.
edu-four-cs-quiz-which-contract-prize-scam = Un message : « Tu as gagné un téléphone ! Envoie les coordonnées bancaires de tes parents »
    .feedback = Oui. Les arnaques qui poussent à s'engager ou à payer sont des risques de contrat.

edu-four-cs-quiz-conduct-strangers = Les risques de conduite ne concernent que ce que des inconnus font à un enfant.
edu-four-cs-quiz-conduct-strangers-true =
    .feedback = Non. La conduite concerne surtout les pairs : ce que les enfants se font entre eux, y compris ce que fait votre propre enfant, comme partager une photo sans demander.
edu-four-cs-quiz-conduct-strangers-false =
    .feedback = Exact. La conduite, c'est le comportement entre enfants : cyberharcèlement, partage sans accord, exclusion. Votre enfant peut se trouver d'un côté comme de l'autre.

edu-four-cs-quiz-connected-toy = Un enfant reçoit un jouet connecté muni d'un micro. Quelle est la première étape la plus utile ?
edu-four-cs-quiz-connected-toy-settings = Regarder ce qu'il enregistre, changer le mot de passe par défaut et couper le micro quand il ne sert pas
    .feedback = Oui. Ces réglages simples limitent ce que le jouet peut enregistrer ou partager, et il reste amusant.
edu-four-cs-quiz-connected-toy-factory = Garder les réglages d'usine, puisqu'il est fait pour les enfants
    .feedback = Les réglages d'usine comportent souvent un mot de passe par défaut commun et un micro toujours allumé. Vérifiez-les d'abord.
edu-four-cs-quiz-connected-toy-in-box = Le laisser dans sa boîte pour toujours
    .feedback = Cela évite le risque, mais aussi le plaisir. Avec des réglages raisonnables, la plupart des jouets connectés s'utilisent sans danger.

edu-four-cs-quiz-fear = Le meilleur moyen de protéger les enfants est de leur faire peur d'internet pour qu'ils s'en éloignent.
    .hint = Pensez à ce que fait un enfant effrayé quand quelque chose tourne mal.
edu-four-cs-quiz-fear-true =
    .feedback = La peur pousse souvent les enfants à cacher leurs problèmes. Les lignes directrices de l'UIT visent des enfants capables de réagir, qui savent quoi faire et à qui parler.
edu-four-cs-quiz-fear-false =
    .feedback = Exact. Un enfant capable de réagir, qui se sent libre d'en parler à un adulte, est plus en sécurité qu'un enfant effrayé qui se tait.
