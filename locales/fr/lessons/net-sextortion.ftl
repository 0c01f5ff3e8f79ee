## Leçon : Sextorsion : ne paie pas, ne reste pas seul (13-18 ans)

net-sextortion =
    { $address ->
        [f] Sextorsion : ne paie pas, ne reste pas seule
       *[m] Sextorsion : ne paie pas, ne reste pas seul
    }
    .summary = Quand quelqu'un menace de diffuser une image intime de toi si tu ne paies pas : que faire tout de suite, comment Take It Down peut aider, et pourquoi ce n'est jamais ta faute.

net-sextortion-meet = Walid a 16 ans et vit à Amman. Un soir, un nouveau compte, avec des photos d'une jolie fille « de son âge », se met à le suivre. Elle est sympa et le drague très vite. Au bout d'une heure, elle envoie une photo et lui en demande une en retour. Il hésite, puis envoie une photo intime.
    .alt = Le soir, Walid est assis sur son lit, son téléphone rempli de cœurs envoyés par un nouveau contact.

net-sextortion-threat = Une minute plus tard, tout bascule : « J'ai ta photo et la liste de tes abonnés. Paie 20 dinars en cartes cadeaux d'ici une heure, sinon je l'envoie à ta famille et au groupe de ta classe. » Suit un compte à rebours. Walid a la nausée et se sent pris au piège.
    .alt = Walid regarde avec effroi son téléphone, qui affiche un message de menace et un compte à rebours.

net-sextortion-what-now = Que devrait faire Walid ?
net-sextortion-what-now-pay-once = Payer une fois, pour que la photo soit effacée.
    .feedback = Payer n'y met presque jamais fin : le plus souvent, le maître chanteur en redemande. Ces criminels visent souvent beaucoup d'ados ; ils veulent de l'argent, et payer les arrête rarement.
net-sextortion-what-now-delete-all = Supprimer tout de suite toute la conversation et son compte, et faire comme si de rien n'était.
    .feedback = Vouloir tout faire disparaître, ça se comprend. Mais les messages et le nom du compte sont des preuves qui aident l'appli et la police à arrêter cette personne. Garde la conversation et demande de l'aide.
net-sextortion-what-now-plead = Le supplier d'attendre quelques jours, et lui expliquer qu'il n'a pas cette somme et ne peut pas la demander à ses parents.
    .feedback = Chaque réponse lui montre que Walid a peur et entretient la pression. Mieux vaut arrêter complètement de répondre et chercher de l'aide : en parler à un parent, c'est justement ce qui enlève son pouvoir au maître chanteur.
net-sextortion-what-now-stop-tell = Arrêter de répondre, ne pas payer, garder la conversation et en parler ce soir à un adulte de confiance.
    .feedback = Oui, c'est la réaction la plus forte. Le silence ne donne rien au maître chanteur, la conversation est une preuve, et un adulte peut l'aider à signaler le compte et à décider de la suite. Il n'a pas à affronter ça seul.

net-sextortion-dont-pay = Si quelqu'un menace de diffuser une image intime de toi : ne paie pas et n'envoie plus rien, car payer entraîne en général de nouvelles demandes. Arrête de répondre. Ne supprime pas la conversation : les messages et le nom du compte sont des preuves. Mais n'enregistre, ne capture et ne transfère jamais l'image elle-même. Parles-en à un adulte de confiance, signale le compte dans l'appli, puis bloque-le. Ce chantage pour de l'argent vise les garçons autant que les filles ; en fait, la plupart des ados qu'il vise sont des garçons. C'est un crime, et la faute revient au criminel, pas à toi.

net-sextortion-telling = Walid frappe à la porte de son père. Sa voix tremble : « Baba, j'ai fait une bêtise… » Son père l'écoute jusqu'au bout, puis lui dit : « Merci de me l'avoir dit. Tu n'as pas d'ennuis : celui qui fait le mal, c'est le maître chanteur. » Ensemble, ils signalent le compte, le bloquent et apportent les messages à la police. Walid se sent plus léger : il n'est plus seul avec ça.
    .alt = Walid et son père, assis côte à côte, regardent ensemble le téléphone ; le père a la main sur l'épaule de son fils.

net-sextortion-take-it-down = Take It Down (takeitdown.ncmec.org) est un service gratuit géré par le NCMEC, un organisme américain de protection de l'enfance, et son site existe aussi en arabe. Si tu avais moins de 18 ans sur une image intime, il crée une empreinte numérique de cette image sur ton propre appareil, sans que l'image soit envoyée à qui que ce soit. Les plateformes participantes, comme Instagram, Facebook et TikTok, utilisent cette empreinte pour retrouver et retirer les copies. Ses limites : il ne fonctionne que sur ces plateformes, pas dans les messageries privées chiffrées comme WhatsApp, et il ne peut pas tout effacer. C'est quand même une bonne étape, en plus du signalement et de l'aide d'un adulte.

net-sextortion-friend = Quelques semaines plus tard, Hamza, un ami de Walid, le prend à part : « Quelqu'un me fait du chantage avec une photo. Tu peux me prêter 30 dinars ? N'en parle à personne. » Que devrait faire Walid ?
net-sextortion-friend-help-tell = Lui dire de ne pas payer, lui expliquer ce qu'il a appris et l'accompagner voir un adulte de confiance.
    .feedback = Oui. Walid connaît la sortie parce qu'il l'a vécue : ne pas payer, garder la conversation, prévenir un adulte, signaler. Y aller ensemble rend le premier pas plus facile.
net-sextortion-friend-lend-money = Lui prêter l'argent tout de suite : un vrai ami aide son ami quand il a des ennuis, sans poser de questions.
    .feedback = Ça part d'un bon cœur, mais payer entraîne en général de nouvelles demandes, et Hamza reste pris au piège. L'aider à obtenir l'aide d'un adulte, c'est le vrai sauvetage.
net-sextortion-friend-keep-secret = Promettre de garder le secret, et lui conseiller d'ignorer les messages, tout simplement.
    .feedback = Ne pas répondre, c'est bien, mais garder le secret laisse Hamza seul face à un crime. Il a besoin de l'aide d'un adulte pour signaler et se sentir en sécurité.

net-sextortion-recap = La sextorsion peut arriver à n'importe qui, aux garçons autant qu'aux filles, et ce n'est jamais ta faute. Ne paie pas et arrête de répondre. Garde la conversation, mais n'enregistre et ne transfère jamais l'image elle-même. Parles-en à un adulte de confiance, signale et bloque. Si tu avais moins de 18 ans sur l'image, Take It Down peut aider à en retirer les copies sur les plateformes participantes. Avec de l'aide, tu peux t'en sortir.

## Quiz

net-sextortion-quiz-why-not-pay = Pourquoi est-ce une mauvaise idée de payer quelqu'un qui menace de diffuser ta photo ?
net-sextortion-quiz-why-not-pay-small-sum = Ce n'est un problème que s'il demande beaucoup ; une petite somme le fait partir pour de bon
    .feedback = Tout paiement lui montre que tu paies. Petite ou grosse somme, ces gens-là reviennent en général en demander plus.
net-sextortion-quiz-why-not-pay-pay-block = Ça va si tu le bloques juste après, comme ça il ne peut plus rien te demander
    .feedback = Il peut ouvrir un nouveau compte en quelques secondes, et il a toujours la photo. Payer n'achète pas la sécurité.
net-sextortion-quiz-why-not-pay-more-demands = Payer entraîne en général d'autres demandes, pas l'effacement de la photo
    .feedback = Oui. Un maître chanteur qui reçoit de l'argent en redemande en général. Arrête de répondre et cherche de l'aide.

net-sextortion-quiz-boys-too = La sextorsion pour de l'argent vise surtout les filles, donc les garçons n'ont pas à s'en inquiéter.
net-sextortion-quiz-boys-too-true =
    .feedback = C'est l'inverse : la plupart des ados visés pour de l'argent sont des garçons, et des filles sont visées aussi. Tout le monde peut être visé, et tout le monde peut obtenir de l'aide.
net-sextortion-quiz-boys-too-false =
    .feedback = Exact. La plupart des ados visés pour de l'argent sont des garçons, et des filles sont visées aussi. Connaître le piège protège tout le monde.

net-sextortion-quiz-evidence = Quelqu'un te fait du chantage avec une photo. Que faut-il garder comme preuve ? Choisis toutes les bonnes réponses.
    .hint = Une preuve montre ce qu'a fait le maître chanteur. A-t-elle besoin de la photo ?
net-sextortion-quiz-evidence-screenshot-photo = Une capture d'écran de la photo qu'il menace de diffuser
    .feedback = Non. N'enregistre et ne capture jamais l'image elle-même, même comme preuve. Les messages et le nom du compte suffisent.
net-sextortion-quiz-evidence-chat = Les messages, les menaces et le nom du compte
    .feedback = Oui. Garde la conversation : elle aide l'appli, un adulte et la police à agir.
net-sextortion-quiz-evidence-friend-copy = Une copie de la photo, envoyée à un ami pour qu'il la garde
    .feedback = L'envoyer à qui que ce soit crée une copie de plus, qui pourrait circuler. Garde les messages, pas l'image.
net-sextortion-quiz-evidence-nothing = Rien du tout : tout supprimer pour que personne ne l'apprenne jamais
    .feedback = Supprimer efface les preuves qui aident à arrêter le maître chanteur. Garde la conversation et préviens un adulte.

net-sextortion-quiz-take-it-down = Que peut faire Take It Down, le service gratuit du NCMEC ?
net-sextortion-quiz-take-it-down-everywhere = Effacer définitivement l'image de tous les téléphones, applis et messageries du monde, WhatsApp compris
    .feedback = Aucun service ne peut faire ça. Take It Down fonctionne sur les plateformes participantes, pas dans les messageries privées chiffrées comme WhatsApp.
net-sextortion-quiz-take-it-down-remove-copies = Aider les plateformes participantes à retirer les copies d'une image de toi prise avant 18 ans
    .feedback = Oui. Il crée une empreinte de l'image sur ton appareil, et des plateformes comme Instagram et TikTok l'utilisent pour retrouver les copies.
net-sextortion-quiz-take-it-down-arrest = Découvrir qui est le maître chanteur et le faire arrêter tout de suite par la police
    .feedback = Ce n'est pas un service de police. Pour poursuivre le maître chanteur, signale le compte et, avec un adulte, va voir la police.

net-sextortion-quiz-sent-it-yourself = Même si tu as envoyé la photo toi-même, tu peux demander de l'aide : celui qui te menace est celui qui fait le mal.
net-sextortion-quiz-sent-it-yourself-true =
    .feedback = Oui. Faire confiance à la mauvaise personne est une erreur que tout le monde peut faire ; menacer quelqu'un est un crime. Tu mérites de l'aide.
net-sextortion-quiz-sent-it-yourself-false =
    .feedback = Tu peux toujours demander de l'aide. Faire confiance à la mauvaise personne, ce n'est pas mal agir : la faute revient à celui qui te menace.

net-sextortion-quiz-good-steps = Hamza subit un chantage. Lesquelles de ces étapes sont bonnes ? Choisis toutes les bonnes réponses.
net-sextortion-quiz-good-steps-stop-replying = Arrêter de répondre au maître chanteur
    .feedback = Oui. Chaque réponse entretient la pression ; le silence ne lui donne rien.
net-sextortion-quiz-good-steps-pay-small = Envoyer une petite somme, juste pour gagner du temps
    .feedback = Même un petit paiement montre qu'il paie, et les demandes grossissent en général.
net-sextortion-quiz-good-steps-tell-adult = En parler à un adulte de confiance, même si c'est gênant
    .feedback = Oui. Un adulte peut l'aider à signaler, à aller voir la police et à se sentir moins seul.
net-sextortion-quiz-good-steps-delete-chat = Supprimer toute la conversation pour que personne ne la voie jamais
    .feedback = La conversation est une preuve. Il doit la garder, et ne jamais enregistrer ni transférer la photo elle-même.
net-sextortion-quiz-good-steps-report-block = Signaler le compte dans l'appli, puis le bloquer
    .feedback = Oui. Le signalement aide l'appli à arrêter ce compte ; bloquer ensuite coupe le contact.
