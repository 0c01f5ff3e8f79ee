## Leçon : Vrai ou faux ? (9-12 ans)

truth-or-lie = Vrai ou faux ?
    .summary = Apprends à vérifier un message avant d'y croire ou de le faire suivre.

truth-or-lie-voice-note = Omar a dix ans. Parfois, il lit le groupe de la famille sur le téléphone de son papa. Un soir, tata Souad transfère un message vocal qu'elle a reçu de quelqu'un d'autre. Une voix affolée dit : « Un nouveau jeu dangereux fait du mal aux enfants ! Envoyez ce message tout de suite à tous ceux que vous aimez ! » Grand-mère s'inquiète et écrit : « C'est vrai ? J'ai peur pour les enfants. »
    .alt = Omar tient le téléphone de son papa et regarde, inquiet, un message vocal dans le groupe de la famille.

truth-or-lie-what-now = Que ferais-tu à la place d'Omar ?
truth-or-lie-what-now-forward-class = L'envoyer tout de suite au groupe de ma classe pour prévenir mes amis.
    .feedback = Tu veux bien faire, mais le message est peut-être faux. Tu risquerais alors de faire peur à tes amis au lieu de les protéger.
truth-or-lie-what-now-check-first = Ne pas l'envoyer, et demander à papa de vérifier avec moi.
    .feedback = Bravo ! S'arrêter avant de transférer empêche la peur de se répandre, et vérifier avec un adulte permet de connaître la vérité.
truth-or-lie-what-now-worry-alone = Poser le téléphone et garder ma peur pour moi.
    .feedback =
        { $address ->
            [f] Tu n'as pas à porter cette inquiétude toute seule. Si un message te fait peur, parles-en à un adulte de confiance : il t'aidera à savoir ce qui est vrai.
           *[m] Tu n'as pas à porter cette inquiétude tout seul. Si un message te fait peur, parles-en à un adulte de confiance : il t'aidera à savoir ce qui est vrai.
        }

truth-or-lie-checking = Omar s'assoit avec son papa et ils réfléchissent ensemble. Le message ne dit pas qui l'a enregistré, ni quand ni où tout cela se serait passé. Ils cherchent sur le site officiel du ministère de l'Éducation et sur des sites d'information connus : rien sur ce jeu. Papa écrit gentiment dans le groupe : « Nous n'avons trouvé cette nouvelle dans aucune source fiable. Vérifions avant de transférer. » Tata Souad le remercie, et grand-mère est rassurée.
    .alt = Omar et son papa regardent ensemble un ordinateur. Une grande loupe s’affiche à l’écran.

truth-or-lie-stop-think-check =
    { $address ->
        [f] Avant de croire ou de transférer un message, arrête-toi et demande-toi : qui l'a écrit ou enregistré ? Comment le sait-il ? Des sources fiables disent-elles la même chose, comme ton maître ou ta maîtresse, un site officiel ou un média connu ? Cherche-t-il à te faire peur ou à te presser ? Certains faux messages utilisent le nom d'une organisation célèbre pour avoir l'air vrais. Si tu n'es pas sûre, ne transfère pas, et demande à un adulte de confiance.
       *[m] Avant de croire ou de transférer un message, arrête-toi et demande-toi : qui l'a écrit ou enregistré ? Comment le sait-il ? Des sources fiables disent-elles la même chose, comme ton maître ou ta maîtresse, un site officiel ou un média connu ? Cherche-t-il à te faire peur ou à te presser ? Certains faux messages utilisent le nom d'une organisation célèbre pour avoir l'air vrais. Si tu n'es pas sûr, ne transfère pas, et demande à un adulte de confiance.
    }

truth-or-lie-homework = Layla cherche des informations sur les faucons pour son exposé de sciences. Quelle source doit-elle choisir ?
truth-or-lie-homework-top-video = La première vidéo qui s'affiche, parce qu'elle a énormément de vues.
    .feedback = Beaucoup de vues ne veut pas dire que c'est exact. Une vidéo peut être amusante et pourtant fausse.
truth-or-lie-homework-compare = Son livre de sciences et une encyclopédie connue, puis comparer les deux.
    .feedback = Bien vu ! Elle sait qui les a écrits, et quand deux sources fiables disent la même chose, c'est sans doute exact.
truth-or-lie-homework-stranger-comment = Un commentaire laissé sous une vidéo par un inconnu.
    .feedback = Elle ne sait ni qui l'a écrit ni comment il le sait. Mieux vaut demander à sa maîtresse des sources fiables.

truth-or-lie-recap = Tout ce que tu reçois n'est pas vrai, même quand ça vient de quelqu'un que tu aimes. Un message qui te fait peur et te demande de le transférer vite doit être vérifié. Arrête-toi, demande-toi qui l'a fait, compare avec des sources fiables et demande à un adulte. Dans le doute, ne transfère pas.

## Quiz

truth-or-lie-quiz-good-reasons = Lesquelles sont de bonnes raisons de croire un message ? Choisis toutes les bonnes réponses.
truth-or-lie-quiz-good-reasons-official-site = Tu retrouves la même information sur le site officiel du ministère ou de l'organisation qu'il cite
    .feedback = Oui. Tu as vérifié la source toi-même, sur son propre site.
truth-or-lie-quiz-good-reasons-trusted-sources = Ton maître ou ta maîtresse, ou des sites d'information connus, disent la même chose
    .feedback = Oui. Quand des sources fiables sont d'accord, l'information est sans doute vraie.
truth-or-lie-quiz-good-reasons-many-forwards = Il a déjà été transféré plein de fois dans le groupe de la famille
    .feedback = Beaucoup de transferts montrent seulement que beaucoup de gens se sont inquiétés. Un faux message peut être transféré des milliers de fois.
truth-or-lie-quiz-good-reasons-sure-voice = La voix a l'air très sûre d'elle et très inquiète
    .feedback = Une voix inquiète donne envie de se dépêcher, mais elle ne prouve rien. Demande-toi qui l'a enregistrée, et si des sources fiables disent la même chose.
truth-or-lie-quiz-good-reasons-many-views = Il a plein de « j'aime » et de vues
    .feedback = Les « j'aime » et les vues montrent que beaucoup de gens l'ont regardé, pas qu'il est vrai.

truth-or-lie-quiz-loved-one = Si quelqu'un que j'aime m'envoie un message, il est forcément vrai.
    .hint = Pense à tata Souad et au message vocal.
truth-or-lie-quiz-loved-one-true =
    .feedback = C'est faux. Les gens qu'on aime peuvent aussi se faire avoir, et transférer un message de bonne foi sans le vérifier.
truth-or-lie-quiz-loved-one-false =
    .feedback = Exact. Tata Souad a transféré le message de bonne foi, mais la bonne foi ne rend pas un message vrai.

truth-or-lie-quiz-unsure =
    { $address ->
        [f] Tu n'es pas sûre qu'une nouvelle soit vraie. Que fais-tu ?
       *[m] Tu n'es pas sûr qu'une nouvelle soit vraie. Que fais-tu ?
    }
    .hint = Demande-toi : que se passe-t-il si la nouvelle est fausse et que tu la transfères ?
truth-or-lie-quiz-unsure-forward-anyway = Je la transfère au groupe de ma classe, au cas où : si c'est vrai, mes amis doivent le savoir vite.
    .feedback = Si elle est fausse, elle se répandra à cause de toi et fera peur à tes amis pour rien. Le vrai « au cas où », c'est de vérifier d'abord.
truth-or-lie-quiz-unsure-add-note = Je la transfère en ajoutant : « Je ne sais pas si c'est vrai. »
    .feedback = Les gens risquent d'écouter le message sans voir ta remarque, et la peur se répand quand même.
truth-or-lie-quiz-unsure-stop-and-ask = Je ne la transfère pas : je vérifie avec un adulte ou une source fiable.
    .feedback = C'est ça ! Vérifier prend quelques minutes et protège les autres d'une nouvelle peut-être fausse.

truth-or-lie-quiz-famous-name = Un message peut utiliser le nom d'une organisation célèbre et être faux quand même.
truth-or-lie-quiz-famous-name-true =
    .feedback = Exact. N'importe qui peut écrire un nom célèbre. Cherche l'information sur le site de l'organisation elle-même, ou demande à un adulte.
truth-or-lie-quiz-famous-name-false =
    .feedback = Si, c'est possible. Certains faux messages utilisent le nom d'organisations célèbres pour avoir l'air vrais. Cherche l'information sur le site de l'organisation elle-même.

truth-or-lie-quiz-best-source = Yassine prépare un exposé sur les faucons pour sa classe. Quelle source est la meilleure ?
truth-or-lie-quiz-best-source-most-likes = La vidéo qui a le plus de « j'aime », parce que des milliers de gens ne peuvent pas tous se tromper
    .feedback = Les « j'aime » montrent que la vidéo a plu, pas que ses informations sont exactes. Des milliers de gens peuvent partager la même erreur.
truth-or-lie-quiz-best-source-book-and-encyclopedia = Son livre de sciences et une encyclopédie connue, comparés
    .feedback = Oui ! Il sait qui les a écrits, et quand deux sources fiables disent la même chose, c'est sans doute exact.
truth-or-lie-quiz-best-source-unknown-post = La publication de quelqu'un qui se dit expert
    .feedback = N'importe qui peut se dire expert. Si tu ne sais pas qui a écrit ni comment il le sait, tu ne peux pas savoir si c'est exact.
