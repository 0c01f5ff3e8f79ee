## Leçon : Sois sympa (9-12 ans)

be-nice = Sois sympa !
    .summary = La gentillesse en ligne : réfléchir avant de publier, soutenir les autres, et savoir quoi faire face à un message méchant.

be-nice-class-group = La classe de Karim a un groupe WhatsApp pour se passer les devoirs. WhatsApp n'est permis qu'à partir de 13 ans (plus tard encore dans certains pays) : les élèves y participent donc depuis le téléphone de leurs parents. Un jour, Sami publie une photo du dessin de Karim avec ces mots : « Regardez ! C'est un cheval ou une vache ? » Le groupe se remplit d'émojis qui rient. Karim n'écrit plus rien, et reste silencieux toute la soirée.
    .alt = Un écran de téléphone avec le dessin d'un cheval et plein d'émojis qui rient. À côté, Karim est assis, l'air triste.

be-nice-what-now = Layla est dans le même groupe. Que ferais-tu à sa place ?
be-nice-what-now-laugh-too = Ajouter un émoji qui rit, puisque tout le monde rit.
    .feedback = Chaque nouvel émoji rend Karim plus triste. Quand on rit de quelqu'un au lieu de rire avec lui, la blague est allée trop loin.
be-nice-what-now-stand-with-him = Ne pas rire avec les autres, envoyer un message gentil à Karim, et prévenir la maîtresse ou mes parents.
    .feedback = Bravo ! Ton message montre à Karim qu'il n'est pas seul, et un adulte peut faire cesser tout ça.
be-nice-what-now-leave-quietly = Quitter le groupe sans rien dire.
    .feedback = Partir vaut mieux que rire, mais Karim reste seul. Un mot gentil de ta part et l'aide d'un adulte changent vraiment les choses.

be-nice-think-first = Avant de publier, de commenter ou d'envoyer un émoji qui rit, demande-toi : est-ce que je le dirais en face ? Est-ce que j'aimerais qu'on dise ça de moi ? Est-ce que ça peut blesser quelqu'un ? Derrière chaque écran, il y a une personne avec des sentiments. Et si tu vois quelqu'un se faire embêter, sois celui ou celle qui se met à ses côtés.

be-nice-mean-message = Le soir, Omar reçoit un message dans le groupe de la classe : « Personne ne veut de toi dans l'équipe de foot. » Omar se met en colère et commence à taper une réponse méchante.
    .alt = Omar tient un téléphone, l'air fâché. Au-dessus de sa tête flotte un petit nuage plein de traits en zigzag.

be-nice-reply = Que doit faire Omar ?
be-nice-reply-mean-back = Envoyer une réponse encore plus méchante.
    .feedback = Une réponse méchante fait grossir la dispute. Mieux vaut s'arrêter avant de répondre.
be-nice-reply-save-and-tell = Ne pas répondre, faire une capture d'écran, puis la montrer à sa maman ou à son maître.
    .feedback = Sage décision ! La capture d'écran prouve ce qui s'est passé, et un adulte peut l'aider à bloquer, à signaler et à régler le problème.
be-nice-reply-delete-and-hide = Effacer le message et cacher sa tristesse.
    .feedback = S'il l'efface, la preuve disparaît, et la peine reste en lui. Mieux vaut le garder et en parler à un adulte de confiance.

be-nice-kind-group = Le lendemain, la maîtresse parle avec la classe de la gentillesse en ligne. Sami s'excuse auprès de Karim, et celui qui avait écrit à Omar s'excuse aussi. Les élèves se mettent à écrire des mots d'encouragement sous les dessins des autres, et quand Karim publie un nouveau dessin de faucon, le groupe se remplit de cœurs et d'étoiles.
    .alt = Karim, Layla, Omar et Sami sourient ensemble autour d'un téléphone qui montre un dessin de faucon, des cœurs et des étoiles.

be-nice-recap = Derrière chaque écran, il y a une personne avec des sentiments : réfléchis avant de publier. Ne ris pas quand on se moque de quelqu'un : soutiens-le avec un mot gentil et préviens un adulte. Si tu reçois un message méchant, ne réponds pas, fais une capture d'écran et parles-en à un adulte de confiance.

## Quiz

be-nice-quiz-before-posting = Avant de publier un commentaire, quelles questions est-il utile de te poser ? Choisis toutes les bonnes réponses.
be-nice-quiz-before-posting-face-to-face = Est-ce que je le dirais en face ?
    .feedback = Oui. Ce que tu ne dirais pas en face, ne l'écris pas en ligne.
be-nice-quiz-before-posting-most-laughs = Est-ce que ça va faire rire le plus de monde ?
    .feedback = Beaucoup de rires ne rendent pas un commentaire gentil. Tout le monde peut rire pendant qu'une personne a de la peine.
be-nice-quiz-before-posting-about-me = Est-ce que j'aimerais qu'on dise ça de moi ?
    .feedback = Oui. Mets-toi à la place de l'autre avant d'écrire.
be-nice-quiz-before-posting-could-hurt = Est-ce que ça peut blesser quelqu'un ?
    .feedback = Oui. Si ça peut blesser quelqu'un, mieux vaut ne pas le publier.
be-nice-quiz-before-posting-delete-later = Est-ce que je pourrai l'effacer vite si quelqu'un se vexe ?
    .feedback = Effacer n'efface pas la peine, et d'autres l'ont peut-être déjà enregistré ou partagé. Réfléchis avant de publier, pas après.

be-nice-quiz-just-joking = Si tu dis « c'était pour rire », tous les commentaires sont permis.
    .hint = Pense à ce que ressent l'autre, pas seulement à ce que tu voulais dire.
be-nice-quiz-just-joking-true =
    .feedback = C'est faux. Si la personne est blessée, ou si on rit d'elle au lieu de rire avec elle, la blague est allée trop loin.
be-nice-quiz-just-joking-false =
    .feedback = Exact. Une vraie blague fait rire tout le monde, même la personne concernée. Si quelqu'un est blessé, excuse-toi.

be-nice-quiz-make-it-right = Hier, Rayan a publié un commentaire « drôle » sur la nouvelle coupe de cheveux d'Amine dans le groupe de la classe. Aujourd'hui, Amine a l'air triste. Que doit faire Rayan ?
    .hint = Souviens-toi de ce que Sami a fait pour Karim le lendemain.
be-nice-quiz-make-it-right-say-sorry = S'excuser auprès d'Amine et retirer le commentaire.
    .feedback = Oui ! De vraies excuses montrent à Amine que Rayan tient à ce qu'il ressent, et retirer le commentaire empêche d'autres gens d'en rire.
be-nice-quiz-make-it-right-wait = Ne rien dire : c'était hier, tout le monde va vite oublier.
    .feedback = Amine n'a pas oublié : il est encore triste aujourd'hui. S'excuser l'aide à aller mieux bien plus vite qu'attendre.
be-nice-quiz-make-it-right-explain-joke = Dire à Amine que c'était pour rire, et qu'il doit apprendre à rire de lui-même.
    .feedback = Si Amine est blessé, la blague est allée trop loin, quoi que Rayan ait voulu dire. S'excuser aide plus qu'expliquer la blague.

be-nice-quiz-mean-message-steps = Quelqu'un publie un message méchant sur toi dans le groupe de la classe. Remets ces étapes dans l'ordre, de la première à la dernière.
    .hint = La preuve doit être gardée avant de bloquer quelqu'un ou d'effacer quoi que ce soit.
be-nice-quiz-mean-message-steps-dont-reply = Ne pas répondre.
    .feedback = D'abord, on s'arrête avant d'écrire : une réponse en colère fait grossir la dispute.
be-nice-quiz-mean-message-steps-screenshot = Faire une capture d'écran du message.
    .feedback = Ensuite, on garde la preuve : la capture se fait avant de bloquer quelqu'un ou d'effacer quoi que ce soit.
be-nice-quiz-mean-message-steps-tell-adult = La montrer à un adulte de confiance, comme un parent ou un professeur.
    .feedback = Puis un adulte de confiance t'aide à décider quoi faire. Tu n'auras pas d'ennuis à cause de ce que quelqu'un d'autre a fait.
be-nice-quiz-mean-message-steps-block-report = Avec l'aide de l'adulte, bloquer l'expéditeur et signaler le message.
    .feedback = Enfin, bloquer empêche cette personne de t'écrire, et signaler prévient l'application pour qu'elle puisse agir.

be-nice-quiz-stand-up = Des élèves se moquent d'un camarade dans le groupe de la classe. Comment le soutenir ?
    .hint = Souviens-toi de ce que Layla pouvait faire pour Karim.
be-nice-quiz-stand-up-laugh-along = Rire avec les autres, pour qu'ils ne s'en prennent pas à moi après.
    .feedback =
        { $address ->
            [f] Avoir peur, ça se comprend, mais ton rire rend ton camarade encore plus triste. Tu n'es pas obligée de rire, et tu peux demander de l'aide à un adulte.
           *[m] Avoir peur, ça se comprend, mais ton rire rend ton camarade encore plus triste. Tu n'es pas obligé de rire, et tu peux demander de l'aide à un adulte.
        }
be-nice-quiz-stand-up-do-nothing = Ne pas m'en mêler, ça ne regarde qu'eux.
    .feedback = Quand tout le monde se tait, ton camarade se sent seul. Un mot gentil de ta part change les choses.
be-nice-quiz-stand-up-kind-and-tell = Lui envoyer un message gentil et prévenir un adulte.
    .feedback = Oui ! Il sait ainsi qu'il n'est pas seul, et un adulte peut faire cesser les moqueries.
be-nice-quiz-stand-up-insult-back = Écrire quelque chose d'encore plus méchant sur ceux qui se moquent, pour défendre mon camarade.
    .feedback = Vouloir défendre ton camarade, c'est bien, mais les insultes font grossir la dispute. Un message gentil et l'aide d'un adulte marchent mieux.

be-nice-quiz-words-hurt = Les mots méchants en ligne font aussi mal que les mots méchants dits en face.
be-nice-quiz-words-hurt-true =
    .feedback = Exact. Un écran ne protège pas les sentiments, et la méchanceté en ligne peut suivre quelqu'un jusque chez lui.
be-nice-quiz-words-hurt-false =
    .feedback = C'est faux : ils font tout aussi mal, et peuvent suivre quelqu'un jusque chez lui. Derrière chaque écran, il y a une personne avec des sentiments.
