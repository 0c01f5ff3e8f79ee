## Leçon : Le cyberharcèlement n'est jamais acceptable (13-18 ans)

net-cyberbullying = Le cyberharcèlement n'est jamais acceptable
    .summary = Reconnais le cyberharcèlement, réagis sans l'aggraver, et aide quand il touche quelqu'un d'autre.

net-cyberbullying-the-group = Mariam a 14 ans. Des filles de sa classe l'ajoutent à un nouveau groupe de discussion, dont le nom est un surnom moqueur inventé pour elle. Chaque soir, de nouveaux messages arrivent : une photo d'elle retouchée avec des autocollants ridicules, des blagues sur ses vêtements, des émojis qui rient. Quand elle leur demande d'arrêter, l'une d'elles répond : « Détends-toi, c'est pour rire. »
    .alt = Mariam, dans sa chambre le soir, regarde tristement son téléphone ; l'écran est plein de bulles de discussion et d'émojis qui rient.

net-cyberbullying-what-it-is =
    { $address ->
        [f] C'est du cyberharcèlement : utiliser des téléphones, des applis ou des jeux pour blesser, effrayer ou humilier quelqu'un, encore et encore. Cela peut être des rumeurs, des photos gênantes, des menaces, un faux compte qui se fait passer pour quelqu'un, ou l'exclusion volontaire d'un groupe. Si tu te sens blessée, ou si les autres rient de toi plutôt qu'avec toi, la blague est allée trop loin. Le cyberharcèlement n'est jamais acceptable, et ce n'est jamais la faute de la personne visée.
       *[m] C'est du cyberharcèlement : utiliser des téléphones, des applis ou des jeux pour blesser, effrayer ou humilier quelqu'un, encore et encore. Cela peut être des rumeurs, des photos gênantes, des menaces, un faux compte qui se fait passer pour quelqu'un, ou l'exclusion volontaire d'un groupe. Si tu te sens blessé, ou si les autres rient de toi plutôt qu'avec toi, la blague est allée trop loin. Le cyberharcèlement n'est jamais acceptable, et ce n'est jamais la faute de la personne visée.
    }

net-cyberbullying-reply = Mariam est en colère et blessée. Que doit-elle faire d'abord ?
net-cyberbullying-reply-hit-back = Répondre encore plus méchamment, pour qu'elles arrêtent.
    .feedback = Sa colère se comprend, mais répondre sur le même ton peut faire grossir le harcèlement, et ses mots pourraient être retournés contre elle.
net-cyberbullying-reply-save-block = Faire des captures d'écran, ne pas répondre, puis bloquer, signaler le groupe et en parler à un adulte de confiance.
    .feedback = Bravo. Les captures sont des preuves, le silence ne donne rien à jouer aux harceleuses, et bloquer, signaler et se faire aider par un adulte peut tout arrêter.
net-cyberbullying-reply-delete-all = Tout effacer et n'en parler à personne.
    .feedback = C'est compréhensible, mais les preuves disparaissent et elle porte tout ça seule. Elle mérite de l'aide.

net-cyberbullying-bystander = Salma est aussi dans le groupe. Elle n'a jamais rien écrit de méchant, mais elle a lu tous les messages. Aujourd'hui, elle voit Mariam quitter l'école sans parler à personne, et elle se sent mal.
    .alt = Salma, debout au portail de l'école, tient son téléphone et regarde Mariam s'éloigner seule.

net-cyberbullying-bystander-choice = Que peut faire Salma ?
net-cyberbullying-bystander-choice-laugh-along = Se taire et ajouter un émoji qui rit, pour ne pas être la prochaine cible.
    .feedback = Sa peur se comprend, mais chaque rire dit aux harceleuses que le groupe est de leur côté.
net-cyberbullying-bystander-choice-leave = Quitter le groupe sans un mot.
    .feedback = Bon début : elle ne participe plus. Mais Mariam ne sait pas que quelqu'un se soucie d'elle, et le groupe continue.
net-cyberbullying-bystander-choice-stand-by = Envoyer à Mariam un message gentil en privé, signaler le groupe et prévenir une professeure.
    .feedback = Bravo. Mariam apprend qu'elle n'est pas seule, et les adultes peuvent agir. Un témoin qui agit change vraiment les choses.

net-cyberbullying-what-to-do = Si ça t'arrive : ne réponds pas et ne te venge pas. Garde les preuves (des captures d'écran où l'on voit la date). Bloque la personne et signale-la dans l'appli. Parles-en à un adulte de confiance : un parent, un proche plus âgé, un professeur ou le conseiller de l'école. Si tu vois que ça arrive à quelqu'un d'autre : ne like pas et ne partage pas, soutiens la personne en privé, signale et préviens un adulte. Si tu te sens un jour en danger, parles-en tout de suite à un adulte.

net-cyberbullying-recap =
    { $address ->
        [f] Le cyberharcèlement n'est jamais acceptable, et ce n'est jamais ta faute. Ne riposte pas. Garde les preuves, bloque, signale et parle à un adulte de confiance. Et quand tu vois que ça arrive à quelqu'un d'autre, sois celle qui aide.
       *[m] Le cyberharcèlement n'est jamais acceptable, et ce n'est jamais ta faute. Ne riposte pas. Garde les preuves, bloque, signale et parle à un adulte de confiance. Et quand tu vois que ça arrive à quelqu'un d'autre, sois celui ou celle qui aide.
    }

## Quiz

net-cyberbullying-quiz-which-bullying = Lesquels de ces comportements peuvent être du cyberharcèlement ? Choisis toutes les bonnes réponses.
net-cyberbullying-quiz-which-bullying-blocks-you = Un camarade qui te bloque après une dispute et ne répond plus à tes messages
    .feedback = Non. Bloquer quelqu'un, c'est une façon de faire une pause ou de se sentir en sécurité. Ce n'est pas du harcèlement en soi.
net-cyberbullying-quiz-which-bullying-fake-account = Créer un faux compte qui se fait passer pour un camarade
    .feedback = Oui. Se faire passer pour quelqu'un afin de l'humilier, c'est du cyberharcèlement.
net-cyberbullying-quiz-which-bullying-left-out = Créer exprès un groupe de la classe avec tout le monde sauf une fille, pour se moquer d'elle
    .feedback = Oui. Exclure quelqu'un exprès et se moquer de lui dans son dos, c'est du cyberharcèlement.
net-cyberbullying-quiz-which-bullying-one-disagree = Une amie qui te dit une fois, poliment, qu'elle n'est pas d'accord avec ton choix
    .feedback = Non. Un désaccord respectueux n'est pas du harcèlement : il ne cherche pas à blesser et ne se répète pas.
net-cyberbullying-quiz-which-bullying-edited-photo = Partager une photo retouchée pour ridiculiser quelqu'un
    .feedback = Oui. Les photos gênantes circulent vite et blessent.

net-cyberbullying-quiz-reply-meaner = Le meilleur moyen d'arrêter quelqu'un qui te harcèle en ligne, c'est de répondre encore plus méchamment.
net-cyberbullying-quiz-reply-meaner-true =
    .feedback = C'est tentant, mais riposter peut aggraver les choses, et te causer des ennuis à toi aussi.
net-cyberbullying-quiz-reply-meaner-false =
    .feedback = Exact. Ne réponds pas : garde les preuves, bloque, signale et parles-en à un adulte de confiance.

net-cyberbullying-quiz-screenshots = Pourquoi faire des captures d'écran avant de bloquer quelqu'un ?
    .hint = Pense à ce dont un adulte, ton école ou l'appli ont besoin pour agir.
net-cyberbullying-quiz-screenshots-no-need = Inutile : bloquer suffit.
    .feedback = Bloquer aide, mais ça ne met pas toujours fin au harcèlement, et sans preuves, il est plus difficile pour les adultes ou l'appli d'agir.
net-cyberbullying-quiz-screenshots-post-them = Pour les publier dans le groupe de la classe, afin que tout le monde voie ce qu'ont fait les harceleurs et prenne ton parti
    .feedback = Ça peut relancer le harcèlement, avec toi au milieu. Garde-les pour les montrer à ceux qui peuvent t'aider.
net-cyberbullying-quiz-screenshots-evidence = Pour garder des preuves à montrer à un adulte de confiance, à l'école ou à l'appli
    .feedback = Oui. Avec des preuves, c'est bien plus facile pour les autres d'arrêter le harcèlement.

net-cyberbullying-quiz-bystander = Dans un groupe de discussion, tu vois des élèves se moquer d'un camarade. Quelle est la meilleure chose à faire ?
net-cyberbullying-quiz-bystander-stay-out =
    { $address ->
        [f] Ne pas m'en mêler : ce ne sont pas mes affaires, et si je dis quelque chose, je serai la prochaine.
       *[m] Ne pas m'en mêler : ce ne sont pas mes affaires, et si je dis quelque chose, je serai le prochain.
    }
    .feedback = Cette peur se comprend, mais le silence laisse ton camarade seul. Tu peux l'aider en privé, sans que personne dans le groupe le sache.
net-cyberbullying-quiz-bystander-support-report = Le soutenir en privé, signaler et prévenir un professeur
    .feedback = Oui. Du soutien pour la personne visée, et des adultes qui agissent.
net-cyberbullying-quiz-bystander-laugh =
    { $address ->
        [f] Ajouter un émoji qui rit, pour ne pas être la prochaine.
       *[m] Ajouter un émoji qui rit, pour ne pas être le prochain.
    }
    .feedback = Participer, même avec un émoji, dit aux harceleurs que le groupe est de leur côté.

net-cyberbullying-quiz-just-kidding = Si quelqu'un dit « je rigolais », ça ne peut pas être du harcèlement.
net-cyberbullying-quiz-just-kidding-true =
    .feedback =
        { $address ->
            [f] Ce n'est pas vrai. Si tu te sens blessée et que ça continue après que tu as demandé d'arrêter, ça peut être du harcèlement, peu importe le nom qu'on lui donne.
           *[m] Ce n'est pas vrai. Si tu te sens blessé et que ça continue après que tu as demandé d'arrêter, ça peut être du harcèlement, peu importe le nom qu'on lui donne.
        }
net-cyberbullying-quiz-just-kidding-false =
    .feedback = Exact. « Je rigolais » ne change ni ce que tu ressens, ni ce que c'est vraiment.

net-cyberbullying-quiz-trusted-adult = Qui peut être un adulte de confiance à qui parler de cyberharcèlement ? Choisis toutes les bonnes réponses.
net-cyberbullying-quiz-trusted-adult-game-stranger = Un joueur plus âgé de ton jeu, qui a l'air gentil et propose de « les remettre à leur place »
    .feedback = Non. Quelqu'un que tu ne connais qu'en ligne n'est pas un adulte de confiance, même s'il a l'air gentil, et « les remettre à leur place » pourrait aggraver les choses.
net-cyberbullying-quiz-trusted-adult-relative = Un parent, ou une tante ou un oncle en qui tu as confiance
    .feedback = Oui. Tout adulte de la famille avec qui tu te sens en sécurité peut t'aider, même s'il faut lui expliquer comment marche l'appli.
net-cyberbullying-quiz-trusted-adult-popular-student = Un élève plus âgé et populaire, avec beaucoup d'abonnés, qui peut « afficher » les harceleurs en ligne
    .feedback = Ce n'est pas un adulte, et humilier des gens en ligne relance souvent le harcèlement. Choisis un adulte capable d'agir calmement.
net-cyberbullying-quiz-trusted-adult-counsellor = Un professeur ou le conseiller de l'école
    .feedback = Oui. L'école peut agir, surtout quand les harceleurs sont des camarades.
