## Leçon : Vrai ou faux ? (9-12 ans)

is-it-real = Vrai ou faux ?
    .summary =
        { $address ->
            [f] Certaines photos et vidéos sont modifiées ou fabriquées par des ordinateurs : apprends quatre vérifications simples, et ne partage pas quand tu n'es pas sûre.
           *[m] Certaines photos et vidéos sont modifiées ou fabriquées par des ordinateurs : apprends quatre vérifications simples, et ne partage pas quand tu n'es pas sûr.
        }

is-it-real-shark = Après une grosse tempête, une vidéo arrive dans le groupe de la famille, sur le téléphone de la maman de Lina. On y voit un requin nager dans une rue inondée d'Oran ! Tonton Nabil a écrit : « Regardez !!! Envoyez-la à tout le monde ! » Lina, qui a 10 ans, veut tout de suite la montrer à ses copines.
    .alt = Lina et sa maman regardent un téléphone ; sur l'écran, un aileron de requin sort de l'eau dans une rue inondée bordée de maisons.

is-it-real-computers-can = Aujourd'hui, les ordinateurs savent fabriquer des photos, des vidéos et même des voix de choses qui ne sont jamais arrivées. On le fait souvent avec l'intelligence artificielle, ou IA. Des applis peuvent aussi modifier une vraie photo : ajouter quelque chose, enlever quelque chose, ou changer un visage. Certaines de ces images sont faites pour s'amuser, et elles le disent. D'autres sont faites pour tromper les gens : leur faire peur, les mettre en colère, ou récolter beaucoup de clics.

is-it-real-checking = Lina et sa maman décident de vérifier avant de partager. Qui a publié la vidéo en premier ? Impossible à dire : c'est la copie d'une copie. Elles la cherchent ensemble et retrouvent le même requin dans des vidéos d'inondations d'autres villes, il y a des années. Un site d'information explique que c'est un faux. Lina remarque aussi quelque chose de bizarre : l'eau autour de l'aileron ne bouge pas du tout.
    .alt = Lina et sa maman sont devant un ordinateur ; l'écran montre plusieurs petites copies de la même image côte à côte, et une loupe.

is-it-real-footballer = Un camarade de classe envoie une vidéo à Lina : un footballeur célèbre annonce qu'il vient jouer dans le club de leur ville la semaine prochaine ! Que doit faire Lina ?
is-it-real-footballer-share-warning = La partager, mais écrire « c'est peut-être faux ? » en dessous.
    .feedback = Même avec un point d'interrogation, la vidéo circule encore plus, et beaucoup ne liront pas le message. Si elle n'est pas sûre, mieux vaut ne pas la partager.
is-it-real-footballer-ask-first = Ne pas la partager tout de suite, et demander à un adulte.
    .feedback = Bravo ! Une grande nouvelle qui est vraie se trouve aussi sur des sites d'information fiables. Si elle ne la trouve pas là, elle ne la partage pas.
is-it-real-footballer-share-fast = La partager vite, avant tout le monde, parce que c'est une super nouvelle.
    .feedback = Se dépêcher, c'est exactement ce sur quoi comptent les fausses vidéos. Prendre une minute pour vérifier, ça vaut toujours le coup.

is-it-real-silly-photo = La classe de Rayan a un groupe que les élèves suivent sur le téléphone de leurs parents. Un jour, quelqu'un y publie une photo de Rayan, modifiée par une appli : Rayan a une tête de bébé et il pleure. Beaucoup d'enfants envoient des visages qui rient. Rayan n'était pas au courant, et ça le blesse beaucoup.
    .alt = Rayan regarde tristement une tablette qui montre une photo de lui, modifiée et rigolote, entourée de plein de petits visages qui rient.

is-it-real-photo-choice = Yassir est dans la classe de Rayan et voit la photo. Que doit-il faire ?
is-it-real-photo-choice-stay-quiet = Ne rien dire : ce n'est pas sa photo, donc ça ne le regarde pas.
    .feedback = Se taire peut faire croire à Rayan que tout le monde trouve la blague drôle. Une seule voix gentille peut faire une grande différence.
is-it-real-photo-choice-laugh-along = Envoyer un visage qui rit comme les autres : ce n'est qu'une blague.
    .feedback = Une blague qui blesse quelqu'un n'est pas juste une blague. Chaque visage qui rit fait circuler la photo plus loin et blesse Rayan encore plus.
is-it-real-photo-choice-stand-by = Ne pas la partager, dire à Rayan qu'il est avec lui, et prévenir un enseignant.
    .feedback = Bravo ! Il soutient son ami, et un adulte peut aider à faire supprimer la photo. Fabriquer de fausses photos de vraies personnes pour se moquer d'elles, ce n'est jamais acceptable.

is-it-real-four-checks =
    { $address ->
        [f] Avant de croire ou de partager une photo ou une vidéo, fais quatre vérifications. Un : qui l'a publiée en premier ? Un site d'information connu, ou un compte que tu ne connais pas ? Deux : est-ce que quelque chose a l'air bizarre ? Regarde les mains, les yeux, les écritures, les ombres, et les lèvres qui ne suivent pas la voix. Mais une image qui a l'air normale peut quand même être fausse. Trois : cherche-la avec un adulte, pour voir si des sites fiables en parlent. Quatre : demande à un adulte de confiance. Et si tu n'es toujours pas sûre, ne la partage pas.
       *[m] Avant de croire ou de partager une photo ou une vidéo, fais quatre vérifications. Un : qui l'a publiée en premier ? Un site d'information connu, ou un compte que tu ne connais pas ? Deux : est-ce que quelque chose a l'air bizarre ? Regarde les mains, les yeux, les écritures, les ombres, et les lèvres qui ne suivent pas la voix. Mais une image qui a l'air normale peut quand même être fausse. Trois : cherche-la avec un adulte, pour voir si des sites fiables en parlent. Quatre : demande à un adulte de confiance. Et si tu n'es toujours pas sûr, ne la partage pas.
    }

is-it-real-recap =
    { $address ->
        [f] Les ordinateurs peuvent fabriquer ou modifier des photos, des vidéos et des voix. Avant de croire ou de partager : cherche qui l'a publiée en premier, repère les détails bizarres, fais une recherche avec un adulte, et demande à un adulte. Quand tu n'es pas sûre, ne partage pas. Et ne fabrique jamais de fausses images de vraies personnes qui pourraient les blesser.
       *[m] Les ordinateurs peuvent fabriquer ou modifier des photos, des vidéos et des voix. Avant de croire ou de partager : cherche qui l'a publiée en premier, repère les détails bizarres, fais une recherche avec un adulte, et demande à un adulte. Quand tu n'es pas sûr, ne partage pas. Et ne fabrique jamais de fausses images de vraies personnes qui pourraient les blesser.
    }

## Quiz

is-it-real-quiz-never-happened = Aujourd'hui, les ordinateurs peuvent fabriquer des vidéos de choses qui ne sont jamais arrivées.
is-it-real-quiz-never-happened-true =
    .feedback = C'est vrai. C'est pour ça qu'il vaut la peine de vérifier avant de croire ou de partager une vidéo étonnante.
is-it-real-quiz-never-happened-false =
    .feedback = Si, ils le peuvent. Avec l'intelligence artificielle, un ordinateur peut fabriquer une vidéo qui a l'air vraie de quelque chose qui n'est jamais arrivé.

is-it-real-quiz-first-check = Tu vois une vidéo incroyable d'un lion qui se promène au marché de ta ville. Que vérifies-tu en premier ?
is-it-real-quiz-first-check-likes = Je compte les « j'aime » : si des milliers de gens l'aiment, elle est forcément vraie
    .feedback = Beaucoup de « j'aime », ça montre seulement que beaucoup de gens l'ont vue. Les fausses vidéos en ont souvent plus, parce qu'elles étonnent.
is-it-real-quiz-first-check-who-posted = Qui l'a publiée en premier, et si des sites d'information en parlent
    .feedback = Oui. Une vidéo publiée par un site d'information connu est plus fiable qu'une copie venant d'un compte inconnu.
is-it-real-quiz-first-check-who-sent = Qui me l'a envoyée : si c'est mon cousin, elle est vraie
    .feedback = Ton cousin a peut-être été trompé lui aussi. Ce qui compte, c'est qui l'a fabriquée et publiée en premier, pas qui l'a fait suivre.

is-it-real-quiz-odd-signs = Lesquels peuvent être des signes qu'une image a été fabriquée ou modifiée par un ordinateur ? Choisis toutes les bonnes réponses.
is-it-real-quiz-odd-signs-fingers = Des mains avec trop de doigts, ou pas assez
    .feedback = Oui. Les ordinateurs ratent souvent les mains.
is-it-real-quiz-odd-signs-many-shares = Elle a été partagée des milliers de fois
    .feedback = Être beaucoup partagée ne dit rien sur le fait qu'une image soit vraie : les fausses images sont beaucoup partagées aussi.
is-it-real-quiz-odd-signs-writing = Des écritures dans le fond qui ne veulent rien dire
    .feedback = Oui. Des lettres mélangées qui ne forment pas de vrais mots, c'est un signe fréquent.
is-it-real-quiz-odd-signs-followers = Elle a été publiée par un compte qui a énormément d'abonnés
    .feedback = Les comptes qui ont beaucoup d'abonnés peuvent aussi publier des faux, parfois sans le savoir. Les abonnés ne prouvent rien.
is-it-real-quiz-odd-signs-shadows = Des ombres qui partent dans des directions différentes
    .feedback = Oui. Sur une vraie photo, les ombres faites par la même lumière vont toutes dans le même sens.

is-it-real-quiz-looks-normal = Si tu ne vois rien de bizarre dans une vidéo, c'est qu'elle est forcément vraie.
is-it-real-quiz-looks-normal-true =
    .feedback = Non. Certaines fausses vidéos ont l'air parfaites. Chercher qui l'a publiée en premier est un meilleur test.
is-it-real-quiz-looks-normal-false =
    .feedback = Exact. Les détails bizarres aident, mais une vidéo qui a l'air normale peut quand même être fausse.

is-it-real-quiz-not-sure = Tu ne sais pas si une vidéo drôle d'un chanteur célèbre est vraie. Que fais-tu ?
is-it-real-quiz-not-sure-dont-share = Je ne la partage pas, et je demande à un adulte de m'aider à vérifier
    .feedback =
        { $address ->
            [f] Oui. Quand tu n'es pas sûre, le choix prudent, c'est de ne pas partager.
           *[m] Oui. Quand tu n'es pas sûr, le choix prudent, c'est de ne pas partager.
        }
is-it-real-quiz-not-sure-share-question = Je la partage en écrivant « c'est vrai ? » pour que mes amis vérifient à ma place
    .feedback = Tes amis risquent de la faire suivre sans lire ta question. Vérifie d'abord, puis décide.
is-it-real-quiz-not-sure-class-only = Je la partage seulement dans le groupe de ma classe, pas avec tout le monde
    .feedback =
        { $address ->
            [f] Même un petit groupe peut la faire suivre à plein de gens. Si tu n'es pas sûre, ne la partage pas du tout.
           *[m] Même un petit groupe peut la faire suivre à plein de gens. Si tu n'es pas sûr, ne la partage pas du tout.
        }

is-it-real-quiz-fake-classmate = Un camarade veut utiliser une appli pour fabriquer une fausse photo rigolote d'un autre enfant et la publier dans le groupe de la classe. Qu'est-ce qui est juste ?
is-it-real-quiz-fake-classmate-if-laughs = Ce n'est pas grave, tant que l'autre enfant est un de ses bons copains et qu'il en rit aussi
    .feedback = Même un bon copain peut être blessé par une fausse photo dont tout le monde se moque. Fabriquer de fausses photos pour se moquer de quelqu'un, ce n'est jamais acceptable.
is-it-real-quiz-fake-classmate-small-group = Ce n'est pas grave s'il la supprime au bout de quelques minutes
    .feedback = En quelques minutes, quelqu'un peut l'enregistrer ou la faire suivre. Une photo supprimée peut revenir.
is-it-real-quiz-fake-classmate-say-no = Lui dire de ne pas le faire, car ça peut blesser, et prévenir un enseignant si elle est publiée
    .feedback = Oui. Les fausses photos de vraies personnes peuvent vraiment blesser, et un adulte peut aider à les faire supprimer.
