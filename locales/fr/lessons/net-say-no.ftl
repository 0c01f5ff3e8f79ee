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
net-say-no-class-group-stop-report = Ne pas la transférer, signaler la publication, prévenir un professeur ou un parent de confiance, et prendre des nouvelles de Youssef.
    .feedback = Exactement. Karim refuse d'être un maillon de la chaîne, fait intervenir des adultes qui peuvent l'arrêter et montre à Youssef qu'il n'est pas seul. Accepter d'envoyer une photo à une personne, ce n'est pas accepter qu'elle soit montrée à tous.

net-say-no-if-shared = Si ça t'arrive, ce n'est pas ta faute : c'est celui qui partage ou qui menace qui a tort. N'envoie rien de plus et ne paie pas. Arrête de répondre, garde les messages comme preuve, bloque et signale le compte dans l'appli, et parles-en à un adulte de confiance. Si tu avais moins de 18 ans sur la photo, le service gratuit Take It Down (takeitdown.ncmec.org) aide à la faire retirer de nombreuses applis, sans que tu l'envoies à qui que ce soit.

net-say-no-recap = Ton corps, tes photos, ton choix. Tu peux dire non, et un vrai ami le respecte. Une photo envoyée à une personne n'est pas pour tout le monde : ne la transfère pas, signale-la. Si ça tourne mal, ce n'est pas ta faute et tu n'es pas seul : parles-en à un adulte de confiance.

## Quiz

net-say-no-quiz-pressure-signs = Lesquels de ces messages sont de la pression ? Choisis toutes les bonnes réponses.
    .hint = La pression cherche à te faire culpabiliser, te sentir à part ou avoir peur.
net-say-no-quiz-pressure-signs-if-you-trust = « Si tu avais vraiment confiance en moi, tu l'enverrais. »
    .feedback = Oui. Ce message fait de la confiance un test. La confiance n'a pas besoin d'une photo intime pour se prouver.
net-say-no-quiz-pressure-signs-everyone-does = « Allez, tout le monde le fait. »
    .feedback = Oui. Ce message veut te faire sentir en retard sur les autres. Et c'est faux : la plupart des ados à qui on le demande disent non.
net-say-no-quiz-pressure-signs-no-problem = « Pas de souci, je comprends. »
    .feedback = Ça, c'est du respect, pas de la pression. C'est ainsi que répond à un « non » quelqu'un qui tient à toi.
net-say-no-quiz-pressure-signs-or-else = « Envoie-la, sinon je raconte tout sur toi. »
    .feedback = Oui. C'est une menace. Ne cède pas : arrête de répondre, garde les messages, bloque, signale et parles-en à un adulte de confiance.

net-say-no-quiz-real-friend = Quelqu'un qui tient vraiment à toi insistera jusqu'à ce que tu dises oui.
net-say-no-quiz-real-friend-true =
    .feedback = Non. Quelqu'un qui tient à toi accepte ta réponse dès la première fois. Insister encore et encore, c'est de la pression.
net-say-no-quiz-real-friend-false =
    .feedback = Exact. Tenir à quelqu'un, c'est respecter son « non ». Insister après un refus est un signal d'alerte.

net-say-no-quiz-photo-in-group = Une photo intime d'un camarade apparaît dans le groupe de ta classe. Que faire de mieux ?
net-say-no-quiz-photo-in-group-send-to-one = L'envoyer à un seul ami pour avoir son avis.
    .feedback = Même un seul transfert la fait circuler et blesse encore ton camarade.
net-say-no-quiz-photo-in-group-stop-report = Ne pas la transférer, la signaler et prévenir un adulte de confiance.
    .feedback = Oui. Tu arrêtes la chaîne et tu fais intervenir des personnes qui peuvent la faire retirer et soutenir ton camarade.
net-say-no-quiz-photo-in-group-just-watch = Ne rien dire et continuer à lire les messages.
    .feedback = Ne pas transférer, c'est bien, mais le silence laisse la photo circuler. La signaler et prévenir un adulte peut l'arrêter.

net-say-no-quiz-not-your-fault = Si quelqu'un partage une photo que tu lui avais envoyée en confiance, c'est ta faute et inutile de demander de l'aide.
    .hint = Demande-toi qui a trahi la confiance.
net-say-no-quiz-not-your-fault-true =
    .feedback = Ce n'est pas ta faute. Celui qui l'a partagée sans ton accord a mal agi. De l'aide existe : un adulte de confiance, le signalement dans l'appli et des services qui aident à faire retirer les images.
net-say-no-quiz-not-your-fault-false =
    .feedback = Exact. La faute revient à celui qui l'a partagée. Tu mérites de l'aide, et la demander est courageux.

net-say-no-quiz-threat = Quelqu'un menace de publier ta photo si tu ne lui en envoies pas d'autres. Que fais-tu ?
    .hint = Demande-toi ce qui se passe en général quand on cède à une menace.
net-say-no-quiz-threat-send-more = J'envoie ce qu'il demande pour qu'il me laisse tranquille.
    .feedback = Ceux qui menacent en demandent en général toujours plus. Céder ne les arrête pas.
net-say-no-quiz-threat-stop-keep-tell = J'arrête de répondre, je garde les messages, je bloque, je signale et j'en parle à un adulte de confiance.
    .feedback = Oui. Les preuves aident les applis et les adultes à agir, et tu n'as pas à affronter une menace seul.
net-say-no-quiz-threat-delete-all = Je supprime mon compte et tous les messages, et je n'en parle à personne.
    .feedback = C'est normal de vouloir tout faire disparaître, mais les messages sont des preuves qui aident à arrêter cette personne. Parles-en d'abord à un adulte de confiance.

net-say-no-quiz-adult-asks = Si un adulte en ligne demande des photos intimes à un ou une jeune de 14 ans, c'est grave et ça peut être signalé.
net-say-no-quiz-adult-asks-true =
    .feedback = Oui. Demander ce genre d'images à quelqu'un de moins de 18 ans est un abus. Signale le compte et parles-en à un adulte de confiance.
net-say-no-quiz-adult-asks-false =
    .feedback = C'est grave, quoi que dise l'adulte. Demander ce genre d'images à quelqu'un de moins de 18 ans est un abus, et ça peut être signalé.
