## Leçon : Chat vocal, lives et cadeaux dans les jeux (9-12 ans)

games-voice-chat = Chat vocal, lives et cadeaux dans les jeux
    .summary = Comprends les étiquettes d'âge, choisis qui peut te parler, repère l'arnaque des « pièces gratuites », et sache bloquer, signaler et prévenir un adulte.

games-voice-chat-store-page = Amine a 11 ans et habite à Casablanca. Tous ses cousins jouent à un jeu de combat sur leur téléphone, et il veut jouer avec eux. Sur la page du jeu, dans le magasin d'applications, il voit le chiffre 12 dans un carré de couleur, et deux petites mentions : « Achats intégrés » et « Interactions entre utilisateurs ».
    .alt = Amine tient un téléphone qui affiche la page d'un jeu : une image du jeu, un carré de couleur avec un chiffre, et deux petites icônes, une pièce et deux bulles de dialogue.

games-voice-chat-age-labels = Ce chiffre est une étiquette d'âge. En Europe, ce sont les étiquettes PEGI (3, 7, 12, 16 et 18), et beaucoup de magasins d'applications affichent celles de l'IARC, qui suivent le système de ton pays ou de ta région. Le chiffre dit à partir de quel âge le contenu du jeu (violence, scènes qui font peur, gros mots) convient. Il ne dit pas si le jeu est difficile, ni ce que disent les autres joueurs dans le chat. « Achats intégrés » veut dire que tu peux dépenser de l'argent réel ; « Interactions entre utilisateurs », que tu peux parler avec des inconnus. Les jeux ont aussi un âge minimum : les règles de Free Fire disent qu'il n'est pas fait pour les moins de 13 ans, et Roblox réserve le chat vocal aux joueurs de 13 ans et plus. Regarde l'étiquette avec tes parents.

games-voice-chat-voice = Salma a 10 ans et habite à Tunis. Elle joue à un jeu de construction sur la tablette de son frère, dans un monde ouvert à tout le monde. Soudain, une voix qu'elle ne connaît pas parle dans son casque : « Salut ! Tu as quel âge ? Tu vas dans quelle école ? Ajoute-moi sur une autre appli, c'est plus facile pour parler. »
    .alt = Salma porte un casque et tient une tablette qui montre des maisons en cubes ; une onde sonore et un point d'interrogation sortent d'un petit personnage à l'écran.

games-voice-chat-stranger = Que doit faire Salma ?
games-voice-chat-stranger-mute-block = Ne pas répondre, le rendre muet et le bloquer, et prévenir son frère ou sa maman.
    .feedback = Bravo ! Les questions sur son âge et son école, et la demande de passer sur une autre appli, sont des signaux d'alerte. Elle n'a rien fait de mal, et un adulte peut l'aider à le signaler et à changer les réglages.
games-voice-chat-stranger-answer = Répondre poliment : il a l'air gentil, et ce n'est pas poli de ne pas répondre quand on te dit bonjour.
    .feedback = Être poli, ça ne veut jamais dire donner son âge ou son école à un inconnu. Quelqu'un qui les demande tout de suite montre un signal d'alerte.
games-voice-chat-stranger-other-app = L'ajouter sur l'autre appli, mais seulement pour parler du jeu.
    .feedback = Sur une autre appli, personne du jeu ne voit ce qu'il dit, et c'est plus difficile de le signaler. Reste dans le jeu, et préviens un adulte.

games-voice-chat-settings = La plupart des jeux ont des réglages pour le chat et la voix : qui peut t'envoyer des messages, qui peut te parler, et si ton micro est allumé. Choisis-les avec un adulte : seulement les amis que tu connais dans la vraie vie, ou désactivé. La plupart des jeux permettent aussi de rendre muet, de bloquer et de signaler un joueur, en général depuis son nom ou son profil. Bloquer quelqu'un, ce n'est pas impoli : c'est ton droit. Signaler aide le jeu à protéger les autres enfants aussi. Et après avoir bloqué et signalé quelqu'un, préviens un adulte. Tu n'auras pas d'ennuis.

games-voice-chat-live-stream = Sur le téléphone de son papa, Rayan regarde un live sur TikTok : un joueur célèbre d'EA SPORTS FC joue et discute avec ses fans. « Envoyez-moi un cadeau, et je dirai votre prénom en direct ! » dit le streamer. Les cadeaux sont de petites animations qu'on achète avec des pièces, et les pièces coûtent de l'argent réel. Dans le chat, un message apparaît : « 10 000 pièces GRATUITES ! Clique ici et tape ton identifiant et ton mot de passe ! »
    .alt = Rayan regarde un téléphone qui montre une vidéo en direct avec des cœurs et des boîtes cadeaux qui flottent, et un chat avec un bouton brillant et une pièce.

games-voice-chat-gifts = Que doit faire Rayan ?
games-voice-chat-gifts-one-gift = Envoyer juste un petit cadeau avec le compte de son papa, pour entendre son prénom en direct.
    .feedback = Les cadeaux se paient avec de l'argent réel, et un « petit » cadeau coûte souvent plus cher qu'on ne croit. Sur TikTok, seuls les adultes de 18 ans et plus peuvent envoyer des cadeaux pendant un live. C'est l'argent de son papa : il doit d'abord lui demander.
games-voice-chat-gifts-free-coins = Cliquer sur le lien des pièces gratuites, mais taper seulement son identifiant, pas le mot de passe.
    .feedback = Les liens qui promettent des pièces gratuites sont des pièges pour voler des comptes ou installer des programmes malveillants. Même un identifiant aide les voleurs. Personne ne donne de vraies pièces comme ça.
games-voice-chat-gifts-close-tell = Ne rien cliquer ni envoyer, et montrer le message à son papa.
    .feedback = Bravo ! Son papa peut signaler le message, et ils peuvent profiter du live ensemble sans rien dépenser.

games-voice-chat-recap = Une étiquette d'âge (PEGI, IARC) dit à partir de quel âge le contenu d'un jeu convient, pas qui tu vas rencontrer dans le chat, et les jeux et les applis ont aussi un âge minimum. Avec un adulte, règle la voix et le chat sur « amis seulement », ou désactive-les. Ne donne jamais ton âge, ton école ou ton adresse aux autres joueurs. Les cadeaux coûtent de l'argent réel, et les « pièces gratuites » sont un piège. Rends muet, bloque et signale quiconque te met mal à l'aise, et préviens un adulte.

## Quiz

games-voice-chat-quiz-label-number = Que t'apprend le chiffre d'une étiquette d'âge, comme PEGI 12 ?
games-voice-chat-quiz-label-number-how-hard = Si le jeu est difficile, pour que les plus jeunes ne restent pas bloqués
    .feedback = L'étiquette ne parle pas de difficulté : un jeu très facile peut être classé 18, et un jeu difficile 3.
games-voice-chat-quiz-label-number-content = À partir de quel âge le contenu du jeu, comme la violence ou les scènes qui font peur, convient
    .feedback = Oui. Elle tient compte du contenu du jeu lui-même : la violence, les scènes qui font peur, les gros mots.
games-voice-chat-quiz-label-number-other-players = L'âge des autres joueurs que tu vas rencontrer dans le jeu
    .feedback = L'étiquette ne dit rien sur qui joue. Des gens de tous les âges, adultes compris, peuvent être dans le même jeu.

games-voice-chat-quiz-label-chat = L'étiquette d'âge d'un jeu vérifie aussi ce que disent les autres joueurs dans le chat.
games-voice-chat-quiz-label-chat-true =
    .feedback = Non. L'étiquette concerne le jeu lui-même. Les autres joueurs peuvent dire des choses qui ne correspondent pas du tout à l'étiquette : c'est pour ça que les réglages du chat comptent aussi.
games-voice-chat-quiz-label-chat-false =
    .feedback = Exact. PEGI prévient que ce que les joueurs créent ou disent peut ne pas convenir, quelle que soit l'étiquette. C'est pour ça qu'on règle le chat avec un adulte et qu'on signale les problèmes.

games-voice-chat-quiz-stranger-asks = Dans un jeu, une voix que tu ne connais pas te demande : « Tu as quel âge ? Tu vas dans quelle école ? » Que fais-tu ?
games-voice-chat-quiz-stranger-asks-answer-kindly = Je lui réponds gentiment, parce qu'il m'aide à gagner depuis le début de la soirée
    .feedback = Aider quelqu'un dans un jeu ne rend pas une personne sûre. Ton âge et ton école sont privés.
games-voice-chat-quiz-stranger-asks-made-up = Je donne le nom d'une autre école, pour continuer à discuter sans aucun risque
    .feedback = Inventer des réponses te fait continuer à discuter avec quelqu'un qui montre déjà un signal d'alerte. Mieux vaut arrêter.
games-voice-chat-quiz-stranger-asks-block-tell = Je ne réponds pas, je le bloque, je le signale et je préviens un adulte
    .feedback = Oui. Tu te protèges et tu protèges d'autres enfants, et l'adulte peut t'aider.

games-voice-chat-quiz-safe-to-share = Qu'est-ce que tu peux partager sans problème avec un joueur que tu ne connais que par le jeu ? Choisis toutes les bonnes réponses.
games-voice-chat-quiz-safe-to-share-school = Le nom de ton école
    .feedback = Ton école dit à un inconnu où te trouver en semaine. Garde-la pour toi.
games-voice-chat-quiz-safe-to-share-level-tips = Des astuces pour finir un niveau difficile
    .feedback = Oui. Parler du jeu lui-même, ça va, tant que tu ne partages rien de personnel.
games-voice-chat-quiz-safe-to-share-city = Le nom de ta ville et de ton quartier
    .feedback = Ta ville et ton quartier aident un inconnu à deviner où tu habites. Garde-les pour toi.
games-voice-chat-quiz-safe-to-share-photo = Une photo de toi avec le maillot de ton équipe de foot
    .feedback = Une photo montre ton visage, et un maillot peut révéler ton club ou ton école. Garde tes photos pour les gens que tu connais.

games-voice-chat-quiz-gift-money = Envoyer un cadeau virtuel à un streamer pendant un live coûte de l'argent réel.
games-voice-chat-quiz-gift-money-true =
    .feedback = Exact. Les cadeaux s'achètent avec des pièces, et les pièces s'achètent avec de l'argent réel, souvent avec la carte de la famille.
games-voice-chat-quiz-gift-money-false =
    .feedback = Si, ils coûtent de l'argent. Les cadeaux s'achètent avec des pièces, et les pièces se paient avec de l'argent réel.

games-voice-chat-quiz-free-coins = Un message dans le chat du jeu dit : « 10 000 pièces GRATUITES ! Tape juste ici ton identifiant et ton mot de passe. » Qu'est-ce que c'est ?
games-voice-chat-quiz-free-coins-trick = Un piège : quelqu'un veut ton mot de passe pour prendre ton compte
    .feedback = Oui. Aucun vrai jeu ne demande ton mot de passe dans le chat. Ne clique pas, et signale le message.
games-voice-chat-quiz-free-coins-event = Un événement spécial du jeu, puisque le message est dans le chat du jeu lui-même
    .feedback = N'importe qui peut écrire dans le chat d'un jeu, y compris des escrocs. Les vrais événements ne demandent jamais ton mot de passe.
games-voice-chat-quiz-free-coins-username-only = Un vrai cadeau, mais c'est plus prudent de taper seulement mon identifiant
    .feedback = C'est un piège. Même ton identifiant aide les voleurs, et personne ne donne des pièces gratuites comme ça.
