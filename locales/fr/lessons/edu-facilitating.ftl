## Leçon pour les parents et les éducateurs : animer les leçons en classe

edu-facilitating = Animer les leçons en classe
    .summary = Un guide d'animation pour chaque tranche d'âge : objectifs, durée, questions de discussion, un espace sûr, et que faire si un enfant vous confie quelque chose.

edu-facilitating-meet = Mme Houda enseigne dans une école de village près de Sfax, en Tunisie, qui n'a qu'un seul vidéoprojecteur et quelques tablettes partagées. Ce trimestre, elle animera les leçons d'{ -app-name }, en arabe et parfois en français, avec trois groupes : une classe d'enfants de sept ans, une classe d'enfants de onze ans et un club de jeunes de quinze ans. Chaque groupe a besoin d'un type de séance différent, et chacun doit se sentir assez en sécurité pour prendre la parole.
    .alt = Une enseignante lève la main à côté de l'image projetée d'une huppe, devant des enfants de différents âges assis face à elle, une tablette posée au sol parmi eux.

edu-facilitating-safe-space = Commencez chaque séance en construisant un espace sûr. Fixez ensemble quelques règles : on s'écoute ; on ne nomme pas de vraies personnes et on ne se moque de personne ; chacun peut dire « je passe » ; ce que partagent les camarades reste bienveillant et entre nous. Abordez les risques à travers les personnages des histoires, pas à travers le vécu des enfants. Dites dès le début que chacun peut venir vous parler seul à seul après la séance. Avant de commencer, sachez qui est le référent protection de l'enfance de votre établissement et quelle est la procédure. Visez des enfants capables de réagir, pas des enfants apeurés : parlez des bonnes choses qu'offre Internet autant que des risques.

edu-facilitating-band-under-9 = Moins de 9 ans : lire ensemble (environ 15 minutes). Objectif : une seule idée simple, comme « demande à un grand avant d'appuyer » ou « tu peux toujours le dire ». Affichez la leçon sur un seul écran, lisez chaque carte à voix haute, laissez les enfants montrer les images du doigt, voter pour les choix en levant la main et saluer { -mascot }. Durée : 3 minutes pour se mettre en route (« Qu'est-ce que tu aimes faire sur un téléphone ? »), 8 minutes pour l'histoire et les choix, 4 minutes pour conclure en répétant ensemble la phrase clé. Questions : « Comment se sent l'enfant de l'histoire ? », « Que pourrait-elle faire ? », « À quels grands peux-tu le dire ? » Restez léger, et répétez que personne n'a d'ennuis pour avoir parlé.
    .alt = Un homme lit, sur une tablette qui montre une huppe, une histoire à trois jeunes enfants assis sur un tapis rond ; un enfant lève la main pour montrer quelque chose.

edu-facilitating-band-9-12 = 9-12 ans : façon cahier d'activités, avec discussion (environ 30 minutes). Objectif : un savoir-faire concret, comme reconnaître une information personnelle, distinguer une blague d'un harcèlement, ou savoir où trouver de l'aide. Durée : 5 minutes pour une question d'ouverture, 10 minutes de travail en binômes sur la leçon, 10 minutes de discussion en classe, 5 minutes pour le quiz, fait individuellement. Questions : « Comment distinguer un vrai cadeau d'un piège ? », « Quand une blague devient-elle du harcèlement ? », « À qui peux-tu demander de l'aide, à la maison et à l'école ? » Demandez aux binômes d'expliquer leurs choix : les raisons comptent plus que la bonne réponse.
    .alt = Deux binômes d'enfants sont assis à des tables et partagent des tablettes et des fiches ; un enfant lève la main pour parler.

edu-facilitating-band-13-18 = 13-18 ans : les règles du Net (Net rules) et la discussion entre pairs (environ 40 minutes). Objectif : que les jeunes construisent leurs propres règles à partir des messages clés des règles du Net, comme « le cyberharcèlement n'est jamais acceptable », « réfléchis à deux fois avant de rencontrer quelqu'un connu en ligne », « tu as le droit de dire non » et « tu as droit à ta vie privée ». Durée : 5 minutes d'introduction, 20 minutes en petits groupes (chacun prend une règle et une situation), 10 minutes de restitution, 5 minutes pour adopter une liste de classe. Questions : « Que dirais-tu à un ami qu'on pousse à envoyer une photo ? », « Comment vérifier que quelqu'un est bien celui qu'il prétend être ? », « Comment dire non sans perdre la face ? » Mettez-vous en retrait et laissez-les mener ; ne demandez jamais de récits personnels devant le groupe.
    .alt = Des adolescents sont assis autour d'une grande feuille de papier, discutent et dessinent dessus, pendant qu'une enseignante écoute à l'écart.

edu-facilitating-disclose = Après une séance avec les enfants de onze ans, Sara attend que les autres soient partis. Elle raconte qu'un homme rencontré dans un jeu lui demande sans arrêt des photos, et lui a dit de garder le secret. Elle demande à Mme Houda de n'en parler à personne. Que doit faire l'enseignante ?
edu-facilitating-disclose-promise = Promettre de garder le secret, pour que Sara continue à lui faire confiance.
    .feedback = C'est une promesse qu'elle ne pourra pas tenir, et la rompre plus tard blesserait encore plus la confiance de Sara. Dites-lui avec douceur que vous n'en parlerez qu'aux personnes dont le rôle est de l'aider à être en sécurité.
edu-facilitating-disclose-listen-refer = L'écouter calmement, la remercier, éviter les questions orientées, noter ses mots, lui expliquer à qui elle va en parler, et suivre la procédure de l'école aujourd'hui même.
    .feedback = Oui. Votre rôle est d'écouter, de rassurer et de transmettre, pas d'enquêter. Notez les mots de Sara tels quels et l'heure, et prévenez le référent protection de l'enfance le jour même.
edu-facilitating-disclose-investigate = Demander à voir toutes les conversations, et écrire elle-même à cet homme.
    .feedback = Enquêter est le travail des professionnels. Contacter cet homme risque de l'alerter et d'exposer Sara à un danger plus grand.
edu-facilitating-disclose-class-example = Reprendre l'histoire, sans les noms, à la prochaine leçon.
    .feedback = Même sans les noms, des camarades peuvent deviner, et Sara se sentirait exposée. Ce qu'elle a confié reste entre elle et les personnes qui doivent agir.

edu-facilitating-dashboard = Écrivez au tableau le code de votre classe. Chaque enfant appuie sur « Rejoindre ma classe », tape le code, puis choisit son nom et son mot de passe en images. Si le code circule hors de la classe, créez-en un nouveau : l'ancien cesse de fonctionner. Votre tableau de bord montre qui a commencé, terminé et maîtrisé chaque leçon, et vous pouvez choisir quand les enfants voient leurs résultats aux quiz. Sa vue « questions difficiles » montre les questions que la classe rate souvent, et la mauvaise réponse choisie. Servez-vous-en pour préparer la discussion suivante : si beaucoup d'enfants ont pensé qu'on pouvait donner son numéro de téléphone contre un niveau gratuit, commencez par là. Utilisez les résultats pour guider votre enseignement, jamais pour mettre un enfant mal à l'aise ni pour comparer les enfants devant la classe.

edu-facilitating-recap = Construisez d'abord un espace sûr : des règles communes, le droit de passer, et la possibilité de parler seul à seul. Moins de 9 ans : lecture partagée avec des images, environ 15 minutes. 9-12 ans : façon cahier d'activités, en binômes, puis discussion. 13-18 ans : discussion entre pairs autour des règles du Net, menée par les jeunes. Si un enfant vous confie quelque chose : écoutez, ne promettez pas le secret, n'enquêtez pas, et suivez la procédure de votre établissement le jour même. Servez-vous du code de la classe et de la vue « questions difficiles » pour décider quoi reprendre.

## Quiz

edu-facilitating-quiz-under-9 = Quelle formule convient le mieux à la classe d'enfants de sept ans de Mme Houda ?
edu-facilitating-quiz-under-9-dangers-talk = Un exposé clair qui énumère les principaux dangers d'Internet, pour qu'ils sachent dès le début quoi éviter
    .feedback = Une liste de dangers peut effrayer les jeunes enfants sans leur donner de réflexes. Une seule idée simple, racontée par une histoire, marche mieux.
edu-facilitating-quiz-under-9-read-together = Lire la leçon ensemble, avec les images, pendant environ 15 minutes
    .feedback = Oui. Une courte lecture partagée, avec des images et des choix, convient aux petits, et l'adulte peut les rassurer au fil de l'histoire.
edu-facilitating-quiz-under-9-alone-long = Chaque enfant seul sur une tablette pendant toute une séance de 45 minutes, à son rythme
    .feedback = Les jeunes enfants ont besoin d'un adulte à côté d'eux et de séances courtes. Seuls pendant 45 minutes, ils décrochent et personne ne répond à leurs questions.

edu-facilitating-quiz-promise = Si un enfant vous confie un tort subi et vous demande de garder le secret, vous devez le lui promettre.
    .hint = Pensez à ce que vous devrez faire ensuite.
edu-facilitating-quiz-promise-true =
    .feedback = Non. Vous devrez transmettre l'information pour protéger l'enfant : c'est une promesse que vous ne pourrez pas tenir. Dites-lui avec douceur que vous n'en parlerez qu'aux personnes dont c'est le rôle d'aider.
edu-facilitating-quiz-promise-false =
    .feedback = Exact. Soyez honnête dès le début : vous n'en parlerez qu'aux personnes qui peuvent aider à protéger l'enfant.

edu-facilitating-quiz-difficult = Que vous montre la vue « questions difficiles » du tableau de bord ?
edu-facilitating-quiz-difficult-weakest = Les enfants qui ont les moins bons scores, pour prévenir leurs parents
    .feedback = Non. Elle regarde les questions à l'échelle de la classe, pour guider votre enseignement, pas pour étiqueter les enfants.
edu-facilitating-quiz-difficult-home-apps = Les applis et les sites que chaque enfant a utilisés chez lui cette semaine, pour alerter sa famille
    .feedback = Non. Elle montre seulement les réponses de la classe aux quiz des leçons ; elle ne suit pas les enfants en dehors de l'appli.
edu-facilitating-quiz-difficult-missed = Les questions que la classe rate souvent, et la mauvaise réponse choisie
    .feedback = Oui. Elle montre où la compréhension de la classe est la plus fragile, pour savoir quoi discuter ensuite.

edu-facilitating-quiz-safe-space = Lesquels de ces gestes aident à créer un espace sûr ? Choisissez toutes les bonnes réponses.
edu-facilitating-quiz-safe-space-share-own = Demander à chaque enfant de raconter une expérience vécue
    .feedback = Cela peut exposer des enfants et les pousser à dire des choses qu'ils ne sont pas prêts à partager. Abordez plutôt les risques à travers les personnages des histoires.
edu-facilitating-quiz-safe-space-rules = Fixer ensemble quelques règles, dont le droit de dire « je passe »
    .feedback = Oui. Des règles que les enfants ont aidé à écrire sont des règles qu'ils respectent, et personne ne doit se sentir obligé de parler de sa vie en ligne.
edu-facilitating-quiz-safe-space-promise-class = Promettre à la classe que rien de ce qui se dit dans la salle ne sera jamais répété à personne
    .feedback = C'est rassurant, mais vous ne pourriez pas tenir parole : si un enfant révèle un tort subi, vous devez le transmettre. Demandez bienveillance et discrétion, et soyez honnête sur cette limite.
edu-facilitating-quiz-safe-space-private = Dire au groupe que chacun peut venir vous parler seul à seul après la séance
    .feedback = Oui. Certains enfants ne parlent qu'en tête-à-tête, et maintenant ils savent que c'est possible.
edu-facilitating-quiz-safe-space-name-names = Inviter les enfants à nommer les camarades qui se conduisent mal en ligne, pour assurer un suivi
    .feedback = Nommer de vraies personnes enfreint une règle commune et peut créer de nouveaux conflits. Parlez des comportements à travers les personnages, et évoquez en privé une inquiétude au sujet d'un enfant.

edu-facilitating-quiz-after-disclosure = Un enfant vient de vous confier quelque chose d'inquiétant. Quelle est la suite ?
    .hint = Votre rôle est d'écouter et de transmettre, pas d'enquêter.
edu-facilitating-quiz-after-disclosure-procedure = Noter les mots mêmes de l'enfant et prévenir le référent protection de l'enfance de l'école le jour même
    .feedback = Oui. Les mots de l'enfant tels quels, la date et l'heure aident les personnes dont le rôle est de le protéger.
edu-facilitating-quiz-after-disclosure-wait = Attendre une semaine environ pour voir si cela se reproduit avant d'en parler
    .feedback = Attendre peut laisser l'enfant en danger. Agissez le jour même.
edu-facilitating-quiz-after-disclosure-confront = Contacter vous-même la personne en cause et lui dire fermement d'arrêter
    .feedback = Cela peut alerter la personne et faire disparaître des preuves. Laissez faire le référent protection de l'enfance et, si besoin, la police.
