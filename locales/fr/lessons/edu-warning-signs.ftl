## Leçon pour les parents et les éducateurs : reconnaître les signes

edu-warning-signs = Reconnaître les signes
    .summary = Repérer quand quelque chose en ligne fait du mal à un enfant, et réagir de façon à ce qu'il continue à vous parler.

edu-warning-signs-meet = Karim a douze ans. Après l'école, il filait jouer au foot avec ses cousins. Depuis deux semaines, il reste dans sa chambre, son téléphone retourné à côté de lui. Il dort mal, mange peu et sursaute à chaque message. Un matin, il s'est plaint de maux de ventre et a demandé à ne pas aller à l'école.
    .alt = Un garçon, l'air triste, est assis seul sur son lit dans une chambre sombre, la nuit, son téléphone retourné à côté de lui ; sa mère le regarde avec douceur depuis la porte éclairée.

edu-warning-signs-signs = Un enfant dit rarement « on me harcèle » ou « quelqu'un cherche à me manipuler ». Le plus souvent, il le montre. Soyez attentif aux changements qui durent : l'humeur (tristesse, colère, anxiété, repli sur soi), le sommeil et l'appétit ; des maux de tête ou de ventre ; l'envie d'éviter l'école ou les visites en famille ; de la contrariété après avoir utilisé le téléphone ; un écran soudain caché ou des messages effacés ; beaucoup plus ou beaucoup moins de temps en ligne ; de l'argent, des cadeaux, des crédits de jeu ou des recharges de téléphone venant de quelqu'un que la famille ne connaît pas. Un signe isolé ne prouve rien, et le besoin d'intimité d'un adolescent est normal. Ce qui compte, c'est un changement par rapport à ce qui est habituel chez votre enfant, et plusieurs signes à la fois.

edu-warning-signs-disclose = Un soir, Karim montre enfin à sa mère le groupe WhatsApp de la classe. Un faux compte y publie une photo truquée de lui, et des camarades ajoutent des émojis moqueurs et des insultes. Il est au bord des larmes. Que doit faire sa mère en premier ?
edu-warning-signs-disclose-take-phone = Lui confisquer son téléphone pendant un mois, pour que ça s'arrête.
    .feedback = Cela semble protecteur, mais Karim le vivra comme une punition pour avoir parlé. Il perd aussi ses amis et les discussions en famille, et la prochaine fois il risque de tout cacher. Le harcèlement, lui, continue sans qu'il le voie.
edu-warning-signs-disclose-call-parents = Appeler dès ce soir les parents du garçon qu'elle soupçonne.
    .feedback = Sa colère se comprend, mais agir avant d'écouter peut aggraver la situation de Karim à l'école, et elle se trompe peut-être de personne. Mieux vaut écouter d'abord, puis décider ensemble, souvent avec l'école.
edu-warning-signs-disclose-listen = S'asseoir près de lui, rester calme, le remercier d'avoir parlé et l'écouter.
    .feedback = Oui. Une écoute calme dit à Karim qu'il a bien fait. Une fois rassuré, ils pourront garder les preuves et préparer la suite ensemble.
edu-warning-signs-disclose-reply = Écrire elle-même dans le groupe pour le défendre.
    .feedback = La réponse d'un parent dans un groupe de classe attire en général davantage l'attention sur la publication et peut mettre Karim encore plus mal à l'aise. Mieux vaut garder les preuves et signaler.

edu-warning-signs-respond = Quand un enfant vous confie que quelque chose s'est mal passé en ligne, votre première réaction décide s'il se confiera encore. Restez calme, même si vous ressentez de la colère ou de la peur. Écoutez sans l'interrompre, et croyez-le. Dites-lui clairement : « Ce n'est pas de ta faute. Tu as bien fait de m'en parler. » Ne confisquez pas son téléphone pour le punir : un enfant qui a peur de perdre son téléphone arrête de parler. Ensuite, gardez les preuves et décidez ensemble des prochaines étapes, pour que l'enfant ait son mot à dire sur ce qui se passe.

edu-warning-signs-evidence = Gardez les preuves avant que quoi que ce soit ne soit effacé ou bloqué. Faites des captures d'écran qui montrent le message, le nom ou le pseudo de l'expéditeur, la date et l'heure. Notez le lien de la page ou du profil, et rangez le tout au même endroit, en sécurité. Ne répondez pas à la personne et ne transférez rien à personne. Une exception importante : si une image est à caractère sexuel et montre un enfant, ne la capturez pas, ne l'enregistrez pas et ne la transférez pas, même comme preuve. Notez où elle se trouve, qui l'a envoyée et quand, puis signalez-la à la plateforme et à la police.

edu-warning-signs-gift = Rana a treize ans. Sa mère remarque de nouvelles tenues pour le personnage de Rana dans son jeu, et une carte cadeau qu'elle n'a jamais achetée. Rana explique qu'un « ami du jeu » les lui envoie. Il est toujours gentil, lui dit qu'elle est plus mûre que les autres filles, et lui a proposé de discuter sur une autre appli, « là où tes parents ne nous embêteront pas ». Il lui a demandé de garder leurs conversations secrètes.
    .alt = Une fille montre un téléphone dont l'écran affiche un paquet cadeau et un cadenas fermé ; à côté d'elle, une bulle montre un visage gris, un doigt sur les lèvres.

edu-warning-signs-gift-choice = Que doit faire la mère de Rana ?
edu-warning-signs-gift-choice-ban = Crier sur Rana et lui interdire les jeux pour toujours.
    .feedback = Rana apprendrait que parler mène à la punition, et cet homme pourrait la joindre depuis un autre appareil. Elle a besoin de sa mère à ses côtés, pas contre elle.
edu-warning-signs-gift-choice-talk = Parler calmement avec Rana, sans reproche, et regarder les conversations ensemble.
    .feedback = Oui. Cadeaux, flatteries, passage vers une appli privée et exigence de secret : ensemble, ce sont des signes typiques de pédopiégeage (grooming). Elles peuvent noter les détails, bloquer et signaler le compte, et demander de l'aide si quelque chose de plus inquiétant apparaît.
edu-warning-signs-gift-choice-ignore = Laisser faire : les cadeaux dans les jeux, c'est normal.
    .feedback = Des cadeaux entre amis peuvent être anodins, mais des cadeaux d'un adulte inconnu qui exige le secret sont un signal d'alerte. Cela mérite une conversation calme dès maintenant.

edu-warning-signs-recap = Cherchez les changements qui durent et les signes qui s'additionnent : humeur, sommeil, secret, peur de l'école, cadeaux ou argent venant d'inconnus. Demander à un enfant de garder des secrets envers sa famille est un signal d'alerte clair. Quand un enfant se confie : restez calme, écoutez-le, croyez-le, dites-lui que ce n'est pas sa faute, et ne confisquez pas son téléphone pour le punir. Gardez les preuves (mais ne copiez jamais une image sexuelle d'un enfant), puis décidez ensemble de la suite.

## Quiz

edu-warning-signs-quiz-which-signs = Lesquels de ces éléments peuvent être des signaux d'alerte qui méritent une conversation en douceur ? Choisissez toutes les bonnes réponses.
    .hint = Pensez aux changements par rapport aux habitudes de l'enfant, et aux signes qui s'additionnent.
edu-warning-signs-quiz-which-signs-sleep = Il dort mal depuis des semaines et ne veut plus aller à l'école
    .feedback = Oui. Un changement durable du sommeil et le refus de l'école peuvent montrer que quelque chose tracasse l'enfant, en ligne ou hors ligne.
edu-warning-signs-quiz-which-signs-teen-door = Une adolescente de 15 ans ferme désormais sa porte quand elle appelle ses amies
    .feedback = Le besoin d'intimité d'un adolescent est normal. À lui seul, ce n'est pas un signal d'alerte : cherchez des changements qui durent et plusieurs signes ensemble.
edu-warning-signs-quiz-which-signs-gifts = Il reçoit des cadeaux ou des crédits de jeu de quelqu'un que la famille ne connaît pas
    .feedback = Oui. Ceux qui cherchent à piéger des enfants utilisent souvent les cadeaux pour gagner leur confiance et leur donner le sentiment d'avoir une dette.
edu-warning-signs-quiz-which-signs-lost-match = Il est de mauvaise humeur un soir après avoir perdu un match important en ligne
    .feedback = Une courte mauvaise humeur après une défaite, c'est ordinaire. Ce qui compte, c'est un changement qui dure, et plusieurs signes ensemble.
edu-warning-signs-quiz-which-signs-hiding = Il cache soudain son écran et efface ses conversations quand un adulte approche
    .feedback = Oui, surtout si c'est nouveau. Un secret soudain mérite une question calme et bienveillante.

edu-warning-signs-quiz-take-phone = Confisquer le téléphone est une bonne façon de protéger un enfant qui vient de vous dire qu'on le harcèle.
edu-warning-signs-quiz-take-phone-true =
    .feedback = Ce n'est pas vrai. L'enfant se sent puni d'avoir parlé et risque de cacher ses problèmes à l'avenir. Et souvent, le harcèlement continue sans qu'il le sache.
edu-warning-signs-quiz-take-phone-false =
    .feedback = Exact. Gardez l'enfant en lien avec ses amis et avec vous, et traitez le harcèlement par le signalement, le blocage et l'école.

edu-warning-signs-quiz-first-words = Walid, 12 ans, vous montre des messages blessants reçus dans le groupe de sa classe. Quelle est la meilleure chose à lui dire d'abord ?
edu-warning-signs-quiz-first-words-why-late = « Pourquoi tu ne me l'as pas dit plus tôt ? Tu sais bien que tu peux toujours venir me parler de ce genre de choses. »
    .feedback = C'est dit avec bienveillance, mais cela sonne comme un reproche, et Walid risque de regretter de vous en avoir parlé. Remerciez-le d'abord.
edu-warning-signs-quiz-first-words-told-you = « Je t'avais dit de ne pas aller dans ce groupe. Donne-moi le téléphone, je vais m'en occuper moi-même. »
    .feedback = Cette phrase fait porter la faute à Walid et lui retire toute décision. Ceux qui ont mal agi, ce sont les personnes qui envoient les messages.
edu-warning-signs-quiz-first-words-thank-you = « Merci de me l'avoir dit. Ce n'est pas de ta faute, et on va régler ça ensemble. »
    .feedback = Oui. Ces mots saluent son courage, écartent la culpabilité et promettent votre soutien sans lui retirer toute décision.

edu-warning-signs-quiz-evidence = Votre enfant reçoit des messages menaçants. Quelle est la meilleure façon de garder des preuves ?
    .hint = Une preuve montre ce qui a été envoyé, par qui et quand.
edu-warning-signs-quiz-evidence-delete = Effacer les messages tout de suite, pour que l'enfant n'ait pas à les relire encore et encore
    .feedback = Vouloir épargner l'enfant est bienveillant, mais effacer supprime la preuve dont la plateforme, l'école ou la police peuvent avoir besoin. D'abord garder, ensuite bloquer.
edu-warning-signs-quiz-evidence-screenshots = Des captures d'écran montrant les messages, le pseudo de l'expéditeur, ainsi que la date et l'heure de chacun
    .feedback = Oui. Rangez-les au même endroit, en sécurité. Vous pourrez ensuite bloquer et signaler sans perdre la preuve.
edu-warning-signs-quiz-evidence-reply = Répondre une fois, en demandant à l'expéditeur d'avouer par écrit ce qu'il a fait
    .feedback = Répondre peut aggraver les choses et donne à l'expéditeur l'attention qu'il cherche. N'entrez pas dans l'échange : gardez et signalez.

edu-warning-signs-quiz-secret = Un « ami » en ligne qui envoie des cadeaux et demande à l'enfant de garder leur amitié secrète envers sa famille, c'est un signal d'alerte.
edu-warning-signs-quiz-secret-true =
    .feedback = Exact. Exiger le secret est l'un des signes les plus clairs de pédopiégeage. Un adulte bienveillant ne demande pas à un enfant de cacher des choses à ses parents.
edu-warning-signs-quiz-secret-false =
    .feedback = C'est bien un signal d'alerte. Des cadeaux associés à une demande de secret forment un schéma typique de pédopiégeage : cela mérite une conversation calme et un signalement.
