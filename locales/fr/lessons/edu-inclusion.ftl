## Leçon pour les parents et les éducateurs : chaque enfant a sa place

edu-inclusion = Chaque enfant a sa place
    .summary = Aider les enfants en situation de handicap et les enfants migrants ou réfugiés à profiter d'Internet en sécurité, avec l'attention supplémentaire dont ils peuvent avoir besoin.

edu-inclusion-meet = Dans la classe de M. Khalid, qui a des élèves de onze ans, il y a Ali, qui a une déficience intellectuelle et comprend mieux avec des images et des phrases courtes et concrètes, et Nour, dont la famille est arrivée d'un autre pays il y a deux ans. Pour Ali, les appels vidéo sont le moyen le plus simple de garder le contact avec ses cousins et ses amis. Pour Nour, les messages vocaux à sa grand-mère, restée loin, gardent sa famille tout près. Les deux enfants ont besoin d'Internet ; les deux peuvent avoir besoin de plus de soutien pour l'utiliser en sécurité.
    .alt = Dans une salle de classe, un garçon sourit devant une tablette qui montre un appel vidéo avec deux cousins, et une fille tient un téléphone contre son oreille pour envoyer un message vocal, un cœur au-dessus d'elle.

edu-inclusion-lifeline = Les lignes directrices de 2020 sur la protection des enfants en ligne ont ajouté à leurs thèmes les enfants en situation de handicap et les enfants migrants, parce que leurs besoins sont facilement oubliés. Pour beaucoup d'enfants en situation de handicap, le monde numérique est une bouée essentielle pour participer pleinement à la vie sociale. Pour un enfant migrant ou réfugié, il peut être le fil qui le relie à sa famille, à sa langue et à son pays. La Convention des Nations unies relative aux droits de l'enfant reconnaît tous les droits à tous les enfants, sans discrimination liée au handicap ou à l'origine. L'objectif, ce sont donc les mêmes droits et les mêmes chances, avec plus de soutien plutôt qu'avec plus d'interdits.

edu-inclusion-risks = Certains enfants font face à des risques supplémentaires. Un enfant en situation de handicap peut avoir plus de mal à repérer un piège ou les vraies intentions de quelqu'un, se sentir seul et accueillir toute attention, dépendre d'autres personnes pour ses appareils et ses comptes, ou être pris pour cible parce qu'il est différent ; et les outils de signalement sont souvent conçus sans penser à lui. Un enfant migrant ou réfugié peut se sentir isolé dans un nouvel endroit ; ses parents ne connaissent pas forcément encore la langue, les applis ou les services du pays ; la famille peut ignorer où demander de l'aide, ou hésiter à contacter les autorités ; des offres de travail, de voyage, de papiers ou d'argent peuvent être des pièges ; et certains enfants subissent des commentaires haineux sur leurs origines. Rien de tout cela n'est vrai pour chaque enfant : apprenez à connaître celui qui est devant vous.

edu-inclusion-explain = M. Khalid veut apprendre à la classe à protéger ses informations personnelles. Comment s'assurer qu'Ali comprend, lui aussi ?
edu-inclusion-explain-same-sheet = Donner à Ali la même fiche qu'à tout le monde et la lire rapidement.
    .feedback = Le même contenu, c'est juste ; mais la même forme risque de ne pas atteindre Ali. Sans adaptation, il peut passer complètement à côté du message.
edu-inclusion-explain-adapt = Utiliser des images, des exemples concrets et des jeux de rôle, répéter l'idée clé, vérifier la compréhension, et préparer tout cela avec les parents d'Ali et l'enseignant de soutien.
    .feedback = Oui. Phrases courtes, images, mise en pratique et répétition aident beaucoup d'enfants, et la famille sait ce qui marche pour Ali. Convenez d'une règle simple et d'un adulte de confiance vers qui il peut aller.
edu-inclusion-explain-offline = Dire à Ali qu'il ne doit pas aller en ligne du tout.
    .feedback = Cela coupe Ali de ses amis et de ses apprentissages, et il ira sans doute en ligne quand même, sans les bons réflexes. Le soutien marche mieux que l'interdiction.

edu-inclusion-family = La mère de Nour ne lit pas encore la langue de la lettre de l'école sur la sécurité en ligne. Que doit faire l'école ?
edu-inclusion-family-resend = Renvoyer la lettre : la lire, c'est le travail de la famille.
    .feedback = L'information ne lui parviendrait toujours pas. Un parent qui ne peut pas lire une lettre n'est pas un parent qui ne s'intéresse pas.
edu-inclusion-family-nour-translates = Demander à Nour de tout traduire pour sa mère.
    .feedback = Beaucoup d'enfants aident leur famille avec la langue, mais sur les questions de sécurité, un enfant peut adoucir ou sauter les passages inquiétants, et cela fait peser sur lui une charge d'adulte. Faites appel à un interprète adulte quand c'est possible.
edu-inclusion-family-meet-mother = Rencontrer la mère de Nour avec un interprète ou une personne de confiance de sa communauté, utiliser des images, et lui demander quelles applis la famille utilise.
    .feedback = Oui. Une rencontre en personne crée la confiance, et parler des applis que la famille utilise vraiment rend les conseils concrets. { -app-name }, dans une langue que la famille lit, peut aussi aider.

edu-inclusion-trusted = Chaque enfant a besoin d'au moins un adulte de confiance qu'il peut joindre d'une façon qui lui convient : en langue des signes, avec des images, ou dans sa propre langue. Nommez ces adultes avec l'enfant, et vérifiez qu'il sait bloquer et signaler dans les applis qu'il utilise vraiment. N'oubliez pas que les outils de signalement et les lignes d'écoute ne sont pas toujours accessibles à tous les enfants, ni disponibles dans leur langue : soyez prêt à les accompagner. Adapter, pas exclure.

edu-inclusion-recap = Les enfants en situation de handicap et les enfants migrants ou réfugiés ont les mêmes droits en ligne que tous les enfants. Internet peut être pour eux une bouée essentielle, et ils peuvent faire face à des risques supplémentaires. Expliquez de façon accessible (images, phrases courtes, jeux de rôle, répétition), parlez aux parents dans leur langue, faites appel à des interprètes adultes pour les questions de sécurité, et assurez-vous que chaque enfant a un adulte de confiance qu'il peut joindre et sait comment signaler.

## Quiz

edu-inclusion-quiz-best-approach = Quelle est la meilleure approche de la sécurité en ligne pour Ali, 11 ans, qui a une déficience intellectuelle ?
edu-inclusion-quiz-best-approach-offline = Le tenir à l'écart d'Internet quelques années de plus, le temps qu'il sache mieux repérer les pièges et les vraies intentions des gens
    .feedback = Cela lui retire un moyen important de participer à la vie sociale, et il n'apprend pas les réflexes dont il a besoin. Le soutien marche mieux que l'interdiction.
edu-inclusion-quiz-best-approach-same-sheet = La même fiche que tout le monde, sans aucun changement, pour qu'il ne se sente pas mis à part
    .feedback = Le même contenu, oui, mais la même forme peut ne pas l'atteindre. Adapter l'explication, ce n'est pas le mettre à part : c'est s'assurer que le message lui parvient.
edu-inclusion-quiz-best-approach-rights-support = Les mêmes droits et les mêmes règles que ses camarades, expliqués d'une façon qui lui convient, avec un soutien en plus
    .feedback = Oui. Des droits égaux, des explications accessibles et un adulte de confiance : protéger sans exclure.

edu-inclusion-quiz-extra-risks = Lesquels de ces éléments peuvent augmenter les risques en ligne pour un enfant migrant ou réfugié ? Choisissez toutes les bonnes réponses.
    .hint = Pensez à la situation de la famille autant qu'à celle de l'enfant.
edu-inclusion-quiz-extra-risks-voice-messages = Envoyer chaque jour des messages vocaux à ses grands-parents qui vivent dans un autre pays
    .feedback = C'est une bouée, pas un risque : cela garde l'enfant proche de sa famille et de sa langue. Encouragez-le.
edu-inclusion-quiz-extra-risks-parents-new = Ses parents ne connaissent pas encore la langue, les applis ou les services du pays
    .feedback = Oui. Il est plus difficile pour des parents de guider un enfant, ou de savoir où demander de l'aide, dans un système nouveau pour eux.
edu-inclusion-quiz-extra-risks-languages = Parler une langue à la maison et une autre à l'école
    .feedback = Parler plusieurs langues est une force, pas un risque en soi. Cela peut même aider l'enfant à expliquer les choses aux autres.
edu-inclusion-quiz-extra-risks-offers = Des messages d'inconnus proposant du travail, un voyage, des papiers ou de l'argent
    .feedback = Oui. Ces offres peuvent être des pièges visant des familles en situation difficile.

edu-inclusion-quiz-translate = Pour les questions de sécurité, mieux vaut demander à l'enfant de tout traduire pour ses parents.
edu-inclusion-quiz-translate-true =
    .feedback = Ce n'est pas vrai. L'enfant peut adoucir ou sauter les passages inquiétants, et porte une charge d'adulte. Un interprète adulte ou une personne de confiance de la communauté vaut mieux.
edu-inclusion-quiz-translate-false =
    .feedback = Exact. Pour les questions de sécurité, faites appel à un interprète adulte ou à une personne de confiance de la communauté, pour que les parents reçoivent le message en entier.

edu-inclusion-quiz-accessible = Quelle explication est la plus accessible pour un enfant qui comprend mieux avec des images ?
    .hint = Pensez court, concret et répété.
edu-inclusion-quiz-accessible-pictures = Une règle courte en images, jouée en jeu de rôle et répétée sur plusieurs jours
    .feedback = Oui. Les images, la pratique et la répétition rendent la règle concrète et aident à la retenir.
edu-inclusion-quiz-accessible-long-talk = Un long exposé détaillé, une seule fois, en début d'année
    .feedback = Un long exposé fait une seule fois est difficile à suivre et vite oublié. Une pratique courte et répétée marche mieux.
edu-inclusion-quiz-accessible-poster = Une affiche des règles écrites au mur de la classe, à relire à tout moment
    .feedback = Un texte seul peut ne pas atteindre un enfant qui comprend mieux avec des images. Les images et la pratique marchent mieux.

edu-inclusion-quiz-lifeline = Pour beaucoup d'enfants en situation de handicap, le monde numérique est un moyen important de participer à la vie sociale.
edu-inclusion-quiz-lifeline-true =
    .feedback = Oui. Les lignes directrices de l'UIT le décrivent comme une bouée essentielle pour une pleine participation sociale. C'est pourquoi le soutien compte plus que l'interdiction.
edu-inclusion-quiz-lifeline-false =
    .feedback = En fait, c'est vrai. Les lignes directrices le décrivent comme une bouée essentielle pour une pleine participation sociale : le but est un accès sûr, pas une absence d'accès.
