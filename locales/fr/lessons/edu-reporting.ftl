## Leçon pour les parents et les éducateurs : signaler et trouver du soutien

edu-reporting = Signaler et trouver du soutien
    .summary = Savoir à quelles portes frapper quand un enfant subit un tort en ligne, et comment prendre soin de lui ensuite.

edu-reporting-meet = Hamza a quatorze ans. Dans un jeu en ligne, un joueur l'insulte depuis des semaines. Et voilà qu'un compte que personne ne connaît a rejoint le groupe WhatsApp de la classe et publie des images qui se moquent de lui. Hamza en a parlé à son père, qui l'a écouté calmement et a fait des captures d'écran avec lui. Maintenant, ils veulent que ça cesse.
    .alt = Un père et son fils adolescent sont assis côte à côte à la table de la cuisine et regardent ensemble un téléphone ; sur la table, un carnet et un verre de thé.

edu-reporting-doors = Il y a rarement une seule réponse. Pensez plutôt à plusieurs portes à ouvrir, avec l'enfant à vos côtés : l'application elle-même (signaler et bloquer) ; l'école, quand des camarades sont impliqués ; une ligne d'écoute pour enfants, pour être écouté et conseillé ; la police, quand il peut s'agir d'un délit. Gardez toujours les preuves d'abord. Et associez l'enfant à chaque décision : subir un tort fait perdre le sentiment de maîtriser sa vie, et un bon soutien le lui rend.

edu-reporting-in-app = Hamza et son père ont leurs captures d'écran. Que doivent-ils faire ensuite dans les applications ?
edu-reporting-in-app-report-block = Signaler le faux compte et ses publications, bloquer le joueur dans le jeu, et demander à l'administrateur du groupe de retirer le compte.
    .feedback = Oui. Signaler demande à la plateforme de retirer le contenu et peut empêcher ce compte de s'en prendre à d'autres ; bloquer coupe le contact avec Hamza. La plupart des applis proposent les deux, en général depuis le profil ou le menu du message.
edu-reporting-in-app-reply-back = Publier une réponse dans le groupe pour dénoncer celui qu'ils soupçonnent.
    .feedback = Accuser publiquement sur une supposition peut blesser un camarade innocent et entretient le conflit. Laissez la plateforme et l'école s'en occuper.
edu-reporting-in-app-leave = Quitter simplement le groupe sans rien dire.
    .feedback = Partir peut apaiser Hamza, mais les publications restent visibles pour tous les autres. Signalez-les aussi.

edu-reporting-school = Quand des camarades de classe sont impliqués, prévenez l'école, même si tout s'est passé le week-end sur des téléphones personnels : le tort suit l'enfant jusqu'en classe. Demandez à rencontrer l'enseignant principal ou le conseiller scolaire, apportez les preuves gardées, et demandez quelle est la procédure de l'école en cas de harcèlement et pour la protection de l'enfance. Mettez-vous d'accord sur qui fait quoi, et pour quand, et sur la façon de protéger l'enfant entre-temps. Notez brièvement chaque rencontre. Enseignants : prenez chaque signalement au sérieux, même s'il paraît minime, et suivez la procédure de votre établissement plutôt que de gérer seul.

edu-reporting-get-help = Les enfants n'ont pas toujours envie de parler à un parent ou à un enseignant. Une ligne d'écoute pour enfants leur offre une oreille attentive et des conseils. Ouvrez avec votre enfant l'écran « Demander de l'aide » d'{ -app-name }, choisissez votre pays et regardez ensemble la ligne proposée, pour qu'il sache qu'elle existe avant d'en avoir besoin. { -app-name } n'affiche une ligne que si son numéro a été vérifié auprès d'une source, et dit honnêtement quand il n'a pas de numéro vérifié pour votre pays ; le conseiller scolaire ou un autre adulte de confiance est alors la porte d'entrée. Ne vous fiez pas aux numéros qui circulent dans les messages ou trouvés par une recherche rapide : ils peuvent être périmés ou faux. Si un enfant est en danger immédiat, contactez les services d'urgence de votre pays.

edu-reporting-crime = Quelques jours plus tard, un inconnu avec qui Hamza a discuté dans le jeu lui écrit qu'il a une photo intime de lui et qu'il l'enverra à toute la classe si Hamza ne le paie pas. Hamza est terrifié. Que doit faire son père ?
edu-reporting-crime-pay = Payer discrètement, pour que ça s'arrête.
    .feedback = Payer y met rarement fin : un maître chanteur qui obtient de l'argent en redemande souvent. Ne payez pas, et n'envoyez rien d'autre.
edu-reporting-crime-confront = Écrire lui-même à l'inconnu pour le menacer.
    .feedback = Une confrontation peut le pousser à agir plus vite, et il risque de supprimer son compte et les preuves avec. Laissez cela à la police.
edu-reporting-crime-police = Rassurer Hamza, couper tout contact sans effacer la conversation, garder les détails, et signaler à la plateforme et à la police.
    .feedback = Oui. Le chantage, les menaces de violence et toute demande ou image à caractère sexuel impliquant un enfant relèvent de la police. Dites clairement à Hamza que c'est le maître chanteur qui est en faute, pas lui.

edu-reporting-afterwards = Un mois plus tard, le compte a disparu et l'école a parlé avec les élèves concernés. Le père de Hamza continue de prendre de ses nouvelles avec douceur, en promenade ou au dîner, et pas seulement quand quelque chose va mal. Hamza a repris le foot avec ses cousins. Son père a salué son courage et ne s'est jamais servi de l'histoire contre lui. Une semaine où Hamza semblait de nouveau abattu, ils sont allés voir ensemble le conseiller scolaire.
    .alt = Au coucher du soleil, un père et son fils marchent côte à côte sur un chemin ; le fils porte un ballon de foot et tous deux sourient.

edu-reporting-recap = D'abord, gardez les preuves. Ensuite, signalez et bloquez dans l'appli, prévenez l'école quand des camarades sont impliqués, montrez à votre enfant les lignes d'écoute de l'écran « Demander de l'aide », et allez à la police en cas de chantage, de menaces ou de tout ce qui est sexuel et implique un enfant. Ne payez jamais un maître chanteur. Associez l'enfant à chaque décision, et continuez à prendre de ses nouvelles pendant des semaines : se remettre prend du temps.

## Quiz

edu-reporting-quiz-before-block = Avant de bloquer un compte qui envoie des messages blessants, que faut-il faire ?
edu-reporting-quiz-before-block-warn = Répondre une fois depuis le compte de l'enfant, en prévenant que vous irez à la police si cela continue
    .feedback = Une réponse lui donne la réaction qu'il cherche et peut envenimer les choses. Gardez, bloquez et signalez plutôt.
edu-reporting-quiz-before-block-delete = Effacer toute la conversation pour que votre enfant ne revoie plus ces mots
    .feedback = Vouloir protéger votre enfant est naturel, mais effacer détruit les preuves dont la plateforme, l'école ou la police peuvent avoir besoin.
edu-reporting-quiz-before-block-save = Faire des captures d'écran montrant le pseudo, la date et l'heure
    .feedback = Oui. Après un blocage, certains messages ou profils peuvent devenir plus difficiles à voir. D'abord garder, ensuite bloquer et signaler.

edu-reporting-quiz-find-helpline = Où chercher une ligne d'écoute pour enfants dans votre pays ?
    .hint = Pensez à la source que vous pouvez vérifier.
edu-reporting-quiz-find-helpline-get-help = L'écran « Demander de l'aide » d'{ -app-name }, dont les numéros sont vérifiés auprès d'une source
    .feedback = Oui. Ses numéros sont vérifiés auprès d'une source, et l'appli vous dit honnêtement quand elle n'a pas de numéro vérifié pour votre pays.
edu-reporting-quiz-find-helpline-forwarded = Un numéro transféré dans le groupe WhatsApp des parents, puisque plusieurs parents l'ont déjà partagé
    .feedback = Être partagé souvent ne rend pas un numéro juste. Les numéros transférés sont souvent périmés ou faux, et un enfant en détresse a besoin d'une ligne qui fonctionne.
edu-reporting-quiz-find-helpline-search = Le premier numéro qu'affiche une recherche sur Internet avec « ligne d'écoute enfants » et le nom de votre pays
    .feedback = Les résultats de recherche peuvent être périmés, voire faux. Utilisez une source que vous pouvez vérifier.

edu-reporting-quiz-police-when = Lesquelles de ces situations faut-il signaler à la police ? Choisissez toutes les bonnes réponses.
edu-reporting-quiz-police-when-class-joke = Un camarade publie une blague méchante sur l'enfant dans le groupe WhatsApp de la classe
    .feedback = C'est blessant et cela demande d'agir : gardez-la, signalez-la dans l'appli et prévenez l'école. À elle seule, elle ne relève pas de la police.
edu-reporting-quiz-police-when-blackmail = Quelqu'un exige de l'argent ou d'autres photos en menaçant de diffuser une image de l'enfant
    .feedback = Oui. C'est du chantage. Ne payez pas, gardez les détails et signalez-le.
edu-reporting-quiz-police-when-game-insults = Un joueur que l'enfant ne connaît pas l'insulte dans la discussion d'un jeu toute une soirée
    .feedback = Gardez une trace, puis bloquez et signalez le joueur dans le jeu. La police, c'est pour le chantage, les menaces de violence ou tout ce qui est sexuel et concerne un enfant.
edu-reporting-quiz-police-when-sexual-request = Un adulte demande à un enfant des photos ou des conversations à caractère sexuel
    .feedback = Oui. Toute demande à caractère sexuel adressée à un enfant doit être signalée à la plateforme et à la police.
edu-reporting-quiz-police-when-unfriend = Un camarade retire l'enfant de sa liste d'amis dans un jeu et pousse les autres à faire pareil
    .feedback = Être mis à l'écart fait de la peine, et cela mérite une conversation bienveillante à la maison, peut-être l'aide de l'école, mais ce n'est pas un délit.

edu-reporting-quiz-weekend = L'école peut aider face au harcèlement en ligne entre camarades, même s'il a eu lieu le week-end sur des téléphones personnels.
    .hint = Pensez à l'endroit où sera l'enfant à la reprise des cours.
edu-reporting-quiz-weekend-true =
    .feedback = Exact. Le tort suit l'enfant jusqu'en classe. Quand des camarades sont impliqués, prévenez l'école et demandez quelle est sa procédure.
edu-reporting-quiz-weekend-false =
    .feedback = En fait, c'est vrai. Le tort suit l'enfant jusqu'en classe, quels que soient le lieu et le moment du harcèlement. Prévenez l'école et demandez quelle est sa procédure.

edu-reporting-quiz-closed = Une fois le compte bloqué et les publications retirées, mieux vaut ne plus jamais en parler.
edu-reporting-quiz-closed-true =
    .feedback = Ce n'est pas vrai. L'enfant peut en ressentir les effets pendant des semaines. Prendre de ses nouvelles avec douceur, sans insister, l'aide à se remettre et lui montre que vous êtes toujours là.
edu-reporting-quiz-closed-false =
    .feedback = Exact. Continuez à prendre de ses nouvelles avec douceur, restez attentif aux signes de détresse, et demandez l'aide du conseiller scolaire si l'enfant reste abattu.
