## Leçon : Ton empreinte numérique (13-18 ans)

net-footprint = Ton empreinte numérique
    .summary =
        { $address ->
            [f] Ce que tu publies, aimes et partages laisse une trace qui peut durer des années : apprends à la vérifier, à faire le tri et à en faire quelque chose dont tu es fière.
           *[m] Ce que tu publies, aimes et partages laisse une trace qui peut durer des années : apprends à la vérifier, à faire le tri et à en faire quelque chose dont tu es fier.
        }

net-footprint-meet = Adam a 17 ans et postule à un programme de bénévolat pour l'été. Son professeur lui conseille : « Cherche d'abord ton nom en ligne. Les organisateurs le font parfois. » Adam trouve son projet de robot du concours de sciences, un commentaire méchant qu'il a écrit sur un footballeur à 13 ans, et une vidéo ridicule de lui publiée par son cousin.
    .alt = Adam est assis devant un ordinateur portable qui affiche des résultats de recherche : un projet de robot, un vieux commentaire et une vidéo.

net-footprint-what-is = Ton empreinte numérique, c'est la trace que tu laisses en ligne : publications, commentaires, « j'aime », photos et vidéos, et aussi ce que les autres publient sur toi. Elle peut être copiée et durer des années, même après une suppression. Certains établissements scolaires, universités et employeurs font des recherches sur les gens en ligne, et les nouveaux amis aussi.

net-footprint-clean-up = Que doit faire Adam ?
net-footprint-clean-up-delete-everything = Supprimer tous ses comptes ce soir.
    .feedback = Il effacerait aussi les bonnes choses, comme son projet de robot, et les copies faites par d'autres resteraient. Faire le tri avec soin marche mieux.
net-footprint-clean-up-tidy-up = Supprimer le vieux commentaire, demander gentiment à son cousin de retirer la vidéo, vérifier ses paramètres de confidentialité, et laisser le projet visible.
    .feedback = Exactement. Il retire ce qu'il peut, demande poliment le reste et laisse voir son bon travail. C'est son empreinte, et il peut la façonner.
net-footprint-clean-up-ignore = Ne rien faire : personne ne regardera.
    .feedback = Il ne peut pas savoir qui regardera, et ce vieux commentaire ne montre pas qui il est aujourd'hui. Quelques minutes de tri en valent la peine.

net-footprint-angry-post = Rania a 14 ans. Son équipe de handball vient de perdre après une décision de l'arbitre qu'elle trouve injuste. Encore en colère, elle écrit une publication dure contre l'arbitre, en le nommant. Son pouce est au-dessus de « Publier ».
    .alt = Rania, les sourcils froncés, tient son téléphone ; à l'écran, un long message rouge et un gros bouton pour publier.

net-footprint-before-post = Que doit faire Rania ?
net-footprint-before-post-post-now = Publier : elle dit seulement ce que tout le monde pense.
    .feedback = Des mots écrits sous le coup de la colère peuvent blesser une vraie personne, et ils restent liés à son nom bien après que le match est oublié.
net-footprint-before-post-wait = Attendre d'être calme, et en parler d'abord à une amie ou à son entraîneuse.
    .feedback = Oui. Les émotions passent, les publications restent. Un bon test : serait-elle d'accord pour que sa grand-mère, sa professeure ou un futur employeur le lise ?
net-footprint-before-post-close-friends = Le publier seulement pour sa liste d'« amis proches ».
    .feedback = Un public plus petit, ce n'est toujours pas privé : une seule capture d'écran suffit pour l'envoyer n'importe où.

net-footprint-positive =
    { $address ->
        [f] Tu peux construire une empreinte dont tu es fière : partage tes projets, tes créations, ton bénévolat, et des commentaires gentils sur les réussites des autres. Cherche ton nom de temps en temps, et corrige ce que tu peux. Avant de publier, demande-toi : est-ce que ça me dérangerait que ma famille, mon professeur ou un futur employeur voie ça ?
       *[m] Tu peux construire une empreinte dont tu es fier : partage tes projets, tes créations, ton bénévolat, et des commentaires gentils sur les réussites des autres. Cherche ton nom de temps en temps, et corrige ce que tu peux. Avant de publier, demande-toi : est-ce que ça me dérangerait que ma famille, mon professeur ou un futur employeur voie ça ?
    }

net-footprint-recap =
    { $address ->
        [f] Tout ce que tu publies, aimes et partages s'ajoute à ton empreinte, tout comme ce que les autres publient sur toi. Supprimer n'efface pas toujours. Cherche-toi en ligne, fais le tri, et demande avant de publier les autres. Attends quand tu es en colère. Remplis ton empreinte de choses dont tu es fière.
       *[m] Tout ce que tu publies, aimes et partages s'ajoute à ton empreinte, tout comme ce que les autres publient sur toi. Supprimer n'efface pas toujours. Cherche-toi en ligne, fais le tri, et demande avant de publier les autres. Attends quand tu es en colère. Remplis ton empreinte de choses dont tu es fier.
    }

## Quiz

net-footprint-quiz-footprint-facts = Lesquelles de ces phrases sont vraies sur ton empreinte numérique ? Choisis toutes les bonnes réponses.
net-footprint-quiz-footprint-facts-own-posts-only = Elle ne comprend que ce que tu publies toi-même : une vidéo de toi postée par un ami ne compte pas
    .feedback = Non. Ce que les autres publient sur toi et où ils t'identifient fait aussi partie de ton empreinte.
net-footprint-quiz-footprint-facts-fades = Elle s'efface après quelques années : ce que tu as publié à 13 ans ne comptera plus à 17 ans
    .feedback = Non. Publications et commentaires peuvent rester trouvables pendant des années, comme le commentaire qu'Adam avait écrit à 13 ans.
net-footprint-quiz-footprint-facts-likes-count = Tes « j'aime » et tes commentaires en font partie, pas seulement tes publications
    .feedback = Oui. Même un « j'aime » rapide ou un commentaire peut être vu par d'autres et lié à ton nom.
net-footprint-quiz-footprint-facts-private-safe = Avec un compte privé, rien de ce que tu publies ne peut arriver à des gens hors de tes abonnés
    .feedback = Non. N'importe quel abonné peut faire une capture et la partager. Un compte privé aide, mais ce n'est pas une garantie.

net-footprint-quiz-delete-gone = Une fois une publication supprimée, plus personne ne pourra jamais la voir.
net-footprint-quiz-delete-gone-true =
    .feedback = Ce n'est pas vrai. Quelqu'un l'a peut-être déjà enregistrée, capturée ou partagée. C'est pour ça qu'il vaut la peine de réfléchir avant de publier.
net-footprint-quiz-delete-gone-false =
    .feedback = Exact. Des copies et des captures peuvent rester après la suppression. Supprimer aide, mais réfléchir avant aide encore plus.

net-footprint-quiz-search-yourself = Pourquoi est-ce une bonne idée de chercher ton nom en ligne de temps en temps ?
    .hint = Pense à qui d'autre pourrait te chercher.
net-footprint-quiz-search-yourself-only-famous = Ça ne sert à rien : seules les célébrités, ou ceux qui publient beaucoup, ont une empreinte à vérifier
    .feedback = Toute personne qui va en ligne a une empreinte, même celles qui publient peu, car d'autres peuvent publier sur elles.
net-footprint-quiz-search-yourself-followers = Pour avoir plus d'abonnés
    .feedback = Te chercher en ligne n'a rien à voir avec les abonnés : il s'agit de savoir ce qu'on peut trouver sur toi.
net-footprint-quiz-search-yourself-see-fix = Pour voir ce que les autres peuvent trouver, et corriger ce que je peux
    .feedback = Oui. Tu peux supprimer de vieilles publications, demander à d'autres de retirer des choses et vérifier tes paramètres.

net-footprint-quiz-angry = Walid est furieux contre son ami Amine après une dispute au lycée. Quelle est la meilleure chose à faire pour Walid ?
    .hint = Les émotions passent, les publications restent.
net-footprint-quiz-angry-vague-post = Publier une story sans nommer Amine
    .feedback = Tout le monde devine de qui il s'agit, donc ça blesse autant, et ça reste sur le profil de Walid.
net-footprint-quiz-angry-talk-privately = Attendre d'être calme, puis parler à Amine en face ou par message privé
    .feedback = Oui. C'est comme ça qu'on règle une dispute, et rien ne reste en ligne à regretter.
net-footprint-quiz-angry-close-friends = En parler en story pour ses amis proches seulement
    .feedback = Un public plus petit n'est pas privé pour autant : une seule capture suffit pour l'envoyer n'importe où, et Amine en entendra sûrement parler.

net-footprint-quiz-positive = Lesquels construisent une empreinte positive ? Choisis toutes les bonnes réponses.
net-footprint-quiz-positive-project = Partager ton projet de sciences ou tes créations
    .feedback = Oui. Ça montre tes talents et ce qui compte pour toi.
net-footprint-quiz-positive-referee-post = Une publication dure qui nomme un arbitre après une défaite, puisque tout le monde pense pareil
    .feedback = Des mots écrits sous le coup de la colère blessent une vraie personne, et restent liés à ton nom bien après le match.
net-footprint-quiz-positive-kind-comment = Un commentaire gentil sur la réussite d'un ami
    .feedback = Oui. La gentillesse en ligne en dit long sur toi.
net-footprint-quiz-positive-cousin-video = Publier une vidéo gênante de ton cousin sans lui demander
    .feedback = Ça abîme l'empreinte de ton cousin, et ça ne fait pas bonne impression sur la tienne non plus. Demande toujours d'abord.
net-footprint-quiz-positive-volunteering = Des photos d'une journée de bénévolat, partagées avec l'accord de tous
    .feedback = Oui. Ça montre ce que tu fais pour les autres, et ça respecte les personnes sur les photos.

net-footprint-quiz-close-friends = Quelqu'un de ta liste d'« amis proches » peut quand même faire une capture de ta story et la partager avec n'importe qui.
net-footprint-quiz-close-friends-true =
    .feedback = Exact. Un public plus petit aide, mais une seule capture peut l'envoyer n'importe où. Ne publie que ce que tu accepterais que tout le monde voie.
net-footprint-quiz-close-friends-false =
    .feedback = Si, c'est vrai. N'importe qui dans la liste peut faire une capture et la partager. Un public plus petit aide, mais ce n'est pas une garantie.
