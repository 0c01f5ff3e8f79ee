## Leçon : Le contrôle parental et ses limites (parents et éducateurs)

edu-controls = Le contrôle parental et ses limites
    .summary = Ce que peuvent faire les réglages des téléphones, tablettes, consoles et de la box internet, comment les mettre en place avec votre enfant, et ce qu'ils ne remplaceront jamais.

edu-controls-new-tablet = Quand Youssef, 9 ans, réussit ses examens, sa tante Noura lui offre une tablette. Il est impatient de télécharger le jeu préféré de ses cousins. Sa mère, Salma, se demande par où commencer : « Est-ce que je bloque tout ? Est-ce que je vais seulement trouver les réglages ? »
    .alt = Un garçon tient une tablette neuve avec un grand sourire ; à côté de lui, sa mère la regarde, pensive ; une boîte cadeau ouverte est posée près d'eux.

edu-controls-layers = Le contrôle parental fonctionne par couches, et vous n'avez pas besoin de toutes. Sur le téléphone ou la tablette : un compte enfant, les classifications par âge de la boutique d'applis, une validation avant tout téléchargement ou achat, et des limites de temps d'écran. Sur une console : des jeux limités selon l'âge, une discussion réservée aux amis approuvés ou désactivée, et un plafond de dépenses. Sur la box internet ou chez votre fournisseur : un filtrage pour tous les appareils du Wi-Fi de la maison, et une pause d'internet à l'heure du coucher. Beaucoup d'opérateurs proposent des options pour les familles : renseignez-vous. Dans les applis : comptes privés et choix de qui peut envoyer des messages.
    .alt = Quatre couches empilées, chacune avec un petit bouclier : une tablette, une console de jeu, une box internet et une fenêtre d'appli.

edu-controls-first-steps = Par où Salma devrait-elle commencer ?
edu-controls-first-steps-everything = Installer toutes les applis de contrôle qu'elle trouve et tout verrouiller.
    .feedback = Trop d'outils se contredisent, ralentissent l'appareil et bloquent des choses utiles. Quelques réglages bien choisis suffisent pour commencer.
edu-controls-first-steps-together = S'asseoir avec Youssef, créer ensemble un compte enfant, et lui expliquer chaque réglage et pourquoi.
    .feedback = Oui. Un enfant qui comprend les réglages est moins tenté de les contourner, et il sait qu'il peut demander un changement.
edu-controls-first-steps-secretly = Tout régler en secret pendant la nuit pour qu'il ne remarque rien.
    .feedback = Les enfants finissent souvent par découvrir les réglages cachés, et la confiance en pâtit. La transparence marche mieux et entretient le dialogue.

edu-controls-time-limit = Un soir, le temps d'écran de Youssef s'arrête en plein match avec ses cousins. Il supplie pour avoir plus de temps. Quelle est la meilleure approche ?
edu-controls-time-limit-extend = Lui donner du temps en plus chaque fois qu'il le demande.
    .feedback = Si la limite bouge toujours, elle ne veut plus rien dire. L'ajuster de temps en temps, c'est possible, mais volontairement, pas à chaque fois.
edu-controls-time-limit-warning = Convenir à l'avance d'un avertissement dix minutes avant, pour qu'il finisse le match puis s'arrête.
    .feedback = Oui. L'avertissement lui permet de bien finir et respecte son jeu. Des limites convenues avec un avertissement provoquent beaucoup moins de disputes.
edu-controls-time-limit-cut-off = Laisser la tablette se couper sans prévenir : la règle, c'est la règle.
    .feedback = Une coupure brutale en plein match paraît injuste, et son équipe perd. Cela amène surtout des disputes, pas un apprentissage.

edu-controls-limits = Le contrôle parental, c'est une ceinture de sécurité, pas un conducteur. Il aide, mais il a ses limites : les filtres laissent passer certaines choses nuisibles et en bloquent d'utiles ; le filtrage du Wi-Fi de la maison ne s'applique ni aux données mobiles ni chez un ami ; les plus grands savent parfois contourner les réglages ; et aucun réglage n'apprend le discernement. Associez donc les outils au dialogue, dites aux enfants ce qui est activé et pourquoi, et assouplissez les réglages à mesure que l'âge et la confiance grandissent. Les outils ne remplacent jamais la conversation.

edu-controls-recap = Le contrôle parental fonctionne par couches : l'appareil, la console, la box ou le fournisseur, et les applis. Commencez simplement, faites les réglages avec votre enfant et expliquez pourquoi. Convenez de limites avec un avertissement. Gardez en tête ce que les outils ne peuvent pas faire, et continuez à parler : les outils soutiennent le dialogue, ils ne le remplacent pas.

## Quiz

edu-controls-quiz-replace-talk = Avec un bon contrôle parental, il n'est plus nécessaire de parler avec les enfants de leur vie en ligne.
edu-controls-quiz-replace-talk-true =
    .feedback = Ce n'est pas vrai. Les outils ratent des choses, ne suivent pas l'enfant partout et n'apprennent pas le discernement. C'est le dialogue qui prépare l'enfant à ce que les filtres laissent passer.
edu-controls-quiz-replace-talk-false =
    .feedback = Exact. Les outils soutiennent le dialogue ; ils ne le remplacent jamais.

edu-controls-quiz-router = Que fait le filtrage sur la box internet de la maison ?
    .hint = Demandez-vous d'où le téléphone de l'enfant tire sa connexion.
edu-controls-quiz-router-everywhere = Il continue de protéger le téléphone de l'enfant partout où il va, dès que le téléphone s'est connecté une fois au Wi-Fi de la maison
    .feedback = Le filtrage de la box ne marche que sur ce réseau. Sur les données mobiles ou le Wi-Fi d'un ami, il ne s'applique plus.
edu-controls-quiz-router-reads-messages = Il permet aux parents de voir les messages que l'enfant envoie et reçoit
    .feedback = Le filtrage bloque des catégories de sites ; il ne lit pas les messages. Lire en cachette les messages d'un enfant abîmerait d'ailleurs la confiance.
edu-controls-quiz-router-home-wifi = Il couvre tous les appareils du Wi-Fi de la maison, mais pas les données mobiles ni les autres réseaux
    .feedback = Oui. C'est une couche utile pour toute la maison, mais en dehors du Wi-Fi familial elle ne protège plus.

edu-controls-quiz-bills = La famille reçoit des factures surprises pour des objets achetés dans le jeu de Yousef sur sa console. Quels réglages y remédient ? Choisissez toutes les bonnes réponses.
    .hint = Chaque couche de contrôle a un rôle différent.
edu-controls-quiz-bills-age-ratings = N'autoriser que les jeux dont la classification par âge convient à un enfant de 9 ans
    .feedback = La classification décide à quels jeux il peut jouer, mais un jeu classé pour un enfant de 9 ans peut quand même vendre des objets.
edu-controls-quiz-bills-spending-limit = Un plafond de dépenses, ou une validation pour chaque achat
    .feedback = Oui. Cela évite les factures surprises, qui sont un risque de contrat, et laisse un adulte décider à chaque fois.
edu-controls-quiz-bills-friends-chat = Une discussion réservée aux amis que vous avez approuvés
    .feedback = Cela limite les contacts avec des inconnus, ce qui est utile, mais n'empêche personne d'acheter des objets.
edu-controls-quiz-bills-router-filter = Le filtrage sur la box de la maison
    .feedback = Le filtrage de la box bloque des catégories de sites ; il n'est pas fait pour arrêter les achats dans un jeu.

edu-controls-quiz-twelve = Quelle est la meilleure façon d'utiliser le contrôle parental avec un enfant de 12 ans ?
edu-controls-quiz-twelve-explain = Lui expliquer ce qui est activé et pourquoi, et revoir les réglages ensemble à mesure que la confiance grandit
    .feedback = Oui. La transparence préserve la confiance, et revoir ensemble prépare l'enfant à plus d'autonomie.
edu-controls-quiz-twelve-spy = Installer discrètement une appli qui vous montre tous ses messages, pour intervenir tôt sans dispute ni négociation
    .feedback = La surveillance secrète abîme la confiance quand elle est découverte, et l'enfant apprend à mieux cacher. Soyez transparent sur les vérifications.
edu-controls-quiz-twelve-nothing = Tout désactiver : à 12 ans, il est assez grand pour se débrouiller seul
    .feedback = À 12 ans, certains réglages restent utiles, comme la validation des achats et les comptes privés, choisis et expliqués ensemble.

edu-controls-quiz-blocks-useful = Un filtre de contenu peut bloquer par erreur des pages utiles, comme des informations de santé.
    .hint = Pensez à la façon dont un filtre trie des millions de pages.
edu-controls-quiz-blocks-useful-true =
    .feedback = Exact. Les filtres se trompent dans les deux sens : certains contenus nuisibles passent, et certaines pages utiles sont bloquées. C'est pourquoi les enfants doivent aussi savoir quoi faire et à qui en parler.
edu-controls-quiz-blocks-useful-false =
    .feedback = En fait, c'est vrai. Aucun filtre n'est parfait : certaines pages utiles, comme des informations de santé, sont bloquées, et certains contenus nuisibles passent.
