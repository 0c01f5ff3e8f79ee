## Leçon : Connais tes droits (9-12 ans)

know-your-rights = Connais tes droits
    .summary = Chaque enfant a des droits que le monde a promis de respecter, et ils te suivent aussi sur Internet.

know-your-rights-meet = Layla a onze ans. Le week-end, elle va chez sa grand-mère avec son petit frère Yousef. Ils allument la tablette et { -mascot } apparaît : « Vous saviez que vous avez des droits, même sur Internet ? »
    .alt = Layla et Yousef sont assis sur un tapis chez leur grand-mère. Sur l'écran de la tablette, une huppe fait coucou de l'aile.

know-your-rights-promise = En 1989, les pays du monde se sont mis d'accord, aux Nations unies, sur la Convention relative aux droits de l'enfant. C'est une liste de promesses faites à chaque enfant de moins de 18 ans, quels que soient son pays, sa langue ou sa religion. Le Comité des droits de l'enfant de l'ONU le dit : ces droits restent avec toi en ligne aussi.
    .alt = Des enfants aux vêtements variés, autour d’un grand globe terrestre, font de grands gestes joyeux.

know-your-rights-five-rights =
    { $address ->
        [f] Cinq droits t'accompagnent en ligne : le droit à une information utile, le droit de jouer et de t'amuser, le droit à la vie privée, le droit d'être protégée de ce qui fait du mal, et le droit de donner ton avis. Tous les autres enfants ont les mêmes droits : respecte les leurs comme tu veux qu'on respecte les tiens.
       *[m] Cinq droits t'accompagnent en ligne : le droit à une information utile, le droit de jouer et de t'amuser, le droit à la vie privée, le droit d'être protégé de ce qui fait du mal, et le droit de donner ton avis. Tous les autres enfants ont les mêmes droits : respecte les leurs comme tu veux qu'on respecte les tiens.
    }

know-your-rights-photo = Pour l'Aïd, Omar, le cousin de Layla, publie une photo d'elle endormie sur le canapé, et le groupe de la famille se remplit d'émojis qui rient. Layla est vexée. Que doit-elle faire ?
know-your-rights-photo-post-back = Publier une photo gênante d'Omar pour se venger.
    .feedback = Se venger, c'est avoir deux personnes fâchées au lieu d'une. Omar aussi a droit à sa vie privée.
know-your-rights-photo-ask-kindly = Demander gentiment à Omar d'effacer la photo, et le dire à sa maman s'il refuse.
    .feedback = Bravo ! Cette photo fait partie de la vie privée de Layla, et elle a le droit de donner son avis. Si Omar n'écoute pas, un adulte peut l'aider.
know-your-rights-photo-stay-quiet = Ne rien dire et rester triste.
    .feedback = Ce que ressent Layla compte, et elle a le droit d'être écoutée. En parler gentiment, ou demander de l'aide à un adulte, vaut mieux que rester triste toute seule.

know-your-rights-family-rules =
    { $address ->
        [f] Le soir, papa propose : « Et si on fixait ensemble des règles pour la tablette ? » Layla propose de jouer après les devoirs. Yousef propose : pas de téléphone à table, même pour papa ! Tout le monde rit. Les parents écoutent chaque idée, puis la famille se met d'accord. C'est ça, ton droit d'être entendue : tu donnes ton avis, et tes parents t'aident à choisir ce qui est le mieux pour toi.
       *[m] Le soir, papa propose : « Et si on fixait ensemble des règles pour la tablette ? » Layla propose de jouer après les devoirs. Yousef propose : pas de téléphone à table, même pour papa ! Tout le monde rit. Les parents écoutent chaque idée, puis la famille se met d'accord. C'est ça, ton droit d'être entendu : tu donnes ton avis, et tes parents t'aident à choisir ce qui est le mieux pour toi.
    }
    .alt = Une famille autour d'une table : papa et maman écoutent, Layla lève la main pour parler et Yousef sourit.

know-your-rights-scary-video = Yousef regarde un dessin animé sur la tablette quand, tout à coup, une scène effrayante apparaît. Elle n'est pas pour son âge. Que doit-il faire ?
know-your-rights-scary-video-keep-watching = Continuer à regarder pour qu'on ne dise pas qu'il a peur.
    .feedback = Il n'est pas obligé de regarder ce qui lui fait peur. Chaque enfant a le droit d'être protégé de ce qui lui fait du mal ou le bouleverse.
know-your-rights-scary-video-close-and-tell = Fermer la vidéo et le dire à sa grand-mère.
    .feedback = Bravo ! Fermer la vidéo le protège, et sa grand-mère peut l'aider à trouver des vidéos de son âge. Il n'aura pas d'ennuis pour lui en avoir parlé.
know-your-rights-scary-video-hide-tablet = Cacher la tablette et n'en parler à personne.
    .feedback = La scène risque de lui rester en tête et de l'inquiéter. En parler à un adulte de confiance aide à avoir moins peur.

know-your-rights-recap = La Convention relative aux droits de l'enfant est une promesse faite à chaque enfant de moins de 18 ans, et elle te suit en ligne : ton droit à l'information, au jeu, à la vie privée, à la protection et à donner ton avis. Respecte aussi les droits des autres. Si tu sens qu'un de tes droits n'est pas respecté, parles-en à un adulte de confiance.

## Quiz

know-your-rights-quiz-which-rights = Lesquels sont des droits que la Convention relative aux droits de l'enfant promet à chaque enfant ? Choisis toutes les bonnes réponses.
know-your-rights-quiz-which-rights-play = Le droit de jouer et de t'amuser
    .feedback = Oui. Jouer est un droit de chaque enfant, en ligne comme ailleurs.
know-your-rights-quiz-which-rights-be-heard = Le droit de dire ce que tu penses de ce qui te concerne
    .feedback =
        { $address ->
            [f] Oui. Ton avis compte pour ce qui te concerne : tu as le droit de le dire et d'être écoutée.
           *[m] Oui. Ton avis compte pour ce qui te concerne : tu as le droit de le dire et d'être écouté.
        }
know-your-rights-quiz-which-rights-newest-phone = Le droit d'avoir le dernier téléphone, comme d'autres enfants de ta classe
    .feedback = La Convention ne promet pas d'appareils. Elle promet ce dont chaque enfant a besoin pour être en sécurité, apprendre et grandir.
know-your-rights-quiz-which-rights-any-video = Le droit de regarder n'importe quelle vidéo ou de jouer à n'importe quel jeu, quel que soit ton âge
    .feedback =
        { $address ->
            [f] Tu as droit à des informations utiles, mais aussi le droit d'être protégée de ce qui fait du mal. Les limites d'âge sont là pour te protéger : elles ne vont pas contre tes droits.
           *[m] Tu as droit à des informations utiles, mais aussi le droit d'être protégé de ce qui fait du mal. Les limites d'âge sont là pour te protéger : elles ne vont pas contre tes droits.
        }
know-your-rights-quiz-which-rights-post-others = Le droit de publier des photos des autres quand tu veux
    .feedback = Les autres aussi ont droit à leur vie privée. Demande avant de publier la photo de quelqu'un, comme tu voudrais qu'on te le demande.

know-your-rights-quiz-online-too = Tes droits s'arrêtent quand tu vas sur Internet.
    .hint = Rappelle-toi ce que { -mascot } a dit à Layla et Yousef.
know-your-rights-quiz-online-too-true =
    .feedback = C'est faux. Tes droits te suivent partout, en ligne comme ailleurs.
know-your-rights-quiz-online-too-false =
    .feedback = Exact ! Tes droits ne restent pas à la porte d'Internet : ils entrent avec toi.

know-your-rights-quiz-whose-rights = Pour qui sont ces droits ?
know-your-rights-quiz-whose-rights-good-marks = Seulement pour les enfants sages qui ont de bonnes notes
    .feedback = Les droits ne sont pas une récompense pour les bonnes notes ou la sagesse. Chaque enfant les a.
know-your-rights-quiz-whose-rights-every-child = Pour chaque enfant de moins de 18 ans, quels que soient son pays, sa langue ou sa religion
    .feedback = Oui ! La Convention est une promesse faite à chaque enfant de moins de 18 ans.
know-your-rights-quiz-whose-rights-phone-owners = Seulement pour les enfants assez grands pour avoir un téléphone
    .feedback = Les droits appartiennent aux enfants, pas aux appareils. Chaque enfant a les mêmes droits, avec ou sans téléphone.

know-your-rights-quiz-photo-right = Un ami publie ta photo sans te demander. De quel droit s'agit-il surtout ?
    .hint = Demande-toi : qui décide qui peut voir ta photo ?
know-your-rights-quiz-photo-right-play = Le droit de jouer
    .feedback = Jouer est un droit important, mais cette photo concerne autre chose : qui voit ce qui t'appartient.
know-your-rights-quiz-photo-right-information = Le droit à l'information, parce qu'une photo en dit beaucoup sur toi
    .feedback = Une photo dit des choses sur toi, c'est vrai, mais le droit à l'information concerne l'accès à des informations utiles. Qui voit ta photo, c'est une question de vie privée.
know-your-rights-quiz-photo-right-privacy = Le droit à la vie privée
    .feedback = Exact. Ta photo t'appartient, et tu as le droit qu'on te demande avant de la publier.

know-your-rights-quiz-upsetting = Tu vois en ligne quelque chose qui te bouleverse ou te fait peur. Que fais-tu ?
know-your-rights-quiz-upsetting-tell-adult = Je ferme et j'en parle à un adulte de confiance.
    .feedback =
        { $address ->
            [f] Oui ! Tu as le droit d'être protégée, et un adulte de confiance peut t'aider. Tu n'auras pas d'ennuis.
           *[m] Oui ! Tu as le droit d'être protégé, et un adulte de confiance peut t'aider. Tu n'auras pas d'ennuis.
        }
know-your-rights-quiz-upsetting-keep-watching = Je regarde jusqu'au bout, pour qu'on ne dise pas que j'ai eu peur.
    .feedback =
        { $address ->
            [f] Le vrai courage, c'est de fermer et de demander de l'aide. Tu n'es jamais obligée de regarder ce qui te fait du mal.
           *[m] Le vrai courage, c'est de fermer et de demander de l'aide. Tu n'es jamais obligé de regarder ce qui te fait du mal.
        }
know-your-rights-quiz-upsetting-send-friends = Je l'envoie à mes amis pour savoir si ça leur fait peur aussi.
    .feedback = Tes amis seraient bouleversés à leur tour. Mieux vaut fermer et en parler à un adulte de confiance.
know-your-rights-quiz-upsetting-hide-it = Je ferme et je n'en parle à personne, sinon on me prendra la tablette.
    .feedback =
        { $address ->
            [f] Fermer, c'est un bon début, mais tu n'as pas à porter ton inquiétude toute seule. En parler à un adulte de confiance aide, et tu n'auras pas d'ennuis pour ça.
           *[m] Fermer, c'est un bon début, mais tu n'as pas à porter ton inquiétude tout seul. En parler à un adulte de confiance aide, et tu n'auras pas d'ennuis pour ça.
        }

know-your-rights-quiz-same-rights = Les autres enfants en ligne ont les mêmes droits que moi.
know-your-rights-quiz-same-rights-true =
    .feedback = Exact. C'est pour ça qu'on respecte leur vie privée et leur avis, comme on veut qu'ils respectent les nôtres.
know-your-rights-quiz-same-rights-false =
    .feedback = C'est faux : chaque enfant a les mêmes droits. Respecter les droits des autres aide à protéger ceux de tout le monde.
