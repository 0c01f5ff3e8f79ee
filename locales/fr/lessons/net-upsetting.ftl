## Leçon : Tu as le droit d'être protégé des contenus choquants (13-18 ans)

net-upsetting =
    { $address ->
        [f] Tu as le droit d'être protégée des contenus choquants
       *[m] Tu as le droit d'être protégé des contenus choquants
    }
    .summary = Que faire quand une vidéo violente, un « défi » effrayant ou une publication choquante arrive sur ton écran, et comment en voir moins.

net-upsetting-meet = Omar a 14 ans. Un vendredi soir, son oncle transfère une vidéo dans le grand groupe WhatsApp de la famille : une scène violente tirée des infos, « pour que tout le monde sache ce qui se passe ». Elle se lance toute seule. Omar n'en voit que quelques secondes, mais le soir, il n'arrive pas à se la sortir de la tête.
    .alt = Omar se cache les yeux devant un téléphone qui affiche le groupe de la famille, où une vidéo vient de démarrer.

net-upsetting-what-now = Que ferais-tu à la place d'Omar ?
net-upsetting-what-now-watch-end = La regarder jusqu'au bout pour prouver que ça ne lui fait rien.
    .feedback = Personne n'a à prouver qu'il est fort. Regarder davantage fait souvent que les images restent encore plus. Détourner les yeux, c'est permis.
net-upsetting-what-now-close-talk = La fermer, et dire à sa mère ou à son père ce qu'il a ressenti.
    .feedback = Bon choix. Fermer la vidéo arrête le flot d'images, et en parler allège ce qu'il a vu. Un parent peut aussi demander gentiment à la famille de faire attention à ce qui est transféré.
net-upsetting-what-now-forward-class = La transférer au groupe de sa classe pour qu'ils soient au courant.
    .feedback = Même avec de bonnes intentions, transférer, c'est passer le choc à d'autres, parfois plus jeunes. Raconter la nouvelle avec des mots suffit.

net-upsetting-challenge = La même semaine, Hala, 13 ans, voit deux choses. Dans son fil : une vidéo d'ados qui font une acrobatie dangereuse sur un mur très haut et mettent les spectateurs au défi de les imiter. Dans le groupe de sa classe : « Transfère ce message à 10 personnes, sinon un personnage effrayant viendra te voir cette nuit ! »
    .alt = Hala regarde son téléphone, qui montre quelqu'un en équilibre sur un mur très haut et une chaîne de messages transférés.

net-upsetting-challenge-choice = Que doit faire Hala ?
net-upsetting-challenge-choice-try-it = Relever le défi et le publier : ça pourrait faire beaucoup de vues.
    .feedback = Certains défis finissent par des blessures graves. Aucun nombre de vues ne vaut qu'on se fasse mal.
net-upsetting-challenge-choice-forward-warning = Transférer le message effrayant à tout le monde, au cas où.
    .feedback = C'est exactement comme ça que les canulars se propagent : ils sont faits pour faire peur et pousser à transférer. Il ne se passera rien si elle ne le fait pas.
net-upsetting-challenge-choice-stop-think = S'arrêter et réfléchir : ne pas essayer, ne pas transférer, signaler les deux et en parler à quelqu'un de confiance.
    .feedback = Oui : stop, réfléchis, décide, agis. Signaler aide l'appli à retirer les défis dangereux et les canulars, et en parler à quelqu'un de confiance la rassure si le message lui a fait peur.

net-upsetting-your-right =
    { $address ->
        [f] Tu as le droit d'être protégée des contenus choquants : vidéos violentes, publications cruelles ou haineuses, chaînes de messages qui font peur. Tu n'es pas obligée de regarder : ferme ou fais défiler. Parle de ce que tu ressens à quelqu'un de confiance ; être secouée, c'est normal. Signale le contenu dans l'appli, et ne le transfère pas, même pour prévenir les autres.
       *[m] Tu as le droit d'être protégé des contenus choquants : vidéos violentes, publications cruelles ou haineuses, chaînes de messages qui font peur. Tu n'es pas obligé de regarder : ferme ou fais défiler. Parle de ce que tu ressens à quelqu'un de confiance ; être secoué, c'est normal. Signale le contenu dans l'appli, et ne le transfère pas, même pour prévenir les autres.
    }

net-upsetting-settings = Reprends le contrôle de ton écran, avec un adulte de confiance si tu veux : désactive la lecture automatique des vidéos, mets en sourdine ou quitte un groupe qui envoie sans cesse des choses choquantes, utilise les boutons « pas intéressé » et « signaler », et active les filtres de contenus sensibles si tes applis en proposent.

net-upsetting-recap = Tu n'as pas à regarder ce qui te fait du mal : ferme-le. Parles-en à quelqu'un de confiance. Signale-le, ne le transfère pas. Ne tente pas les défis dangereux et ne crois pas aux messages « transfère, sinon… ». Règle tes paramètres pour en voir moins.

## Quiz

net-upsetting-quiz-first-step = Une vidéo choquante se lance dans un groupe de discussion. Quelle est une bonne première chose à faire ?
    .hint = Tu ne dois ton attention à personne.
net-upsetting-quiz-first-step-watch-again = La regarder jusqu'au bout, pour comprendre ce qui s'est vraiment passé et pouvoir l'expliquer aux autres.
    .feedback = En regarder davantage fait que les images restent. Tu peux apprendre la nouvelle par une source fiable, sans les images choquantes.
net-upsetting-quiz-first-step-close-it = La fermer.
    .feedback = Oui. La fermer te protège d'autres images ; ensuite, tu peux en parler à quelqu'un de confiance.
net-upsetting-quiz-first-step-forward-it = La transférer au groupe de ma classe, pour que mes amis soient prévenus avant de tomber dessus.
    .feedback = Transférer, c'est passer le choc aux autres, et la vidéo peut arriver jusqu'à des plus jeunes. Mieux vaut la signaler et, si besoin, prévenir avec des mots.

net-upsetting-quiz-dont-forward = Transférer une vidéo violente est une bonne façon de prévenir les gens.
net-upsetting-quiz-dont-forward-true =
    .feedback = Non. Transférer propage des images choquantes et blesse ceux qui les voient, même avec de bonnes intentions. Signale-la plutôt.
net-upsetting-quiz-dont-forward-false =
    .feedback = Exact. On prévient avec des mots ; la vidéo, on la signale, on ne la transfère pas.

net-upsetting-quiz-who-to-tell = À qui peux-tu parler après avoir vu quelque chose de choquant en ligne ? Choisis toutes les bonnes réponses.
net-upsetting-quiz-who-to-tell-stranger = Un inconnu dans les commentaires qui dit comprendre exactement ce que tu ressens
    .feedback = Un inconnu en ligne n'est pas forcément gentil ni sûr, quoi qu'il dise. Choisis quelqu'un que tu connais et en qui tu as confiance.
net-upsetting-quiz-who-to-tell-parent = Ta mère ou ton père
    .feedback = Oui. Tes parents peuvent t'écouter et t'aider à changer tes paramètres.
net-upsetting-quiz-who-to-tell-younger-cousin = Un cousin plus jeune, pour que les adultes de la famille ne s'inquiètent pas pour toi
    .feedback = Un enfant plus jeune risque d'avoir peur de ce que tu racontes, et ne peut pas vraiment t'aider. Choisis une personne plus âgée en qui tu as confiance.
net-upsetting-quiz-who-to-tell-teacher = Un professeur ou un conseiller de l'école
    .feedback = Oui. À l'école, on a l'habitude d'aider les élèves dans ce genre de situation.

net-upsetting-quiz-hoax = « Transfère ce message à 10 personnes, sinon il t'arrivera malheur cette nuit. » Qu'est-ce que c'est, le plus probablement ?
    .hint = Demande-toi à qui profite ta peur.
net-upsetting-quiz-hoax-real-warning = Une vraie alerte qui doit arriver à tout le monde
    .feedback = Les vraies alertes viennent d'organismes connus, et elles ne te menacent pas si tu ne les transfères pas.
net-upsetting-quiz-hoax-hoax = Un canular fait pour effrayer les gens, pour qu'ils le fassent suivre sans réfléchir
    .feedback = Exact. Il ne se passera rien si tu ne l'envoies pas. Supprime-le, et signale-le si tu peux.
net-upsetting-quiz-hoax-worried-friend = Un message de quelqu'un qui tient à toi : à transférer, au cas où
    .feedback = La personne qui l'a envoyé pensait peut-être bien faire, mais le message lui-même est fait pour faire peur. Transférer « au cas où », c'est exactement comme ça que les canulars circulent.

net-upsetting-quiz-settings = Lesquels de ces gestes t'aident à voir moins de contenus choquants ? Choisis toutes les bonnes réponses.
net-upsetting-quiz-settings-autoplay-off = Désactiver la lecture automatique des vidéos
    .feedback = Oui. Ainsi, aucune vidéo choquante ne démarre devant toi avant que tu le choisisses.
net-upsetting-quiz-settings-like-comment = Aimer ou commenter « c'est horrible » sous les publications choquantes, pour que l'appli sache que tu n'aimes pas ça
    .feedback = Les « j'aime » et les commentaires comptent comme de l'intérêt : l'appli risque de t'en montrer davantage. Utilise plutôt « pas intéressé » ou « signaler ».
net-upsetting-quiz-settings-mute-group = Mettre en sourdine ou quitter un groupe qui envoie sans cesse des choses choquantes
    .feedback = Oui. C'est toi qui choisis ce qui arrive sur ton téléphone.
net-upsetting-quiz-settings-share-password = Donner ton mot de passe à un ami pour qu'il surveille ton fil à ta place
    .feedback = Ça ne te protège pas des contenus et ça met ton compte en danger. Ton mot de passe, garde-le pour toi.
net-upsetting-quiz-settings-not-interested = Utiliser les boutons « pas intéressé » et « signaler »
    .feedback = Oui. Ainsi, l'appli comprend que tu ne veux pas ce genre de contenu.

net-upsetting-quiz-feelings = Être secoué après avoir vu une vidéo violente est normal, et en parler aide.
net-upsetting-quiz-feelings-true =
    .feedback = Exact. Beaucoup de gens ressentent ça. En parler à quelqu'un de confiance rend les choses plus légères à porter.
net-upsetting-quiz-feelings-false =
    .feedback = Si, c'est tout à fait normal, et ça ne veut pas dire que tu es faible. En parler à quelqu'un de confiance aide.
