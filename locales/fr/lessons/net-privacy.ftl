## Leçon : Tu as droit à ta vie privée (13-18 ans)

net-privacy = Tu as droit à ta vie privée
    .summary = Décide qui voit où tu es et ce que les applis peuvent atteindre sur ton téléphone, et prends le même soin des photos et des messages des autres.

net-privacy-meet = Youssef a 16 ans. Il y a quelques mois, il a activé la localisation en direct dans une appli sociale pour que ses amis le retrouvent au terrain de foot. Un soir, un compte ajouté depuis un jeu en ligne commente : « Encore entraînement à la maison des jeunes ce soir ? » Youssef ne lui a jamais dit ça.
    .alt = Youssef regarde, surpris, une carte sur son téléphone : son repère est relié par des pointillés à plein de petites photos de profil.

net-privacy-location = Que doit faire Youssef ?
net-privacy-location-keep-on = La laisser activée : c'est pratique pour retrouver ses amis.
    .feedback = C'est pratique, mais des gens qu'il connaît à peine peuvent suivre ses habitudes. Pour retrouver ses amis, un message suffit.
net-privacy-location-family-only = Couper la localisation en direct pour tout le monde, et la partager seulement avec sa famille quand c'est utile.
    .feedback = Bien vu. C'est Youssef qui décide qui sait où il est. Sa famille peut toujours le retrouver, et des inconnus ne peuvent pas reconstituer sa semaine.
net-privacy-location-block-only = Bloquer ce compte et laisser le réglage tel quel.
    .feedback = Bloquer, c'est un bon début, mais tous les autres de sa liste voient encore où il est. C'est le réglage qu'il faut changer.

net-privacy-filter-app = Salma a 15 ans. Elle télécharge une appli gratuite de filtres photo. Avant même d'essayer un filtre, l'appli demande l'accès à ses contacts, à son micro, à sa position exacte et à toutes ses photos.
    .alt = Un écran de téléphone avec quatre demandes d'autorisation : une fiche de contact, un micro, un repère de carte et une galerie de photos.

net-privacy-permissions = Que ferais-tu à la place de Salma ?
net-privacy-permissions-allow-all = Appuyer sur « Autoriser » partout pour commencer vite.
    .feedback = Une appli de filtres n'a pas besoin des numéros de ses amies ni de savoir où elle est. Chaque « Autoriser » livre des informations sur elle, et sur ses contacts aussi.
net-privacy-permissions-only-needed = N'autoriser que ce dont un filtre a besoin, comme les photos qu'elle choisit, et refuser le reste.
    .feedback = Bravo. Une appli ne doit avoir que ce qu'il lui faut pour fonctionner. Si elle refuse de marcher sans trop d'accès, Salma peut en chercher une autre, avec un adulte si elle hésite.
net-privacy-permissions-change-later = Tout autoriser maintenant et changer plus tard.
    .feedback = « Plus tard » n'arrive souvent jamais, et en attendant l'appli peut déjà atteindre ses contacts et sa position. Mieux vaut bien choisir dès le départ.

net-privacy-eid-photo = Pendant une réunion de famille pour l'Aïd, Mariam prend une photo drôle de sa grand-mère, de ses tantes et de ses cousines en tenue d'intérieur. Elle veut la publier sur son compte public. Que doit-elle faire ?
net-privacy-eid-photo-post-now = La publier : tout le monde a l'air heureux.
    .feedback = Elles sont heureuses en famille, mais elles ne veulent peut-être pas être vues par des inconnus, surtout en tenue d'intérieur. Leur vie privée est leur droit aussi.
net-privacy-eid-photo-ask-first = Demander d'abord à chacune, et publier seulement si toutes sont d'accord.
    .feedback = Voilà le respect. Certains proches préfèrent que les photos restent en famille ; d'autres seront ravis. Le groupe de la famille est peut-être le bon endroit pour elle.
net-privacy-eid-photo-tag-all = La publier et identifier tout le monde pour qu'elles la voient.
    .feedback = Identifier les gens montre la photo à encore plus de monde, sans que personne ait donné son accord.

net-privacy-your-right = Tu as droit à ta vie privée : c'est toi qui décides qui voit tes informations, ta position et tes photos. Mets tes comptes en privé, choisis qui peut t'écrire, laisse la localisation en direct coupée sauf pour ta famille quand c'est utile, et ne donne aux applis que les autorisations vraiment nécessaires. Tout ce que tu envoies peut être gardé par une capture d'écran, même les messages « éphémères ». Et les autres ont le même droit : demande avant de publier ou de transférer des photos, des captures ou des messages sur tes amis et ta famille.

net-privacy-recap = Comptes privés, localisation en direct seulement pour la famille, et juste les autorisations nécessaires. Tout ce que tu envoies peut être gardé par quelqu'un d'autre. Demande avant de publier des gens, et respecte un « non ». Ta vie privée est un droit, la leur aussi.

## Quiz

net-privacy-quiz-live-location = Qui devrait pouvoir voir ta position en direct ?
net-privacy-quiz-live-location-all-followers = Tous tes abonnés, puisqu'ils ont choisi de te suivre et voient déjà tes publications
    .feedback = Parmi tes abonnés, il peut y avoir des gens que tu connais à peine. Ta position en direct leur montre tes habitudes.
net-privacy-quiz-live-location-family-chosen = Seulement les membres de ta famille que tu choisis, quand c'est utile
    .feedback = Oui. Ta famille peut te retrouver quand il le faut, et personne d'autre ne suit tes déplacements.
net-privacy-quiz-live-location-game-friends = Tes amis des jeux en ligne
    .feedback = Les gens rencontrés dans les jeux ne sont pas toujours qui ils prétendent être. Garde ta position pour ceux que tu connais dans la vraie vie.

net-privacy-quiz-calculator = Une simple appli de calculatrice demande l'accès à tes contacts et à ton micro. Que fais-tu ?
    .hint = Demande-toi : une calculatrice en a-t-elle besoin pour fonctionner ?
net-privacy-quiz-calculator-allow = J'autorise : les applis demandent toujours beaucoup, et elle en a sûrement besoin pour bien marcher.
    .feedback =
        { $address ->
            [f] Beaucoup demandent, mais tu n'es pas obligée d'accepter. Une calculatrice n'a aucune raison d'accéder à tes contacts ni de t'entendre.
           *[m] Beaucoup demandent, mais tu n'es pas obligé d'accepter. Une calculatrice n'a aucune raison d'accéder à tes contacts ni de t'entendre.
        }
net-privacy-quiz-calculator-allow-uninstall = J'autorise, et je la désinstalle plus tard.
    .feedback = Tant que tu ne l'as pas désinstallée, l'appli peut déjà accéder à tes contacts. Mieux vaut refuser dès le départ.
net-privacy-quiz-calculator-refuse = Je refuse, et je cherche une autre appli si elle insiste.
    .feedback = Exact. Une appli ne doit avoir que ce qu'il lui faut pour fonctionner.

net-privacy-quiz-disappearing = Un message « éphémère » ne peut jamais être gardé par la personne qui le reçoit.
net-privacy-quiz-disappearing-true =
    .feedback = Non. N'importe qui peut faire une capture d'écran, ou photographier l'écran avec un autre téléphone. N'envoie que ce que tu accepterais de voir gardé.
net-privacy-quiz-disappearing-false =
    .feedback = Exact. Une capture ou une photo de l'écran peut garder n'importe quel message. Réfléchis avant d'envoyer.

net-privacy-quiz-family-photo = Avant de publier une photo d'une réunion de famille, que dois-tu faire ? Choisis toutes les bonnes réponses.
net-privacy-quiz-family-photo-close-friends = La publier en story pour les « amis proches » : comme ça, pas besoin de demander à qui que ce soit
    .feedback = Un public plus petit ne la rend pas privée : n'importe qui dans la liste peut faire une capture. Et chacun décide toujours pour sa propre image.
net-privacy-quiz-family-photo-ask-everyone = Demander à toutes les personnes sur la photo, et respecter le refus de quelqu'un
    .feedback = Oui. Chacun décide pour sa propre image, et dire « non », c'est son droit.
net-privacy-quiz-family-photo-post-then-delete = La publier, et la supprimer seulement si quelqu'un se plaint
    .feedback = D'ici là, d'autres l'ont peut-être déjà enregistrée. On demande avant de publier.
net-privacy-quiz-family-photo-check-background = Vérifier que rien ne montre ton adresse ou d'autres détails privés
    .feedback = Oui. Un panneau de rue ou un numéro de porte peut dire à des inconnus où vit la famille.

net-privacy-quiz-protect = Lesquels de ces gestes protègent ta vie privée ? Choisis toutes les bonnes réponses.
    .hint = Pense à qui peut te voir, et à qui peut te contacter.
net-privacy-quiz-protect-private-account = Mettre ton compte en privé
    .feedback = Oui. Tu choisis qui voit tes publications.
net-privacy-quiz-protect-accept-all = Accepter toutes les demandes d'amis pour avoir plus d'abonnés
    .feedback = Plus d'abonnés, c'est plus d'inconnus qui voient ta vie. Accepte les gens que tu connais vraiment.
net-privacy-quiz-protect-location-off = Couper la position en direct, ou la partager seulement avec les membres de ta famille que tu choisis
    .feedback = Oui. Ainsi, des inconnus ne peuvent pas voir où tu es ni deviner tes habitudes.
net-privacy-quiz-protect-public-birthday = Afficher ta date de naissance complète et ton école sur ton profil
    .feedback = Ensemble, ces détails aident un inconnu à te trouver ou à faire semblant de te connaître. Laisse-les hors de ton profil.
net-privacy-quiz-protect-who-messages = Choisir qui peut t'envoyer des messages
    .feedback = Oui. Ça tient à l'écart les messages non désirés d'inconnus.

net-privacy-quiz-right = Les ados aussi ont droit à la vie privée, et c'est écrit dans la Convention des Nations unies relative aux droits de l'enfant.
net-privacy-quiz-right-true =
    .feedback = Oui. L'article 16 dit qu'aucun enfant ne doit subir d'immixtion arbitraire dans sa vie privée, sa famille, son domicile ou sa correspondance.
net-privacy-quiz-right-false =
    .feedback = C'est un vrai droit. L'article 16 de la Convention protège la vie privée, la famille, le domicile et la correspondance de chaque enfant.
