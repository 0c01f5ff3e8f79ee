## Leçon : Des mots de passe solides (9-12 ans)

strong-passwords = Des mots de passe solides
    .summary = Crée des mots de passe difficiles à deviner et faciles à retenir, garde-les secrets, et verrouille ton écran.

strong-passwords-account = Nour a onze ans. Sa maman l'aide à créer sa première adresse e-mail pour l'école. Nour veut un mot de passe rapide : son prénom et sa date de naissance. Maman sourit : « Faisons-en un qui soit difficile à deviner pour les autres, mais facile à retenir pour toi. »
    .alt = Nour et sa maman devant un ordinateur portable sur une table. Une bulle de pensée montre un chameau, un nuage et une théière. Une autre bulle montre un visage et un gâteau d'anniversaire, barrés.

strong-passwords-pick = Quel mot de passe choisirais-tu pour Nour ?
strong-passwords-pick-name-birthday = Son prénom et sa date de naissance
    .feedback = Facile à retenir, mais facile à deviner aussi : beaucoup de gens connaissent ton prénom et ton anniversaire, et on les trouve souvent en ligne.
strong-passwords-pick-three-words = Trois mots au hasard collés ensemble, comme chameau, nuage et théière (mais les siens !)
    .feedback = Excellent choix ! Trois mots au hasard font un mot de passe long, difficile à deviner et facile à imaginer dans ta tête.
strong-passwords-pick-numbers = 12345678, parce que c'est rapide à taper
    .feedback = C'est l'un des premiers mots de passe que les criminels essaient. Un mot de passe court et courant peut être cassé en quelques secondes.

strong-passwords-strong = Un mot de passe solide est long et surprenant. Assemble trois mots au hasard qui n'ont rien à voir avec toi : pas ton prénom, ni ta date de naissance, ni ton école, ni ton équipe préférée, ni ton animal. Utilise un mot de passe différent pour chaque compte, surtout pour ta messagerie, pour qu'un seul mot de passe volé n'ouvre pas tout. Et garde tes mots de passe secrets pour tout le monde, sauf pour tes parents.

strong-passwords-bus = Dans le bus scolaire, Salma, la meilleure amie de Nour, lui dit : « Donne-moi ton mot de passe du jeu ! Je jouerai ce soir et je te ferai gagner plein de points. » Salma est gentille, et elle veut vraiment l'aider.
    .alt = Nour et Salma sont assises sur une banquette bleue du bus scolaire. Nour tient son téléphone, qui affiche un cadenas. La bulle de Salma montre une clé.

strong-passwords-share = Que devrait répondre Nour ?
strong-passwords-share-give-it = Le lui donner : Salma est sa meilleure amie.
    .feedback = Même une bonne amie peut le répéter par erreur, ou s'en servir après une dispute. Et dans ton compte, elle pourrait faire des choses en ton nom.
strong-passwords-share-say-no = Répondre gentiment : « Mes mots de passe, c'est pour moi et mes parents. Mais viens jouer à côté de moi ! »
    .feedback = Bien répondu ! Nour protège son compte, et son amitié aussi.
strong-passwords-share-change-later = Le donner maintenant et le changer demain.
    .feedback = Il peut se passer beaucoup de choses en une nuit : des messages envoyés en son nom, des points perdus. C'est plus simple de le garder secret dès le départ.

strong-passwords-lock = Chez sa grand-mère, Nour pose la tablette de la famille sur une table et va manger. Ses petits cousins adorent appuyer sur les boutons. Que doit-elle faire d'abord ?
    .alt = Chez grand-mère, la tablette de la famille est posée sur une petite table, un cadenas à l'écran. Derrière, Nour, grand-mère et grand-père sont à table.
strong-passwords-lock-leave-open = La laisser comme ça, elle revient bientôt.
    .feedback = En quelques minutes, n'importe qui pourrait ouvrir ses messages ou envoyer quelque chose en son nom, même sans le faire exprès.
strong-passwords-lock-lock-screen = Verrouiller l'écran, avec un code que seuls elle et ses parents connaissent.
    .feedback = Oui ! Un écran verrouillé protège ses comptes, même quand la tablette n'est pas entre ses mains.
strong-passwords-lock-hide-it = La cacher sous un coussin.
    .feedback = Quelqu'un pourrait quand même la trouver, et elle serait grande ouverte. Le verrouillage marche partout où est la tablette.

strong-passwords-recap = Trois mots au hasard font un mot de passe solide. Un mot de passe différent pour chaque compte. Tes mots de passe, tu ne les partages qu'avec tes parents. Et tu verrouilles ton écran chaque fois que tu poses ton appareil.

## Quiz

strong-passwords-quiz-strongest = Quel mot de passe est le plus solide ?
strong-passwords-quiz-strongest-name-age = Ton prénom et ton âge, avec un ! à la fin
    .feedback = Ajouter un ! n'aide pas beaucoup : tous ceux qui te connaissent pourraient quand même deviner ton prénom et ton âge.
strong-passwords-quiz-strongest-footballer = Le nom et le numéro de maillot de ton footballeur préféré
    .feedback = Tes amis savent qui est ton joueur préféré, et les noms et numéros célèbres sont faciles à deviner.
strong-passwords-quiz-strongest-numbers = 123456
    .feedback = C'est l'un des premiers que les criminels essaient. Il peut être cassé en quelques secondes.
strong-passwords-quiz-strongest-three-words = Trois mots au hasard, comme chameau, nuage et théière
    .feedback = Oui ! Long, surprenant et facile à retenir.

strong-passwords-quiz-same-everywhere = Utiliser le même mot de passe pour tous tes comptes, c'est une bonne idée.
    .hint = Que deviennent tes autres comptes si un mot de passe est volé ?
strong-passwords-quiz-same-everywhere-true =
    .feedback = C'est faux. Si ce mot de passe était volé, il ouvrirait aussi tous tes autres comptes.
strong-passwords-quiz-same-everywhere-false =
    .feedback = Exact. Avec un mot de passe différent par compte, un seul mot de passe volé n'ouvre pas tout.

strong-passwords-quiz-good-habits = Lesquelles sont de bonnes habitudes pour tes mots de passe ? Choisis toutes les bonnes réponses.
strong-passwords-quiz-good-habits-lock-screen = Verrouiller l'écran quand tu poses ton appareil
    .feedback = Oui. Un écran verrouillé empêche les autres d'utiliser tes comptes.
strong-passwords-quiz-good-habits-different-each = Avoir un mot de passe différent pour ta messagerie et pour chaque jeu
    .feedback = Oui. Comme ça, un seul mot de passe volé n'ouvre pas tous tes comptes.
strong-passwords-quiz-good-habits-pet-name = Utiliser le nom de ton chat, parce que c'est facile à retenir
    .feedback = Le nom d'un animal est facile à découvrir pour les autres, par exemple grâce à tes photos et tes publications.
strong-passwords-quiz-good-habits-sticky-note = L'écrire sur un papier collé au dos de la tablette de la famille
    .feedback = Tous ceux qui prennent la tablette pourraient le lire. Si tu as peur d'oublier, demande à un parent de t'aider à le garder en sécurité.
strong-passwords-quiz-good-habits-tell-friend = Le dire à ton meilleur ami, au cas où tu l'oublies
    .feedback = Même un ami gentil peut le répéter par erreur. Ce sont tes parents qui peuvent t'aider si tu l'oublies.

strong-passwords-quiz-who-knows = Qui peut connaître ton mot de passe ?
strong-passwords-quiz-who-knows-best-friend = Ta meilleure amie, si elle promet de ne le dire à personne
    .feedback = Même une amie gentille qui promet peut le répéter par erreur. Garde-le pour toi et tes parents.
strong-passwords-quiz-who-knows-parents = Tes parents
    .feedback = Oui. Tes parents t'aident à protéger tes comptes, et peuvent t'aider si tu oublies un mot de passe.
strong-passwords-quiz-who-knows-game-helper = Un joueur qui propose de faire monter ton personnage de niveau
    .feedback = Non. Quelqu'un qui te demande ton mot de passe dans un jeu veut peut-être prendre ton compte.

strong-passwords-quiz-message-asks = Un message qui te demande ton mot de passe « pour vérifier ton compte » est un piège, même s'il a l'air de venir de ton jeu.
    .hint = Qui a vraiment besoin de connaître ton mot de passe ?
strong-passwords-quiz-message-asks-true =
    .feedback = Exact. Les messages qui demandent des mots de passe sont une ruse courante pour voler des comptes. Ne réponds pas, et montre le message à un parent.
strong-passwords-quiz-message-asks-false =
    .feedback = Si, c'est un piège. Les messages qui demandent ton mot de passe sont une ruse courante pour voler des comptes, même quand ils ont l'air officiels. Ne réponds pas, et montre-le à un parent.
