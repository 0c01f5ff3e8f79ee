## Leçon : Des règles de famille décidées ensemble (parents et éducateurs)

edu-family-rules = Des règles de famille décidées ensemble
    .summary = Comment s'accorder en famille sur des règles d'écrans adaptées à l'âge de chaque enfant et respectées aussi par les adultes, et comment garder les dépenses sous contrôle.

edu-family-rules-friday = Un vendredi après-midi, Hoda et Karim s'installent avec Nour, 13 ans, et Salim, 8 ans, autour d'une grande feuille et de feutres de couleur. « Écrivons notre accord familial sur les écrans. Chacun propose une règle, même maman et papa. » Salim propose « pas de téléphone à table ». Nour demande que ses parents lui demandent son avis avant de publier ses photos dans le groupe de la famille. La feuille finit sur le frigo.
    .alt = Une famille de quatre personnes autour d'une table écrit sur une grande feuille avec des feutres de couleur, un réfrigérateur derrière elle.

edu-family-rules-together = Les règles décidées ensemble marchent mieux que les règles imposées. Les enfants en comprennent les raisons et les respectent même quand personne ne regarde. Gardez une liste courte et positive (« On range les téléphones pendant les repas », « On demande avant de partager la photo de quelqu'un »), adaptez-la à l'âge de chaque enfant, revoyez-la à mesure qu'ils grandissent, et appliquez-la vous-mêmes : les enfants imitent ce que font les adultes bien plus que ce qu'ils disent.

edu-family-rules-ages = Un seul accord, des âges différents. Pour les petits : les appareils dans les pièces communes avec un adulte à proximité, et des applis et jeux choisis ensemble. De 9 à 12 ans : des horaires convenus, demander avant de télécharger ou d'acheter, et savoir quoi faire si quelque chose le trouble. Pour les adolescents : plus d'autonomie autour de valeurs partagées (gentillesse, vie privée, sommeil), pas d'écran dans la chambre la nuit, et prendre des nouvelles plutôt que surveiller.
    .alt = Trois enfants de tailles différentes, chacun avec un appareil, à côté de trois symboles simples : un canapé, une horloge et un croissant de lune.

edu-family-rules-lunch = Au déjeuner du vendredi chez les grands-parents, Karim répond à des messages sur son téléphone. Nour lui dit : « Papa, l'accord dit pas de téléphone à table ! » Que doit faire Karim ?
edu-family-rules-lunch-adults-different = « Les règles, c'est pour les enfants. Mes messages sont importants. »
    .feedback = Les enfants repèrent très vite le « deux poids, deux mesures », et l'accord perd son sens. Les adultes enseignent surtout par l'exemple.
edu-family-rules-lunch-put-away = « Tu as raison. Je le range, et si c'est urgent, je sors un moment. »
    .feedback = Oui. Reconnaître son écart et appliquer la règle montre que l'accord vaut pour tous, et qu'on peut se le rappeler les uns aux autres.
edu-family-rules-lunch-drop-rule = « Alors supprimons cette règle, elle est trop difficile. »
    .feedback = Supprimer une règle au premier écart apprend que les règles ne comptent pas. Gardez-la, ou modifiez-la ensemble lors du prochain bilan familial.

edu-family-rules-bill = Un mois plus tard, le relevé bancaire affiche six achats dans un jeu. Salim avait appuyé sur « Acheter » pour obtenir des gemmes sur le téléphone familial, où la carte bancaire était enregistrée. Il croyait que c'était gratuit. Beaucoup de jeux pour enfants sont conçus pour pousser à de petits achats répétés, et une carte enregistrée les met à portée d'un seul geste.
    .alt = Un téléphone affichant un jeu avec un coffre au trésor et des pièces, à côté d'une carte bancaire et d'un long relevé papier.

edu-family-rules-eid-money = Nour veut dépenser tout l'argent de l'Aïd dans un pass saisonnier pour son jeu. Quelle est la meilleure réponse ?
edu-family-rules-eid-money-refuse = « Non. Les jeux, c'est de l'argent jeté par les fenêtres. »
    .feedback = Un refus sec fait perdre l'occasion de lui apprendre à gérer son argent, et elle pourrait chercher à vous contourner.
edu-family-rules-eid-money-budget = « Mettons-nous d'accord sur une partie. On met ce montant sur une carte prépayée, et on parle de ce que le pass t'apporte vraiment. »
    .feedback = Oui. Un budget fixe sur une carte prépayée ou une carte cadeau lui permet de décider et d'apprendre, avec une limite impossible à dépasser.
edu-family-rules-eid-money-give-card = « Voilà ma carte et mon code. Débrouille-toi. »
    .feedback = La carte et son code doivent rester aux adultes. Avec eux, un enfant peut dépenser bien plus que l'argent de l'Aïd, par erreur ou sous la pression d'un jeu.

edu-family-rules-recap = Décidez les règles ensemble, gardez-les courtes et positives, et adaptez-les à l'âge de chaque enfant. Appliquez-les vous-mêmes et revoyez-les à mesure qu'ils grandissent. Pour les dépenses : pas de carte enregistrée sur les appareils partagés, un mot de passe pour chaque achat, la carte et son code gardés par les adultes, et un budget clair comme de l'argent de poche ou une carte prépayée.

## Quiz

edu-family-rules-quiz-why-together = Pourquoi décider les règles d'écrans de la famille avec les enfants ?
edu-family-rules-quiz-why-together-no-complaints = Pour qu'une fois d'accord, les enfants ne puissent plus se plaindre des règles ni les discuter par la suite
    .feedback = Décider ensemble n'est pas une astuce pour faire taire les plaintes. L'enfant peut encore être en désaccord, et c'est une occasion d'en parler et d'ajuster.
edu-family-rules-quiz-why-together-understand = Les enfants en comprennent les raisons, donc ils les respectent même quand personne ne regarde
    .feedback = Oui. Une règle que l'enfant a aidé à écrire est une règle qu'il comprend et trouve juste.
edu-family-rules-quiz-why-together-kids-decide = Pour que les enfants choisissent eux-mêmes les règles, et que les parents n'aient plus à fixer de limites
    .feedback = Les enfants participent, mais les adultes restent responsables : ils guident les choix, les adaptent à l'âge de chacun et gardent certaines limites.

edu-family-rules-quiz-adults-too = Les règles d'écrans de la famille ne concernent que les enfants.
edu-family-rules-quiz-adults-too-true =
    .feedback = Ce n'est pas vrai. Quand les adultes respectent aussi l'accord, les enfants le trouvent juste et suivent l'exemple.
edu-family-rules-quiz-adults-too-false =
    .feedback = Exact. Un bon accord familial vaut pour tous, et les adultes enseignent surtout par l'exemple.

edu-family-rules-quiz-safe-payments = Quelles mesures aident à éviter les achats imprévus dans les jeux ? Choisissez toutes les bonnes réponses.
    .hint = Demandez-vous qui valide un paiement, et comment.
edu-family-rules-quiz-safe-payments-hide-card = Garder la carte bancaire dans votre portefeuille, hors de portée des enfants
    .feedback = Si la carte est enregistrée sur le téléphone, personne n'a besoin de l'avoir en main : un geste suffit. Retirez-la plutôt de l'appareil.
edu-family-rules-quiz-safe-payments-password-each = Exiger un mot de passe ou l'accord d'un adulte pour chaque achat
    .feedback = Oui. Un mot de passe à chaque achat signifie qu'un adulte décide à chaque fois.
edu-family-rules-quiz-safe-payments-share-pin = Donner le code de la carte à l'enfant pour qu'il ne vous dérange pas
    .feedback = La carte et son code doivent rester réservés aux adultes. Un enfant qui connaît le code peut dépenser sans limite, par erreur ou sous la pression d'un jeu.
edu-family-rules-quiz-safe-payments-no-saved-card = Retirer toute carte bancaire enregistrée sur un téléphone ou une tablette partagés
    .feedback = Oui. Sans carte enregistrée, rien ne s'achète d'un seul geste.
edu-family-rules-quiz-safe-payments-prepaid = Utiliser une carte prépayée ou une carte cadeau d'un montant convenu à l'avance
    .feedback = Oui. Un montant fixe limite les dépenses et apprend à gérer un budget.

edu-family-rules-quiz-six-year-old = Quelle règle convient le mieux à Rayan, 6 ans ?
edu-family-rules-quiz-six-year-old-shared-room = La tablette au salon avec un adulte à proximité, et des applis et des jeux choisis ensemble
    .feedback = Oui. À cet âge, un adulte tout près et des choix faits ensemble sont la meilleure protection.
edu-family-rules-quiz-six-year-old-kids-mode = La tablette dans sa chambre avec le « mode enfant » activé, pour qu'il regarde seul
    .feedback = Un mode enfant aide, mais comme tout filtre il laisse passer des choses, et à six ans un enfant a besoin d'un adulte tout près pour poser ses questions et partager le moment.
edu-family-rules-quiz-six-year-old-no-rules = Pas de règles pour l'instant : à six ans, il est trop petit pour les comprendre
    .feedback = Les jeunes enfants suivent très bien des routines simples. Des règles simples aujourd'hui facilitent les conversations de demain.

edu-family-rules-quiz-review = Un accord familial doit être revu à mesure que les enfants grandissent.
    .hint = Pensez à ce dont ont besoin un enfant de 7 ans et un adolescent de 15 ans.
edu-family-rules-quiz-review-true =
    .feedback = Oui. Ce qui convient à 7 ans ne convient pas à 15 ans. Le revoir ensemble donne plus de liberté à mesure que la confiance grandit.
edu-family-rules-quiz-review-false =
    .feedback = En fait, c'est vrai. Les besoins changent beaucoup entre 7 et 15 ans. Revoyez l'accord ensemble, par exemple à chaque rentrée scolaire.
