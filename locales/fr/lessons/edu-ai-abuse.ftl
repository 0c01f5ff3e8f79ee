## Leçon pour les parents et les éducateurs : quand un élève est visé par une fausse image dénudée

edu-ai-abuse = Quand un élève est visé par une fausse image dénudée
    .summary = Ce qu'il faut faire d'abord, ce qu'il ne faut jamais faire et qui appeler quand un élève subit une image sexuelle fabriquée par l'IA ou un chantage en ligne.

edu-ai-abuse-meet = Amine a quinze ans et il est au lycée à Sfax. À la récréation, il attend Mme Trabelsi, sa professeure de français, le téléphone dans sa main qui tremble. Une « fille » rencontrée sur Instagram a transformé ses photos ordinaires en une fausse photo de lui nu, avec une application d'IA. Maintenant, le compte menace de l'envoyer ce soir à sa classe et à sa famille s'il ne paie pas 200 dinars.
    .alt = Dans une salle de classe vide, un adolescent tête baissée serre un téléphone contre lui ; une enseignante est assise sur une chaise à côté de lui, tournée vers lui, et l'écoute.

edu-ai-abuse-first = Mme Trabelsi a dix minutes avant son prochain cours. Que doit-elle faire ?
edu-ai-abuse-first-look = Demander d'abord à Amine de lui montrer la photo, pour juger elle-même de la gravité de la situation.
    .feedback = Ne la regardez pas. Voir ou manipuler une image sexuelle d'un enfant le blesse une nouvelle fois et peut constituer une infraction, quelle que soit votre intention. Notez plutôt avec des mots ce qu'Amine vous raconte.
edu-ai-abuse-first-delete = Aider Amine à effacer tout de suite la conversation et la photo, et à bloquer le compte, pour en finir.
    .feedback = Bloquer pourra venir ensuite, mais effacer détruit les preuves dont la plateforme et la police ont besoin, et le maître chanteur garde la photo. Amine doit cesser de répondre et garder la conversation.
edu-ai-abuse-first-secret = Promettre à Amine de n'en parler à personne, puisqu'il a tellement honte, et régler cela elle-même, en silence.
    .feedback = C'est une promesse impossible à tenir : un élève victime de chantage a besoin du référent protection de l'école et, très probablement, de la police. Dites-lui avec douceur à qui vous devez en parler, et pourquoi.
edu-ai-abuse-first-calm = Rester calme, lui dire qu'il n'y est pour rien, noter ses paroles et l'emmener au référent protection.
    .feedback = Oui. Votre calme lui montre qu'on peut l'aider. C'est lui la victime : celui qui a fabriqué la photo et le menace est le seul fautif. Le référent protection décide avec lui de la suite, aujourd'hui même.

edu-ai-abuse-first-steps = Dans la première heure. Restez calme et écoutez : votre réaction décide si l'élève continue de parler. Dites clairement que ce n'est pas sa faute, même s'il a un jour envoyé une photo lui-même : le responsable, c'est le maître chanteur, ou celui qui a fabriqué l'image. Tout élève peut être visé ; dans les affaires récentes de chantage, beaucoup de victimes étaient des garçons de 14 à 18 ans. Notez avec des mots ce qui s'est passé : la plateforme, les noms des comptes, les dates et les heures, ce qui a été exigé. Ne récupérez pas l'image elle-même. Conseillez à l'élève de ne pas payer, de ne plus rien envoyer, de cesser de répondre, de bloquer plus tard et de ne pas effacer la conversation. Prévenez le jour même le référent protection de l'école (ou le chef d'établissement). C'est lui qui signale à la plateforme et à la police ou aux services de protection de l'enfance, et qui décide avec l'élève comment associer la famille.

edu-ai-abuse-never = Ce qu'il ne faut jamais faire. Ne jamais regarder, copier, capturer, imprimer ni transférer l'image, pas même « comme preuve », ni au chef d'établissement ni à la police : chaque copie est une nouvelle blessure, et détenir une image sexuelle d'un enfant peut être en soi un délit. Ne jamais demander à l'élève de vous l'envoyer. Ne jamais l'effacer en faisant comme si de rien n'était : une conversation effacée, ce sont des preuves perdues, et la menace ne disparaît pas. Ne jamais interroger ni gronder l'élève devant les autres, et ne jamais promettre de garder le secret. Une image fabriquée par l'IA est fausse, mais le mal qu'elle fait est bien réel : traitez-la aussi sérieusement qu'une vraie photo.

edu-ai-abuse-classmates = Deux jours plus tard, la photo apparaît dans un groupe WhatsApp de la classe. Un collègue, M. Yassine, propose : « Envoie-la-moi, je la montrerai à la directrice pour qu'elle nous croie. » Que doit faire Mme Trabelsi ?
edu-ai-abuse-classmates-forward = La transférer à M. Yassine et à la directrice, pour que tous les responsables voient exactement ce qui circule.
    .feedback = Chaque transfert est une nouvelle copie d'une image sexuelle d'un enfant, sur davantage de téléphones. La direction et la police n'ont pas besoin de la voir pour agir : le nom du groupe, qui a publié et quand, cela suffit.
edu-ai-abuse-classmates-report = Refuser, donner au référent protection le nom du groupe, qui a publié et quand, et signaler la publication.
    .feedback = Oui. Elle transmet les faits, jamais la photo. Le référent protection prévient la police et décide comment réagir avec les élèves qui l'ont partagée ; l'administrateur du groupe et la plateforme peuvent retirer la publication.
edu-ai-abuse-classmates-confront = Entrer en classe, dire aux élèves qu'elle est au courant de la photo et ramasser les téléphones de tout le groupe.
    .feedback = Une scène en classe expose Amine encore davantage et peut pousser des élèves à effacer des preuves. Fouiller ou non les téléphones, c'est au référent protection et à la police d'en décider, selon la procédure de l'établissement.

edu-ai-abuse-whom = Qui appeler. D'abord le référent protection de l'école : chaque établissement devrait désigner une personne pour la protection de l'enfance ; s'il n'y en a pas, allez voir le chef d'établissement. Puis, avec lui : la plateforme, par son bouton de signalement ; la police ou les services de protection de l'enfance, pour tout chantage et pour toute image sexuelle d'un enfant, fabriquée par l'IA ou non ; et la famille, sauf si cela mettait l'élève en danger. Une ligne d'écoute pour les enfants écoute et conseille : celle de votre pays figure sur l'écran « Demander de l'aide » de { -app-name }, quand son numéro a été vérifié. Pour les images d'une personne de moins de 18 ans, le service gratuit Take It Down du NCMEC aide à en arrêter la diffusion : le jeune, avec un parent s'il le souhaite, choisit l'image sur son propre appareil, et seule une empreinte numérique est envoyée, jamais la photo. Il a ses limites : il ne fonctionne que sur les plateformes participantes (Facebook, Instagram, TikTok, Snapchat et quelques autres), pas dans les messageries chiffrées comme WhatsApp, et une copie modifiée de l'image peut lui échapper. Il existe en arabe.

edu-ai-abuse-afterwards = Une semaine plus tard, la police a reçu la plainte d'Amine et les comptes ont été signalés. À la maison, Amine et sa mère ont utilisé Take It Down sur son propre téléphone. Le référent protection prend de ses nouvelles tous les deux ou trois jours, et sa classe a eu un cours sur les images fabriquées par l'IA, sans que personne soit nommé. En classe, Mme Trabelsi salue Amine exactement comme avant. Il recommence à rire avec ses amis.
    .alt = Dans une cour d'école ensoleillée, un adolescent rit avec deux amis près d'un arbre, tandis qu'une enseignante passe, des livres dans les bras.

edu-ai-abuse-recap = Restez calme, dites à l'élève que ce n'est pas sa faute, notez les faits avec des mots et prévenez le référent protection le jour même. Ne jamais regarder, copier, transférer ni garder l'image, ne jamais la demander, ne jamais l'effacer en passant à autre chose. L'élève ne paie pas, cesse de répondre et garde la conversation. Signalez à la plateforme et à la police ou aux services de protection de l'enfance, montrez la ligne d'écoute sur « Demander de l'aide », et utilisez Take It Down en connaissant ses limites. Continuez à prendre des nouvelles pendant des semaines.

## Quiz

edu-ai-abuse-quiz-first-words = Un élève vient de vous dire que quelqu'un menace de diffuser une fausse photo de lui nu. Quelle est la meilleure chose à lui dire d'abord ?
edu-ai-abuse-quiz-first-words-blame = Comment as-tu pu faire confiance à un inconnu en ligne ? On en a tellement parlé en classe.
    .feedback = Le reproche fait regretter à l'élève de s'être confié et peut l'empêcher de revenir. Quoi qu'il se soit passé avant, le fautif, c'est le maître chanteur.
edu-ai-abuse-quiz-first-words-not-fault = Tu as bien fait de me le dire. Ce n'est pas ta faute, et on va s'en occuper ensemble.
    .feedback = Oui. Par honte, les élèves se taisent souvent. Entendre que ce n'est pas leur faute, et qu'ils ne sont pas seuls, les aide à continuer de parler et les protège.
edu-ai-abuse-quiz-first-words-only-fake = Ne t'inquiète pas, tout le monde sait que c'est un faux fait par l'IA. Ignore ses messages et il finira par se lasser.
    .feedback = Un faux peut quand même circuler et être cru, et le mal est réel. Ignorer ne suffit pas : prévenez le référent protection, et que l'élève garde la conversation.

edu-ai-abuse-quiz-evidence = L'élève propose de vous envoyer la photo « pour que vous ayez une preuve ». Que devez-vous faire ?
edu-ai-abuse-quiz-evidence-look-once = La regarder une seule fois, pour pouvoir la décrire précisément au référent protection
    .feedback = Vous n'avez pas besoin de la voir : décrivez ce que l'élève vous raconte. Moins il y a de personnes qui voient l'image, mieux c'est pour l'enfant.
edu-ai-abuse-quiz-evidence-school-email = La demander par courriel sur l'adresse de l'école, pour avoir une copie officielle et datée pour la direction et la police
    .feedback = Un courriel crée une nouvelle copie, sur les serveurs de l'école, que d'autres peuvent voir. La police recueille elle-même les preuves ; vous n'avez qu'à noter les faits.
edu-ai-abuse-quiz-evidence-decline = Refuser avec douceur, et noter qui l'a envoyée, où et quand
    .feedback = Oui. Ne prenez pas l'image et ne la gardez pas. Votre note écrite, et le téléphone de l'élève laissé tel quel, sont ce dont le référent protection et la police ont besoin.

edu-ai-abuse-quiz-never = Qu'est-ce qu'un enseignant ne doit jamais faire ? Choisissez toutes les bonnes réponses.
edu-ai-abuse-quiz-never-forward = Transférer l'image à la directrice pour qu'elle voie à quel point c'est grave
    .feedback = Exact, à ne jamais faire. Une description suffit, et chaque transfert est une nouvelle copie.
edu-ai-abuse-quiz-never-tell-lead = Prévenir le référent protection de l'école le jour même
    .feedback = C'est au contraire ce qu'il faut faire : le référent protection est la première personne à appeler.
edu-ai-abuse-quiz-never-ask-send = Demander à l'élève de vous envoyer l'image pour que rien ne se perde
    .feedback = Exact, ne la demandez jamais. L'élève garde son téléphone tel quel, et la police recueille ce dont elle a besoin.
edu-ai-abuse-quiz-never-note-account = Noter le nom du compte, la plateforme et les heures des messages
    .feedback = C'est au contraire ce qu'il faut faire : ces faits, notés avec des mots, sont des preuves utiles sans aucune copie de l'image.
edu-ai-abuse-quiz-never-class-talk = Interroger l'élève sur la photo devant toute la classe
    .feedback = Exact, jamais en public : cela expose l'élève et fait circuler l'histoire. Parlez-lui en privé, avec délicatesse.

edu-ai-abuse-quiz-take-it-down = Qu'est-ce qui est vrai à propos de Take It Down, le service du NCMEC ? Choisissez toutes les bonnes réponses.
edu-ai-abuse-quiz-take-it-down-whatsapp = Il retire la photo des conversations et des groupes WhatsApp où elle a déjà été envoyée
    .feedback = Non. Les conversations WhatsApp sont chiffrées de bout en bout, et Take It Down n'y a pas accès. Signalez les messages dans WhatsApp, et à la police.
edu-ai-abuse-quiz-take-it-down-fingerprint = La photo reste sur le téléphone du jeune ; seule une empreinte numérique est envoyée
    .feedback = Oui. Personne ne voit l'image : les plateformes participantes ne reçoivent que son empreinte, pour en retrouver les copies.
edu-ai-abuse-quiz-take-it-down-teacher-upload = Un enseignant peut l'utiliser sur l'ordinateur de l'école une fois que l'élève lui a envoyé la photo
    .feedback = Non. C'est le jeune, avec un parent s'il le souhaite, qui l'utilise sur l'appareil où se trouve déjà l'image. Aucun adulte ne doit en recevoir de copie.
edu-ai-abuse-quiz-take-it-down-everywhere = Une fois qu'il a été utilisé, la photo ne peut plus jamais apparaître sur aucun site ni aucune application
    .feedback = Non. Seules les plateformes participantes utilisent les empreintes, et une copie modifiée de l'image peut ne pas être reconnue. Continuez à signaler.

edu-ai-abuse-quiz-ai-less = Une image fabriquée par l'IA est moins grave qu'une vraie photo : inutile donc de prévenir la police.
edu-ai-abuse-quiz-ai-less-true =
    .feedback = C'est faux. Une fausse image sexuelle d'un enfant le blesse autant qu'une vraie : elle peut circuler, être crue et servir au chantage. Prévenez le référent protection, qui saisit la police.
edu-ai-abuse-quiz-ai-less-false =
    .feedback = Bonne réponse. L'image est fausse, mais le mal est réel. Traitez-la aussi sérieusement qu'une vraie photo, et laissez le référent protection saisir la police.

edu-ai-abuse-quiz-paid = Un élève qui a déjà payé le maître chanteur peut quand même porter plainte, et il ne doit plus rien payer.
edu-ai-abuse-quiz-paid-true =
    .feedback = Bonne réponse. Payer met rarement fin au chantage : un maître chanteur qui a été payé en redemande souvent. Il n'est jamais trop tard pour signaler, et avoir payé ne rend l'élève coupable de rien.
edu-ai-abuse-quiz-paid-false =
    .feedback = En fait, c'est vrai. Avoir payé n'empêche pas l'élève de signaler, et payer de nouveau arrête rarement les menaces. Rassurez-le et signalez.
