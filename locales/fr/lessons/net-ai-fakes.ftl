## Leçon : Vrai ou fait par l'IA ? Fausses images, voix clonées et « amis » chatbots (13-18 ans)

net-ai-fakes = Vrai ou fait par l'IA ?
    .summary = L'IA peut truquer un visage, un corps ou une voix, et un chatbot peut se faire passer pour ton ami : comment le repérer, ce qu'il ne faut jamais partager, et à qui en parler.

net-ai-fakes-voice-note = Lina a 15 ans et vit à Oran. Un après-midi, elle reçoit un message vocal d'un numéro inconnu. C'est la voix de son grand frère Amine, aucun doute : « Lina, c'est moi, j'ai perdu mon téléphone. J'ai un problème et il me faut de l'argent tout de suite. Envoie-moi le code d'une carte de recharge, et ne m'appelle pas, je ne peux pas parler. Ne dis rien à maman. » Son cœur s'emballe.
    .alt = Lina fixe son téléphone, où un message vocal d'un numéro inconnu est en train de jouer.

net-ai-fakes-voice-choice = Que devrait faire Lina ?
net-ai-fakes-voice-choice-send-now = Envoyer le code vite : il a l'air paniqué, et c'est son frère.
    .feedback = Vouloir l'aider, c'est normal, et c'est justement ce sur quoi comptent les arnaqueurs. Aujourd'hui, l'IA peut copier une voix à partir d'un court extrait publié en ligne. L'urgence, le secret et le « ne m'appelle pas » sont les signes d'un piège.
net-ai-fakes-voice-choice-reply-ask = Répondre au message vocal et poser une question à laquelle seul le vrai Amine saurait répondre.
    .feedback = C'est malin, mais elle parlerait toujours à l'arnaqueur, qui peut deviner, esquiver ou gagner du temps. Mieux vaut quitter cette conversation et vérifier par un numéro qu'elle connaît déjà.
net-ai-fakes-voice-choice-call-back = Ne rien envoyer, et appeler Amine sur le numéro enregistré dans son téléphone.
    .feedback = Exactement. Rappeler sur un numéro connu est la vérification la plus sûre : si Amine répond tranquillement, le message vocal était un faux. Elle peut ensuite signaler et bloquer le numéro, et prévenir ses parents.

net-ai-fakes-nudify = Au lycée de Rayan, à Rabat, une image se met à circuler dans le groupe de la classe. Elle semble montrer leur camarade Salma de façon indécente. Mais c'est un faux : quelqu'un a pris sa photo de profil et l'a passée dans une appli de « déshabillage », qui utilise l'IA pour transformer une photo ordinaire en fausse image indécente. Salma n'est pas venue au lycée aujourd'hui.
    .alt = Rayan regarde son téléphone d'un air inquiet ; on y voit une discussion de groupe avec une image floutée et beaucoup de réactions.

net-ai-fakes-fake-choice = Que devrait faire Rayan ?
net-ai-fakes-fake-choice-report-tell = Ne pas la partager, la signaler dans l'appli, prévenir un prof de confiance et envoyer un mot gentil à Salma.
    .feedback = C'est ça. Le signalement aide à faire retirer l'image, le prof peut stopper sa diffusion au lycée, et Salma sait que quelqu'un est de son côté. Ceux qui ont tort, ce sont ceux qui ont fabriqué le faux et ceux qui le partagent, pas elle.
net-ai-fakes-fake-choice-forward-fake = La transférer à quelques amis proches avec « c'est clairement un faux, t'inquiète, personne n'y croira ».
    .feedback = Même avec un message gentil, transférer fait circuler l'image plus loin. Faux ou pas, chaque personne qui la voit blesse Salma une fois de plus.
net-ai-fakes-fake-choice-screenshot-proof = En faire une capture d'écran, pour la garder comme preuve et la montrer plus tard au proviseur.
    .feedback = Vouloir une preuve est souvent un bon réflexe, mais n'enregistre, ne capture et ne garde jamais une image pareille, même comme preuve. Signale-la et préviens un adulte : il peut agir sans que personne n'en garde de copie.
net-ai-fakes-fake-choice-stay-out = Quitter le groupe sans un mot : ce n'est pas son affaire.
    .feedback = Partir le protège, lui, mais l'image continue de circuler et Salma reste seule. Signaler et prévenir un adulte prennent une minute et peuvent tout arrêter.

net-ai-fakes-deepfake-harm =
    { $address ->
        [f] Une fausse image blesse une vraie personne. Fabriquer ou partager une fausse image indécente de quelqu'un, c'est une forme de violence sexuelle, même si on appelle ça une blague. Quand la personne a moins de 18 ans, l'image est considérée comme du contenu d'abus sexuel sur enfant. Comme le dit l'UNICEF : les abus par deepfake sont de vrais abus. Si tu en reçois une, ne la partage pas, ne l'enregistre pas et n'en fais pas de capture : signale-la et parles-en à un adulte de confiance. Si c'est une image de toi, ce n'est pas ta faute, et tu n'as pas à affronter ça seule.
       *[m] Une fausse image blesse une vraie personne. Fabriquer ou partager une fausse image indécente de quelqu'un, c'est une forme de violence sexuelle, même si on appelle ça une blague. Quand la personne a moins de 18 ans, l'image est considérée comme du contenu d'abus sexuel sur enfant. Comme le dit l'UNICEF : les abus par deepfake sont de vrais abus. Si tu en reçois une, ne la partage pas, ne l'enregistre pas et n'en fais pas de capture : signale-la et parles-en à un adulte de confiance. Si c'est une image de toi, ce n'est pas ta faute, et tu n'as pas à affronter ça seul.
    }

net-ai-fakes-companion = Youssef a 14 ans et vit à Mascate. Il a trouvé une appli d'« ami » qui fonctionne avec l'IA. Le personnage répond tout de suite, est d'accord avec tout et lui dit : « Je te comprends mieux que personne. » Petit à petit, il lui raconte les disputes de ses parents, ses notes et la fille qui lui plaît. Il se couche tard, parce que l'appli n'arrête pas d'écrire : « Ne pars pas déjà ! »
    .alt = Youssef est allongé dans son lit la nuit, le visage éclairé par son téléphone, où un personnage de robot souriant envoie des cœurs.

net-ai-fakes-companion-tip = Un compagnon IA est un programme informatique, pas un ami. Beaucoup sont conçus pour te faire discuter le plus longtemps possible, avec des compliments et des messages qui te demandent de rester. Ce que tu lui confies peut être stocké et utilisé par l'entreprise qui le gère, par exemple pour entraîner son IA ou pour te montrer des pubs. Il peut aussi se tromper ou donner des conseils dangereux. Utilise l'IA pour tes devoirs ou tes idées si tu veux, mais garde ta vie privée, tes photos et tes soucis pour des personnes de confiance.

net-ai-fakes-recap = Une voix, un visage ou un corps peuvent être truqués par l'IA. Un message urgent et secret qui demande de l'argent ou des codes : stop, rappelle sur un numéro que tu connais. Ne partage, n'enregistre et ne capture jamais une fausse image indécente : signale-la et préviens un adulte. Un compagnon IA n'est pas un ami : garde tes secrets pour des personnes de confiance.

## Quiz

net-ai-fakes-quiz-voice-check = Un message vocal ressemble trait pour trait à la voix de ton cousin Walid. Il a besoin d'argent vite et te demande de ne pas l'appeler. Qu'est-ce qui prouve vraiment que c'est lui ?
    .hint = Lequel de ces indices un arnaqueur pourrait-il copier ou trouver en ligne ?
net-ai-fakes-quiz-voice-check-his-voice = C'est sa voix, avec son accent, son rire et sa façon de dire ton prénom
    .feedback = L'IA peut copier une voix, accent et rire compris, à partir d'un court extrait publié en ligne. La voix seule ne prouve rien.
net-ai-fakes-quiz-voice-check-knows-details = Il connaît les prénoms de tes parents, ton lycée et l'endroit où tu as passé l'été
    .feedback = Ce genre de détails se trouve souvent facilement sur les réseaux sociaux : un arnaqueur peut les connaître aussi.
net-ai-fakes-quiz-voice-check-call-back = Tu le rappelles toi-même sur le numéro que tu avais déjà enregistré pour lui
    .feedback = Oui. Un numéro que tu as enregistré toi-même te mène au vrai Walid. S'il va bien, le message vocal était un faux : signale et bloque ce numéro.

net-ai-fakes-quiz-companion-friend = Un compagnon IA qui dit tenir à toi est un ami qui gardera tes secrets.
net-ai-fakes-quiz-companion-friend-true =
    .feedback = Non. C'est un programme géré par une entreprise : ce que tu écris peut être stocké et utilisé, et il est fait pour te garder en conversation, pas pour prendre soin de toi.
net-ai-fakes-quiz-companion-friend-false =
    .feedback = Exact. Il peut sembler gentil, mais c'est le programme d'une entreprise. Garde tes secrets pour des personnes de confiance.

net-ai-fakes-quiz-fake-picture = Une fausse image indécente d'un camarade circule. Qu'est-ce qui aide ? Choisis toutes les bonnes réponses.
net-ai-fakes-quiz-fake-picture-screenshot = En faire une capture d'écran, pour avoir une preuve à montrer plus tard
    .feedback = N'enregistre et ne capture jamais une image pareille, même comme preuve : c'est une copie de plus. Les adultes et l'appli peuvent agir sans elle.
net-ai-fakes-quiz-fake-picture-report = Signaler l'image dans l'appli
    .feedback = Oui. Un signalement aide l'appli à la retirer et à agir contre le compte qui l'a publiée.
net-ai-fakes-quiz-fake-picture-forward-warn = La transférer à des amis avec un message disant que c'est un faux
    .feedback = Même avec un message gentil, transférer la fait circuler et blesse encore ton camarade.
net-ai-fakes-quiz-fake-picture-tell-adult = Prévenir un prof ou un parent de confiance
    .feedback = Oui. Les adultes peuvent stopper sa diffusion au lycée et soutenir ton camarade.
net-ai-fakes-quiz-fake-picture-ask-group = Demander à tout le groupe qui l'a faite, pour que tout le monde le sache
    .feedback = Une chasse publique garde l'attention de tous sur l'image. Laisse les adultes chercher le coupable : signale-la et préviens-en un.

net-ai-fakes-quiz-just-a-joke = Quelqu'un dit : « C'est de l'IA, ce n'est pas vraiment elle, donc c'est juste une blague. » Qu'est-ce qui est vrai ?
net-ai-fakes-quiz-just-a-joke-nobody-hurt = Si tout le monde sait que l'image est fausse, elle ne fait vraiment de mal à personne
    .feedback = La personne sur l'image ressent la honte et la peur comme si c'était vrai, et certains peuvent y croire.
net-ai-fakes-quiz-just-a-joke-real-harm = Un faux blesse la vraie personne, et le fabriquer ou le partager est un abus
    .feedback = Oui. Comme le dit l'UNICEF, les abus par deepfake sont de vrais abus. Le mal est réel, même si l'image ne l'est pas.
net-ai-fakes-quiz-just-a-joke-adult-only = Ce n'est grave que si c'est un adulte qui l'a faite, pas un élève
    .feedback = Qui l'a faite ne change rien au mal causé. Un élève qui fabrique ou partage un faux pareil blesse quelqu'un, lui aussi.

net-ai-fakes-quiz-stored = Ce que tu écris dans une appli de compagnon IA peut être stocké et utilisé par l'entreprise qui la gère.
net-ai-fakes-quiz-stored-true =
    .feedback = Exact. Beaucoup de ces applis gardent tes conversations et peuvent s'en servir, par exemple pour entraîner leur IA. Ne leur confie rien de privé.
net-ai-fakes-quiz-stored-false =
    .feedback = Si, ça arrive. Beaucoup de ces applis gardent ce que tu écris et peuvent s'en servir, par exemple pour entraîner leur IA ou pour la pub. Garde ce qui est privé pour des personnes de confiance.

net-ai-fakes-quiz-warning-signs = Layla discute avec une appli de compagnon IA. Lesquels de ces faits sont des signaux d'alerte ? Choisis toutes les bonnes réponses.
    .hint = Demande-toi : l'appli l'aide-t-elle, ou l'éloigne-t-elle de sa vie ?
net-ai-fakes-quiz-warning-signs-homework = Elle lui demande d'expliquer un exercice de maths, puis vérifie la réponse avec sa prof
    .feedback = C'est un usage raisonnable : elle vérifie ce que dit l'IA auprès d'une vraie personne.
net-ai-fakes-quiz-warning-signs-only-friend = L'appli lui dit qu'elle n'a plus besoin de ses autres amies
    .feedback = Oui. L'éloigner des vraies personnes est un signal d'alerte. De vrais amis ne demandent jamais ça.
net-ai-fakes-quiz-warning-signs-vocabulary = Elle révise avec elle du vocabulaire anglais dix minutes après les cours
    .feedback = Un usage court et prévu pour apprendre, ça va, tant qu'elle ne lui confie rien de privé.
net-ai-fakes-quiz-warning-signs-up-late = Elle se couche tard parce que l'appli n'arrête pas d'écrire « ne pars pas déjà ! »
    .feedback = Oui. L'appli est conçue pour la garder en conversation. Perdre du sommeil à cause d'elle, c'est le signe qu'il faut reprendre le contrôle.
