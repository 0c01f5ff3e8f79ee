## Leçon : Quand un groupe en ligne veut te recruter (13-18 ans)

net-recruiters = Quand un groupe en ligne veut te recruter
    .summary = Certains groupes se servent d'Internet pour entraîner des ados vers la haine et la violence : repère leur méthode, et comment t'en éloigner.

net-recruiters-new-city = Yassine a 16 ans. Sa famille vient de quitter Agadir pour Casablanca, et ses anciens amis lui manquent. Après une semaine difficile, il poste un commentaire en colère sous une vidéo sur l'injustice dans le monde. Un inconnu, « Samir_77 », lui répond : « Enfin quelqu'un qui réfléchit ! Tu vois ce que les autres ne voient pas. » Les jours suivants, Samir aime tout ce que Yassine publie et lui demande comment il va.
    .alt = Yassine est assis seul sur son lit, la nuit, le visage éclairé par son téléphone ; l'écran montre des cœurs et une bulle de discussion.

net-recruiters-the-group = Samir ajoute Yassine à un petit groupe : « Ici, on est des frères. Tu es des nôtres maintenant. » Le groupe partage des vidéos avec une musique dramatique, et l'histoire est toujours la même : les gens comme eux souffrent, et c'est la faute « des autres », tout un groupe de personnes différentes d'eux. Les familles, les profs et les voisins « dorment » ; seul le groupe voit la vérité. Pour la première fois depuis des mois, Yassine se sent important.
    .alt = Un téléphone affiche une discussion de groupe : d'un côté un cercle de petits visages tous pareils, de l'autre un visage seul, séparés par un gros trait.

net-recruiters-the-pattern =
    { $address ->
        [f] Les recruteurs extrémistes, quelle que soit leur cause, utilisent la même méthode que les autres manipulateurs. D'abord la flatterie : tu es spéciale, plus maligne que les gens autour de toi. Puis un endroit où tu as ta place : un groupe qui t'accueille comme une famille. Puis une histoire « nous contre eux » qui rend tout un groupe de personnes responsable de tout. Puis le secret : n'en parle pas à ta famille, elle ne comprendrait pas. Puis le passage à des discussions privées ou chiffrées, où personne d'autre ne peut voir ni signaler ce qui se dit. Et enfin, la pression pour faire tes preuves en passant à l'acte. Le signal d'alerte, c'est la méthode elle-même, même si tu es d'accord avec une partie de ce qu'ils disent.
       *[m] Les recruteurs extrémistes, quelle que soit leur cause, utilisent la même méthode que les autres manipulateurs. D'abord la flatterie : tu es spécial, plus malin que les gens autour de toi. Puis un endroit où tu as ta place : un groupe qui t'accueille comme une famille. Puis une histoire « nous contre eux » qui rend tout un groupe de personnes responsable de tout. Puis le secret : n'en parle pas à ta famille, elle ne comprendrait pas. Puis le passage à des discussions privées ou chiffrées, où personne d'autre ne peut voir ni signaler ce qui se dit. Et enfin, la pression pour faire tes preuves en passant à l'acte. Le signal d'alerte, c'est la méthode elle-même, même si tu es d'accord avec une partie de ce qu'ils disent.
    }

net-recruiters-move-chat = Samir écrit : « Télécharge cette appli chiffrée, on parlera là-bas. Efface nos messages ici, et n'en parle à personne, même pas à tes parents. » Que doit faire Yassine ?
net-recruiters-move-chat-tell-uncle = Rester où il est, et montrer les messages à son oncle Hicham, en qui il a confiance.
    .feedback = Bon choix. Le secret et le passage à une discussion cachée, ce sont deux signaux d'alerte à la fois. Son oncle peut l'aider à prendre ses distances, garder les messages et signaler le compte, et Yassine n'aura pas d'ennuis pour ça.
net-recruiters-move-chat-download = La télécharger : ce n'est qu'une appli, personne ne le saura, et il pourra toujours partir si ça devient bizarre.
    .feedback = Partir devient plus difficile une fois dans une discussion cachée : là, personne ne voit ce qui se dit ni ne peut t'aider à le signaler. La demande elle-même est un signal d'alerte.
net-recruiters-move-chat-argue = Rester dans le groupe et discuter avec eux, pour leur montrer qu'ils ont tort.
    .feedback = Les recruteurs ont l'habitude de répondre aux doutes et de faire parler les gens. Débattre seul garde Yassine dans leur monde. Mieux vaut prendre ses distances et en parler à un adulte.

net-recruiters-the-test = Quelques semaines plus tard, le groupe demande à Yassine de prouver qu'il est « des leurs » : poster leurs vidéos dans le groupe de sa classe, insulter « les autres » dans les commentaires, et se préparer à rencontrer en vrai des « frères » du groupe. « Si tu refuses, tu es un lâche comme tous les autres. » Au lycée, son amie Salma remarque que Yassine ne s'assoit plus avec personne et répète des phrases bizarres.
    .alt = Yassine fixe son téléphone, inquiet ; l'écran montre des panneaux d'alerte et une flèche vers une porte. Non loin, Salma l'observe depuis sa table.

net-recruiters-friend = Salma s'inquiète pour Yassine. Que doit-elle faire ?
net-recruiters-friend-leave-him = Le laisser tranquille : c'est son affaire, et il redeviendra normal tout seul.
    .feedback = Les personnes qu'on entraîne s'isolent en général de plus en plus. Une amie qui reste proche peut faire une grande différence.
net-recruiters-friend-join-to-watch = Lui demander de l'ajouter au groupe, pour voir elle-même ce qui s'y passe.
    .feedback = Entrer dans le groupe l'exposerait à la même pression et aux mêmes contenus. Elle peut l'aider sans y entrer.
net-recruiters-friend-talk-and-tell = Lui dire calmement qu'il lui manque et qu'elle s'inquiète, et en parler à un adulte de confiance.
    .feedback = Bravo. Elle ne lui fait pas la morale et ne se moque pas de lui, elle garde la porte ouverte, et un adulte, comme un parent ou le conseiller d'éducation, peut les aider tous les deux.

net-recruiters-what-to-do = Si quelqu'un en ligne t'entraîne vers la haine ou la violence : ne le suis pas dans des discussions privées ou chiffrées, et ne cache pas ce qui se passe à ta famille. Parles-en à un adulte de confiance : un parent, un oncle ou une tante, un prof ou le conseiller d'éducation. Tu n'auras pas d'ennuis, même si tu as déjà rejoint un groupe ou partagé quelque chose. Signale le compte ou le groupe à la plateforme, et bloque-le. Ne partage pas leurs vidéos, même pour t'en moquer : ça les diffuse encore plus. Et si quelqu'un prépare de faire du mal à des gens, préviens tout de suite un adulte, pour qu'il alerte la police.

net-recruiters-recap = Les recruteurs extrémistes suivent le schéma de la manipulation : flatterie, un endroit où tu as ta place, une histoire « nous contre eux », le secret, le passage à des discussions privées, puis la pression pour agir. Ne les suis pas dans des discussions cachées, ne cache rien à ta famille et ne partage pas leurs contenus. Parle à un adulte de confiance et signale le compte. Il n'est jamais trop tard pour prendre ses distances.

## Quiz

net-recruiters-quiz-signs = Lesquels sont des signaux d'alerte montrant que quelqu'un en ligne essaie de te recruter dans un groupe extrémiste ? Choisis toutes les bonnes réponses.
net-recruiters-quiz-signs-flattery =
    { $address ->
        [f] La personne te répète que tu es plus maligne et plus courageuse que tout ton entourage
       *[m] La personne te répète que tu es plus malin et plus courageux que tout ton entourage
    }
    .feedback = Oui. La flatterie vient en premier : elle te donne confiance et te fait croire qu'elle seule te comprend.
net-recruiters-quiz-signs-disagrees = Quelqu'un n'est pas d'accord avec ton avis en commentaire et explique pourquoi
    .feedback = Ne pas être d'accord en donnant ses raisons, c'est normal quand on discute en ligne. Ce n'est pas, à lui seul, un signe de recrutement.
net-recruiters-quiz-signs-secret = La personne te demande de cacher vos discussions à ta famille
    .feedback = Oui. Le secret te coupe des personnes qui pourraient te protéger.
net-recruiters-quiz-signs-cause = Un camarade t'invite à une collecte pour une association, organisée par ton lycée
    .feedback = Aider une association connue, ouvertement et avec ton lycée, ce n'est pas du recrutement : personne ne te demande de le cacher ni de détester qui que ce soit.
net-recruiters-quiz-signs-enemy = La personne dit que tout un groupe de gens est responsable de tout et qu'il est ton ennemi
    .feedback = Oui. Les histoires « nous contre eux » font des gens des ennemis et préparent le terrain à la violence.

net-recruiters-quiz-encrypted = Si un nouvel ami en ligne te demande de passer sur une appli chiffrée, c'est la preuve qu'il respecte ta vie privée.
net-recruiters-quiz-encrypted-true =
    .feedback = Non. Te pousser vers une discussion cachée, surtout en te demandant le secret, le protège lui, pas toi : là-bas, personne ne peut voir ni signaler ce qui se dit.
net-recruiters-quiz-encrypted-false =
    .feedback = Exact. Le chiffrement est utile en soi ; ce qui doit t'inquiéter, c'est la pression pour aller dans un endroit caché, qui fait partie des signaux d'alerte.

net-recruiters-quiz-why-lonely = Pourquoi les recruteurs visent-ils souvent des jeunes qui se sentent seuls, en colère ou mis à l'écart ?
net-recruiters-quiz-why-lonely-keep-secrets = Parce que les jeunes qui se sentent seuls savent mieux garder un secret que les autres
    .feedback = La solitude ne rend personne meilleur pour garder les secrets. Les recruteurs visent les jeunes seuls parce qu'ils peuvent leur offrir un groupe où ils ont leur place.
net-recruiters-quiz-why-lonely-belonging = Parce qu'ils peuvent leur offrir une place et le sentiment d'être importants
    .feedback = Oui. Se sentir accueilli et apprécié est un vrai besoin, et les recruteurs s'en servent pour faire accepter leurs idées plus facilement.
net-recruiters-quiz-why-lonely-only-agree = Ils ne les visent pas : ils ne parlent qu'à des gens qui partagent déjà toutes leurs idées
    .feedback = Les recruteurs cherchent de nouvelles personnes, souvent des jeunes qui n'ont jamais pensé à leur cause. Les idées arrivent plus tard, petit à petit.

net-recruiters-quiz-already-shared = Tu peux encore parler d'un groupe en ligne à un adulte de confiance, même si tu as déjà partagé certaines de ses vidéos.
net-recruiters-quiz-already-shared-true =
    .feedback = Oui. Tu n'auras pas d'ennuis pour avoir demandé de l'aide, et plus tu en parles tôt, plus il est facile de t'éloigner.
net-recruiters-quiz-already-shared-false =
    .feedback = Tu le peux toujours. Les recruteurs veulent te faire croire qu'il est trop tard, pour que tu restes. Un adulte de confiance peut t'aider à prendre tes distances, quoi que tu aies partagé.

net-recruiters-quiz-friend-changes = Ton ami répète des phrases d'un groupe en ligne, traite de « traîtres » tous ceux qui ne sont pas d'accord et ne voit plus ses anciens amis. Quelle est la meilleure chose à faire ?
net-recruiters-quiz-friend-changes-argue-in-group = Entrer dans la discussion du groupe et débattre avec ses membres pour leur prouver qu'ils ont tort
    .feedback = Débattre avec des recruteurs chez eux marche rarement, et ça t'expose toi aussi à leur pression. Reste avec ton ami, en dehors du groupe.
net-recruiters-quiz-friend-changes-stop-talking = Ne plus lui parler jusqu'à ce qu'il change : c'est son choix, donc son problème maintenant
    .feedback = Couper les ponts, c'est exactement ce que veulent les recruteurs : il ne lui resterait que le groupe. Rester proche l'aide à revenir.
net-recruiters-quiz-friend-changes-stay-and-tell =
    { $address ->
        [f] Rester son amie, lui dire que tu t'inquiètes, et en parler à un adulte de confiance
       *[m] Rester son ami, lui dire que tu t'inquiètes, et en parler à un adulte de confiance
    }
    .feedback = Oui. Ton amitié garde une porte ouverte, et un adulte peut lui trouver l'aide qu'il faut.

net-recruiters-quiz-violent-post = Tu vois, sur une chaîne publique, un message qui fait l'éloge de la violence contre un groupe de personnes. Qu'est-ce qui aide ? Choisis toutes les bonnes réponses.
net-recruiters-quiz-violent-post-report = Signaler le message à la plateforme
    .feedback = Oui. La plupart des plateformes interdisent les contenus qui font l'éloge de la violence, et les signalements les aident à les trouver et à les supprimer.
net-recruiters-quiz-violent-post-share-mocking = Le partager avec un commentaire moqueur, pour que tout le monde voie à quel point il est horrible
    .feedback = Même un partage moqueur fait circuler le message auprès de plus de gens, et c'est ce que veulent ses auteurs. Signale-le plutôt.
net-recruiters-quiz-violent-post-tell-adult = Raconter à un adulte de confiance ce que tu as vu
    .feedback = Oui. En parler t'aide, et un adulte peut décider s'il faut aller plus loin, par exemple prévenir la police.
net-recruiters-quiz-violent-post-insult-back = Répondre par des insultes à la personne qui l'a publié
    .feedback = Les insultes nourrissent l'histoire « nous contre eux » et peuvent t'entraîner dans une bagarre. Signale-le et éloigne-toi.
