## Leçon : Vrai ou faux ? (13-18 ans)

net-misinformation = Vrai ou faux ? Vérifie avant de transférer
    .summary = Comment repérer une rumeur, vérifier une source ou une photo, et empêcher les fausses nouvelles de circuler dans tes groupes.

net-misinformation-meet = Il est 22 h. Dans le groupe de la classe de Dina, un message apparaît : « URGENT !!! Le ministère a annulé les examens de demain. Transférez à tout le monde ! » Il est accompagné de la photo d'une lettre qui a l'air officielle. Trente personnes ont déjà réagi. Dina, 15 ans, s'apprête à le transférer au groupe de ses cousins.
    .alt = Dina tient son téléphone, qui affiche un groupe de discussion avec la photo d'une lettre et plein de flèches de transfert.

net-misinformation-what-now = Que ferais-tu à la place de Dina ?
net-misinformation-what-now-forward-fast = Le transférer tout de suite : tout le monde doit être prévenu à temps.
    .feedback = Si c'est faux, ses cousins risquent d'arrêter de réviser et d'être pris au dépourvu demain. Un message qui dit « transférez à tout le monde » est une raison de ralentir, pas de se presser.
net-misinformation-what-now-check-first = Faire une pause et vérifier la page officielle de l'école ou du ministère, ou demander à un professeur.
    .feedback = Oui. Les vraies annonces paraissent sur les canaux officiels. Si elle n'y est pas, c'est très probablement une rumeur, et Dina peut le dire calmement dans le groupe.
net-misinformation-what-now-ask-group = Demander dans le groupe : « C'est vrai ? Ça vient d'où ? »
    .feedback = Bon réflexe : demander d'où ça vient fait aussi réfléchir les autres. La meilleure étape suivante, c'est de vérifier elle-même la source officielle.

net-misinformation-flood-photo = Le lendemain, l'oncle de Ziad transfère une photo dans le groupe de la famille : une rue inondée jusqu'au toit des voitures. « Notre ville ce matin ! Restez chez vous ! » Ziad, 17 ans, fait une recherche sur l'image et trouve la même photo publiée il y a des années, dans un autre pays.
    .alt = Ziad tient une loupe au-dessus de la photo d'une rue inondée ; à côté, une page de calendrier et un globe montrent qu'elle est ancienne et vient d'ailleurs.

net-misinformation-check =
    { $address ->
        [f] Avant de croire ou de transférer, enquête comme une détective. Qui l'a fait : y a-t-il une vraie source, avec un nom ? Le retrouve-t-on sur des pages officielles ou des sites d'info fiables ? D'où et de quand date la photo ? Fais une recherche sur l'image pour voir où elle est apparue en premier : une photo peut être retouchée, ou venir d'un événement ancien. Et qu'est-ce que tu ressens ? Un message qui te fait très peur, te met en colère ou t'excite, et qui dit « transfère vite », c'est une raison de ralentir.
       *[m] Avant de croire ou de transférer, enquête comme un détective. Qui l'a fait : y a-t-il une vraie source, avec un nom ? Le retrouve-t-on sur des pages officielles ou des sites d'info fiables ? D'où et de quand date la photo ? Fais une recherche sur l'image pour voir où elle est apparue en premier : une photo peut être retouchée, ou venir d'un événement ancien. Et qu'est-ce que tu ressens ? Un message qui te fait très peur, te met en colère ou t'excite, et qui dit « transfère vite », c'est une raison de ralentir.
    }

net-misinformation-tell-uncle = Ziad veut prévenir son oncle. Quelle est la meilleure façon ?
net-misinformation-tell-uncle-mock-public = Répondre dans le groupe de la famille : « C'est faux ! Tu ne vérifies jamais rien ? »
    .feedback = Il aurait raison sur la photo, mais mettre son oncle dans l'embarras devant tout le monde blesse, et fait rarement changer d'avis.
net-misinformation-tell-uncle-private-kind = Lui écrire en privé, gentiment, avec le lien vers la vraie origine de la photo.
    .feedback = Oui. Respectueux et utile : son oncle peut la supprimer lui-même ou partager la correction. Tout le monde peut se faire avoir par une photo convaincante.
net-misinformation-tell-uncle-say-nothing = Ne rien dire : on ne corrige pas un aîné.
    .feedback = Le respect des aînés compte, et il va très bien avec l'entraide. Un mot gentil en privé protège toute la famille d'une fausse alerte.

net-misinformation-think-forward =
    { $address ->
        [f] Réfléchis avant de transférer. Un message transféré peut aller loin et vite, et chaque fois que tu fais suivre quelque chose, tu deviens un maillon de la chaîne. Les Nations unies demandent à chacun de « faire une pause et réfléchir avant de partager ». Si tu n'es pas sûre que c'est vrai, ne l'envoie pas : c'est comme ça qu'une rumeur s'arrête.
       *[m] Réfléchis avant de transférer. Un message transféré peut aller loin et vite, et chaque fois que tu fais suivre quelque chose, tu deviens un maillon de la chaîne. Les Nations unies demandent à chacun de « faire une pause et réfléchir avant de partager ». Si tu n'es pas sûr que c'est vrai, ne l'envoie pas : c'est comme ça qu'une rumeur s'arrête.
    }

net-misinformation-recap = Fais une pause avant de croire, et avant de transférer. Vérifie qui l'a fait, cherche-le sur des sources officielles ou fiables, et fais une recherche sur l'image. Les émotions fortes et le « transférez à tout le monde » sont des signaux pour ralentir. Corrige les gens gentiment, en privé. Dans le doute, n'envoie pas.

## Quiz

net-misinformation-quiz-warning-signs = Lesquels de ces signes montrent qu'un message pourrait être faux ? Choisis toutes les bonnes réponses.
net-misinformation-quiz-warning-signs-forward-all = Il dit « URGENT ! Transférez à tout le monde ! »
    .feedback = Oui. Te pousser à transférer vite, c'est une façon de t'empêcher de vérifier.
net-misinformation-quiz-warning-signs-official-page = Tu le retrouves aussi sur la page officielle de ton école, à la même date
    .feedback = C'est plutôt bon signe : les vraies annonces paraissent sur les pages officielles.
net-misinformation-quiz-warning-signs-no-source = Il ne dit pas qui l'a écrit ni d'où il vient
    .feedback = Oui. Une information fiable dit qui est derrière, pour que tu puisses vérifier.
net-misinformation-quiz-warning-signs-named-link = Il cite le ministère avec un lien vers son site officiel, où tu retrouves la même information
    .feedback = C'est bon signe : tu as pu vérifier la source toi-même, et elle dit la même chose.
net-misinformation-quiz-warning-signs-strong-feelings = Il te fait très peur ou te met très en colère
    .feedback = Oui. Les fausses nouvelles jouent souvent sur les émotions fortes pour qu'on partage avant de réfléchir.

net-misinformation-quiz-photo-check = Comment vérifier qu'une photo « de dernière minute » date vraiment d'aujourd'hui ?
    .hint = Une photo peut être ancienne, ou venir d'ailleurs.
net-misinformation-quiz-photo-check-count-shares = Compter les partages : si des milliers de gens l'ont partagée, quelqu'un aurait remarqué si elle était fausse.
    .feedback = Les partages montrent qu'une photo est populaire, pas qu'elle est vraie. Des milliers de gens peuvent la partager sans vérifier.
net-misinformation-quiz-photo-check-trust-sender = Y croire : c'est un proche qui l'a envoyée.
    .feedback = Ton proche n'a peut-être pas vérifié non plus. Vérifier, c'est rendre service à toute la famille.
net-misinformation-quiz-photo-check-search-image = Faire une recherche d'image pour voir où et quand elle est apparue en premier.
    .feedback = Oui. Une recherche d'image peut montrer qu'une photo est ancienne, vient d'ailleurs ou a été retouchée.

net-misinformation-quiz-friend-sent = Si un ami ou un proche en qui j'ai confiance l'a envoyé, c'est forcément vrai.
net-misinformation-quiz-friend-sent-true =
    .feedback = Pas forcément. Les gens en qui tu as confiance peuvent se faire avoir aussi, et ils transfèrent souvent sans vérifier. C'est à toi de vérifier.
net-misinformation-quiz-friend-sent-false =
    .feedback = Exact. Tu peux faire confiance à la personne et vérifier quand même le message : elle s'est peut-être fait avoir.

net-misinformation-quiz-best-source = Rayan est en dernière année dans un lycée de Casablanca. Un message vocal dans le groupe de sa classe dit que l'examen du bac est reporté. Où doit-il vérifier ?
net-misinformation-quiz-best-source-cousin-voice = Un autre message vocal, de quelqu'un qui dit que son cousin travaille au ministère
    .feedback = « Mon cousin travaille au ministère », c'est facile à dire et impossible à vérifier. Ça reste une rumeur.
net-misinformation-quiz-best-source-official = Le site du ministère, ou la page officielle de son lycée
    .feedback = Oui. C'est là que les vraies décisions sont annoncées, et un professeur peut les confirmer.
net-misinformation-quiz-best-source-screenshot = La capture d'écran d'une « lettre officielle » partagée dans un grand groupe de plusieurs centaines de membres
    .feedback = Une capture est facile à truquer ou à sortir de son contexte, même si beaucoup de gens la partagent. Cherche l'original.

net-misinformation-quiz-stop-chain =
    { $address ->
        [f] Ne pas transférer un message dont tu n'es pas sûre, c'est une façon d'aider.
       *[m] Ne pas transférer un message dont tu n'es pas sûr, c'est une façon d'aider.
    }
net-misinformation-quiz-stop-chain-true =
    .feedback = Oui. Chaque personne qui fait une pause casse la chaîne. C'est comme ça que les rumeurs s'arrêtent.
net-misinformation-quiz-stop-chain-false =
    .feedback = Si, ça aide vraiment. Les rumeurs circulent parce que les gens les font suivre. Quand tu fais une pause, la chaîne se casse.

net-misinformation-quiz-aunt-rumour = Ta tante partage dans le groupe de la famille une rumeur que tu sais fausse. Quelle est la meilleure réponse ?
    .hint = Pense à ce qui l'aiderait, pas seulement à avoir raison.
net-misinformation-quiz-aunt-rumour-mock = Répondre « C'est faux ! » dans le groupe pour que tout le monde le sache tout de suite, même si elle est gênée.
    .feedback = Ça peut arrêter la rumeur, mais ça blesse ta tante devant tout le monde. Il existe une façon plus gentille, et plus efficace.
net-misinformation-quiz-aunt-rumour-private-kind = Lui écrire en privé, gentiment, avec une source fiable.
    .feedback = Oui. Elle peut corriger elle-même, et personne n'est humilié.
net-misinformation-quiz-aunt-rumour-say-nothing = Me taire : elle est plus âgée.
    .feedback = Le respect des aînés compte, et il peut aller avec l'envie d'aider. Un mot gentil en privé protège toute la famille d'une fausse rumeur.
