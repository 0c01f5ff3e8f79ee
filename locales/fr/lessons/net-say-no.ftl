## Leçon : Tu as le droit de dire non (13-18 ans)

net-say-no = Tu as le droit de dire non
    .summary = Quand quelqu'un te pousse à envoyer des photos intimes ou à parler de choses qui te mettent mal à l'aise, c'est toi qui décides, et de l'aide existe si ça tourne mal.

net-say-no-meet = Nour a 15 ans. Depuis quelques semaines, elle discute avec Sami, rencontré dans un groupe de révision de maths en ligne. Il dit avoir 17 ans, il est drôle et lui fait sans cesse des compliments. Un soir, il écrit : « Envoie-moi une photo intime, rien que pour moi. Si tu as confiance en moi, tu le feras. »
    .alt = Le soir, Nour est assise sur son lit et regarde son téléphone, où un nouveau message vient d'arriver.

net-say-no-pressure = Nour répond qu'elle n'est pas à l'aise avec ça. Les messages s'enchaînent : « Tout le monde le fait. » « Je l'effacerai tout de suite. » « Je te croyais différente. » « Sinon, je dis au groupe que tu es coincée. » Nour a une boule au ventre.
    .alt = Un écran de téléphone qui se remplit de bulles de messages, et Nour qui a l'air inquiète.

net-say-no-what-now = Que ferais-tu à la place de Nour ?
net-say-no-what-now-send-once = Envoyer une seule photo pour qu'il arrête d'insister.
    .feedback = Céder met rarement fin à la pression : souvent, les demandes augmentent. Et une photo envoyée peut être enregistrée, copiée et transférée ; Nour ne contrôle plus qui la voit.
net-say-no-what-now-say-no-tell = Dire non clairement, ne plus répondre, le bloquer, le signaler et en parler à un adulte de confiance.
    .feedback = C'est le choix le plus fort. Nour ne lui doit rien. Bloquer et signaler la protègent, elle et peut-être d'autres filles à qui il écrit, et un adulte de confiance l'aide pour la suite.
net-say-no-what-now-keep-secret = Dire non, mais n'en parler à personne parce qu'elle a honte.
    .feedback = Dire non, c'est bien. Mais elle n'a pas à porter ça seule : elle n'a rien fait de mal. Un adulte de confiance peut l'aider à le bloquer et à le signaler, et rester à ses côtés s'il insiste.

net-say-no-your-right = Tu as le droit de dire NON à quiconque te demande des photos intimes ou t'entraîne dans des conversations qui te mettent mal à l'aise : un inconnu, un camarade de classe ou quelqu'un qui te plaît. Un vrai ami accepte ton « non » dès la première fois. Culpabiliser, flatter, « tout le monde le fait », menacer : c'est de la pression, pas de l'affection. Et demander ce genre d'images à quelqu'un de moins de 18 ans est grave : c'est un abus, et ça peut être signalé.

net-say-no-class-group = Une semaine plus tard, dans le groupe de la classe de Karim, quelqu'un publie une photo intime de leur camarade Youssef. Youssef l'avait envoyée à une seule personne, en qui il avait confiance. Les messages et les émojis s'accumulent. Que doit faire Karim ?
net-say-no-class-group-forward = La transférer à son meilleur ami pour avoir son avis.
    .feedback = Chaque transfert blesse Youssef une fois de plus et fait circuler la photo plus loin. Il avait accepté qu'une seule personne la voie, pas toute la classe.
net-say-no-class-group-laugh = Ajouter un émoji qui rit pour ne pas être mis à l'écart.
    .feedback = Ça paraît anodin, mais chaque réaction dit au groupe que c'est acceptable. Derrière cette photo, il y a une vraie personne, sans doute très inquiète en ce moment.
net-say-no-class-group-stop-report = Ne pas l'enregistrer ni la transférer, signaler la publication, prévenir un professeur ou un parent de confiance, et prendre des nouvelles de Youssef.
    .feedback = Exactement. Karim refuse d'être un maillon de la chaîne, fait intervenir des adultes qui peuvent l'arrêter et montre à Youssef qu'il n'est pas seul. Il n'en fait pas non plus de capture, même comme preuve : chaque copie peut faire circuler la photo encore plus, et il suffit de dire au professeur où et quand elle a été publiée. Accepter d'envoyer une photo à une personne, ce n'est pas accepter qu'elle soit montrée à tous.

net-say-no-if-shared = Si ça t'arrive, ce n'est pas ta faute : c'est celui qui partage ou qui menace qui a tort. N'envoie rien de plus et ne paie pas. Arrête de répondre, garde les messages comme preuve, bloque et signale le compte dans l'appli, et parles-en à un adulte de confiance. Si tu avais moins de 18 ans sur la photo, le service gratuit Take It Down (takeitdown.ncmec.org) aide à la faire retirer, ou à empêcher qu'elle soit publiée, sur les applis qui y participent, comme Instagram, Facebook, TikTok et Snapchat, sans que tu l'envoies à qui que ce soit. Il ne fonctionne pas dans les discussions chiffrées comme WhatsApp : en parler à un adulte et signaler restent donc importants. Il existe aussi en arabe.

net-say-no-recap =
    { $address ->
        [f] Ton corps, tes photos, ton choix. Tu peux dire non, et un vrai ami le respecte. Une photo envoyée à une personne n'est pas pour tout le monde : ne la transfère pas, signale-la. Si ça tourne mal, ce n'est pas ta faute et tu n'es pas seule : parles-en à un adulte de confiance.
       *[m] Ton corps, tes photos, ton choix. Tu peux dire non, et un vrai ami le respecte. Une photo envoyée à une personne n'est pas pour tout le monde : ne la transfère pas, signale-la. Si ça tourne mal, ce n'est pas ta faute et tu n'es pas seul : parles-en à un adulte de confiance.
    }

## Quiz

net-say-no-quiz-pressure-signs = Lesquels de ces messages sont de la pression ? Choisis toutes les bonnes réponses.
    .hint = La pression cherche à te faire culpabiliser, te sentir à part ou avoir peur.
net-say-no-quiz-pressure-signs-if-you-trust = « Si tu avais vraiment confiance en moi, tu l'enverrais. »
    .feedback = Oui. Ce message fait de la confiance un test. La confiance n'a pas besoin d'une photo intime pour se prouver.
net-say-no-quiz-pressure-signs-no-problem = « Pas de souci, je comprends. »
    .feedback = Ça, c'est du respect, pas de la pression. C'est ainsi que répond à un « non » quelqu'un qui tient à toi.
net-say-no-quiz-pressure-signs-everyone-does = « Allez, tout le monde le fait. »
    .feedback = Oui. Ce message veut te faire sentir en retard sur les autres. Et c'est faux : la plupart des ados n'ont jamais envoyé ce genre de photo, et beaucoup de ceux à qui on le demande refusent.
net-say-no-quiz-pressure-signs-never-have-to =
    { $address ->
        [f] « D'accord. Tu n'es jamais obligée de m'envoyer quoi que ce soit. »
       *[m] « D'accord. Tu n'es jamais obligé de m'envoyer quoi que ce soit. »
    }
    .feedback = C'est du respect, pas de la pression : ce message montre clairement que « non » est une réponse tout à fait acceptable.
net-say-no-quiz-pressure-signs-or-else = « Envoie-la, sinon je raconte tout sur toi. »
    .feedback = Oui. C'est une menace. Ne cède pas : arrête de répondre, garde les messages, bloque, signale et parles-en à un adulte de confiance.

net-say-no-quiz-photo-in-group = Une photo intime d'un camarade apparaît dans le groupe de ta classe. Quelle est la meilleure chose à faire ?
net-say-no-quiz-photo-in-group-screenshot-proof = Faire une capture d'écran comme preuve, pour que le professeur me croie quand je la lui montrerai.
    .feedback = N'enregistre jamais la photo intime de quelqu'un et n'en fais jamais de capture, même comme preuve : chaque copie peut la faire circuler encore. Dis à l'adulte où et quand elle a été publiée ; lui et l'appli peuvent agir sans copie.
net-say-no-quiz-photo-in-group-just-watch = Ne rien dire et continuer à lire.
    .feedback = Ne pas transférer, c'est bien, mais le silence laisse la photo circuler. La signaler et prévenir un adulte peut l'arrêter.
net-say-no-quiz-photo-in-group-stop-report = Ne pas l'enregistrer ni la transférer, la signaler et prévenir un adulte de confiance.
    .feedback = Oui. Tu arrêtes la chaîne et tu fais intervenir des personnes qui peuvent la faire retirer et soutenir ton camarade.
net-say-no-quiz-photo-in-group-send-to-one = L'envoyer à un seul ami proche, juste pour lui demander ce que je devrais faire.
    .feedback = Même un seul transfert la fait circuler et blesse encore ton camarade. Demande plutôt conseil à un adulte, sans envoyer la photo.

net-say-no-quiz-not-your-fault = Si quelqu'un partage une photo que tu lui avais envoyée en confiance, c'est lui qui a mal agi, et tu peux quand même demander de l'aide.
    .hint = Demande-toi qui a trahi la confiance.
net-say-no-quiz-not-your-fault-true =
    .feedback = Oui. La faute revient à celui qui a trahi ta confiance. Un adulte de confiance, le signalement dans l'appli et des services qui aident à faire retirer les images peuvent t'aider.
net-say-no-quiz-not-your-fault-false =
    .feedback = Si, c'est vrai. Ce n'est pas ta faute : celui qui l'a partagée sans ton accord a mal agi. De l'aide existe, et la demander est courageux.

net-say-no-quiz-threat = Quelqu'un menace de publier ta photo si tu ne lui en envoies pas d'autres. Que fais-tu ?
    .hint = Demande-toi ce qui se passe en général quand on cède à une menace.
net-say-no-quiz-threat-pay = Je paie ce qu'il demande, juste cette fois, pour que tout s'arrête.
    .feedback = Ceux qui menacent reviennent en général en demander plus, quoi qu'ils obtiennent. Ne paie pas : arrête de répondre, garde les messages et parles-en à un adulte de confiance.
net-say-no-quiz-threat-stop-keep-tell = J'arrête de répondre, je garde les messages, je bloque, je signale et j'en parle à un adulte de confiance.
    .feedback =
        { $address ->
            [f] Oui. Les preuves aident les applis et les adultes à agir, et tu n'as pas à affronter une menace seule.
           *[m] Oui. Les preuves aident les applis et les adultes à agir, et tu n'as pas à affronter une menace seul.
        }
net-say-no-quiz-threat-send-more = J'envoie ce qu'il demande, pour qu'il efface la photo comme promis.
    .feedback = Ceux qui menacent en demandent en général toujours plus, et leurs promesses ne valent rien. Céder ne les arrête pas.
net-say-no-quiz-threat-delete-all = Je supprime mon compte et tous les messages, sans en parler à personne.
    .feedback = C'est normal de vouloir tout faire disparaître, mais les messages sont des preuves qui aident à arrêter cette personne. Parles-en d'abord à un adulte de confiance.

net-say-no-quiz-take-it-down = Tu avais moins de 18 ans sur une photo intime que quelqu'un menace maintenant de publier. Que peut faire pour toi le service gratuit Take It Down ?
net-say-no-quiz-take-it-down-every-phone = Effacer la photo de tous les téléphones et de toutes les discussions où elle est arrivée, WhatsApp compris.
    .feedback = Il ne peut pas entrer dans les téléphones des gens ni dans les discussions chiffrées comme WhatsApp. Il ne fonctionne que sur les applis qui y participent : en parler à un adulte et signaler restent donc importants.
net-say-no-quiz-take-it-down-find-person = Trouver qui te menace, et appeler la police à ta place.
    .feedback = Il ne retrouve personne et n'appelle personne à ta place. Un adulte de confiance peut t'aider à signaler le compte et, si besoin, à aller voir la police.
net-say-no-quiz-take-it-down-participating = Aider à la faire retirer des applis qui y participent, comme Instagram, TikTok ou Snapchat, ou à empêcher qu'elle y soit publiée, sans que tu l'envoies à personne.
    .feedback = Oui. Il crée sur ton propre appareil une empreinte numérique de la photo, si bien que la photo elle-même n'est jamais envoyée. Il ne fonctionne que sur les applis qui y participent, pas dans les discussions chiffrées comme WhatsApp, et il existe en arabe.

net-say-no-quiz-adult-asks = Si un adulte en ligne demande des photos intimes à un ou une jeune de 14 ans, c'est grave et ça peut être signalé.
net-say-no-quiz-adult-asks-true =
    .feedback = Oui. Demander ce genre d'images à quelqu'un de moins de 18 ans est un abus. Signale le compte et parles-en à un adulte de confiance.
net-say-no-quiz-adult-asks-false =
    .feedback = C'est grave, quoi que dise l'adulte. Demander ce genre d'images à quelqu'un de moins de 18 ans est un abus, et ça peut être signalé.
