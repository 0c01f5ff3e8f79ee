## Leçon : Des règles pour toute la famille (moins de 9 ans)

u9-grown-ups = Des règles pour toute la famille
    .summary = Les grands montrent l'exemple. Les bonnes règles d'écran sont pour tout le monde, petits et grands.

u9-grown-ups-meet = C'est l'heure du dîner. Toute la famille de Zaïd est à table. Mais Papa regarde sans cesse son téléphone.
    .alt = Une famille est assise autour de la table du dîner. Le papa regarde son téléphone.

u9-grown-ups-dinner = Zaïd veut raconter sa journée à Papa. Que peut faire Zaïd ?
u9-grown-ups-dinner-grab = Prendre le téléphone de Papa et le cacher.
    .feedback = Prendre les choses de force, ça fâche. Des mots gentils marchent bien mieux.
u9-grown-ups-dinner-ask = Dire gentiment : « Papa, ton téléphone peut se reposer pendant le repas ? »
    .feedback = Oui ! Les grands oublient parfois, eux aussi. Les mots gentils aident tout le monde à s'en souvenir.

u9-grown-ups-rules = { -mascot } dit : les règles de la famille sont pour tout le monde. Grands et petits les font ensemble, et les suivent ensemble.

u9-grown-ups-make-rule = La famille de Zaïd fait ses règles d'écran ensemble. Quelle règle est juste pour tous ?
u9-grown-ups-make-rule-everyone = Tous les téléphones se reposent dans un panier pendant le dîner.
    .feedback = Oui ! Grands et petits la suivent. Maintenant, tout le monde peut parler et écouter.
u9-grown-ups-make-rule-kids-only = Seuls les enfants rangent les écrans.
    .feedback = Une règle pour quelques-uns seulement, ce n'est pas juste. Les bonnes règles sont pour tous.
u9-grown-ups-make-rule-none = Pas de règles du tout !
    .feedback = Sans règles, les écrans peuvent prendre tout notre temps. Les règles faites ensemble aident la famille.

u9-grown-ups-basket = Les téléphones sont dans le panier. Que peut faire la famille pendant le dîner ?
u9-grown-ups-basket-talk = Parler et rire de leur journée.
    .feedback = Oui ! Papa écoute la journée de Zaïd. Tout le monde profite mieux du repas.
u9-grown-ups-basket-stare = Fixer le panier et attendre.
    .feedback = Ha ha ! Les téléphones se reposent. C'est le moment de se parler.

u9-grown-ups-ask-photo = Maman veut partager la photo de Zaïd dans le groupe de la famille. Elle lui demande d'abord. Maintenant, Zaïd veut partager la photo de son cousin. Que fait-il ?
u9-grown-ups-ask-photo-post = La partager tout de suite : c'est son cousin, pas un inconnu.
    .feedback = Son cousin n'a pas dit oui. Zaïd peut faire comme Maman : demander d'abord.
u9-grown-ups-ask-photo-ask = Demander d'abord à son cousin, comme Maman.
    .feedback = Oui ! Zaïd a appris de Maman. Demander d'abord, c'est respecter l'autre.

u9-grown-ups-recap = Les grands montrent l'exemple, et les enfants apprennent d'eux. La famille fait ses règles d'écran ensemble, et tout le monde les suit. Si quelqu'un oublie, des mots gentils aident.

## Quiz

u9-grown-ups-quiz-good-dinner = Quelle image montre un dîner en famille joyeux ?
u9-grown-ups-quiz-good-dinner-talk = Une famille parle et rit ensemble.
    .feedback = Oui ! Tout le monde est ensemble, et les téléphones se reposent dans le panier.
u9-grown-ups-quiz-good-dinner-phones = À table, chacun regarde son téléphone. Personne ne parle.
    .feedback = Personne ne se parle. Les téléphones peuvent se reposer pendant le repas.

u9-grown-ups-quiz-only-children = Les règles de la famille sont seulement pour les enfants.
u9-grown-ups-quiz-only-children-true =
    .feedback = Non. Les bonnes règles de la famille sont pour tout le monde, les grands aussi.
u9-grown-ups-quiz-only-children-false =
    .feedback = Exact ! Petits et grands suivent les règles ensemble.

u9-grown-ups-quiz-forgets = Papa oublie la règle. Il prend son téléphone pendant le dîner. Que peux-tu dire ?
    .hint = Quels mots aimerais-tu entendre si tu oubliais ?
u9-grown-ups-quiz-forgets-copy = Dire : « Alors moi aussi, je joue sur la tablette ! »
    .feedback = La règle est pour tout le monde : ne la casse pas toi aussi. Rappelle-la gentiment à Papa.
u9-grown-ups-quiz-forgets-kind = « Papa, tu te souviens de notre règle ? »
    .feedback = Oui ! Un rappel gentil aide Papa à s'en souvenir.
u9-grown-ups-quiz-forgets-shout = Crier : « Ce n'est pas juste ! »
    .feedback = Crier peut fâcher tout le monde. Les mots gentils marchent mieux.
u9-grown-ups-quiz-forgets-nothing = Ne rien dire, et être triste.
    .feedback = Ce que tu ressens compte. Tu peux gentiment rappeler la règle à Papa.

u9-grown-ups-quiz-good-rules = Quelles sont de bonnes règles d'écran pour la famille ? Choisis toutes les bonnes réponses.
u9-grown-ups-quiz-good-rules-kids-only = Seuls les enfants éteignent leurs écrans pendant le dîner.
    .feedback = Cette règle n'est pas juste. Une bonne règle, petits et grands la suivent.
u9-grown-ups-quiz-good-rules-dinner = Tous les téléphones se reposent pendant le dîner.
    .feedback = Oui ! Le dîner, c'est pour se parler, et les téléphones des grands se reposent aussi.
u9-grown-ups-quiz-good-rules-no-rules-grown-ups = Les grands n'ont pas besoin de règles.
    .feedback = Les règles marchent mieux quand les grands les suivent aussi.
u9-grown-ups-quiz-good-rules-ask-photo = On demande avant de partager la photo de quelqu'un.
    .feedback = Oui ! Tout le monde dans la famille le fait, petits et grands.
