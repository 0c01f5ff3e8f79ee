## Leçon : Antivirus (9-12 ans)

anti-virus = Antivirus
    .summary = Garde le téléphone de la famille en bonne santé : mises à jour, applis de la boutique officielle, et liens surprises qu'on n'ouvre pas.

anti-virus-update = Leïla a dix ans. À la maison, tout le monde utilise le téléphone de papa : Leïla pour ses devoirs, son frère pour jouer, et grand-mère pour appeler ses sœurs en vidéo. Un soir, le téléphone affiche : « Mise à jour disponible. » Le frère de Leïla dit : « Appuie sur Plus tard, ça prend des heures. »
    .alt = Papa et Leïla regardent le téléphone de la famille. L'écran montre une flèche de mise à jour en cercle et une barre de progression verte, et le téléphone est en charge.

anti-virus-update-choice = Que doit faire la famille ?
anti-virus-update-choice-later-always = Appuyer sur « Plus tard » à chaque fois.
    .feedback = Les mises à jour réparent des points faibles que des criminels utilisent pour entrer dans les appareils. Appuyer sans arrêt sur « Plus tard » laisse ces points faibles ouverts.
anti-virus-update-choice-update-tonight = Demander à papa de l'installer, par exemple ce soir pendant que le téléphone charge.
    .feedback = Bien vu ! La mise à jour répare les points faibles et protège tout ce qu'il y a dans le téléphone : les photos, les messages et les contacts de toute la famille.
anti-virus-update-choice-turn-off = Désactiver les mises à jour pour que le téléphone arrête de demander.
    .feedback = Alors le téléphone ne serait jamais réparé. C'est comme ne jamais changer une serrure cassée sur la porte d'entrée.

anti-virus-link = Le lendemain, dans le groupe WhatsApp de la classe, arrive un message d'un numéro que personne ne connaît : « La version or de ton jeu préféré, GRATUITE ! Appuie sur le lien pour l'installer. » Un fichier est joint aussi.
    .alt = Le groupe de la classe sur le téléphone : un message d'un numéro inconnu avec un lien, une étoile et un cadeau. Une petite bête violette se cache derrière le téléphone, et un drapeau rouge est planté à côté.

anti-virus-link-choice = Que ferais-tu à la place de Leïla ?
anti-virus-link-choice-tap-install = Appuyer vite sur le lien, avant tout le monde.
    .feedback = Les liens et les fichiers d'expéditeurs inconnus peuvent installer des programmes malveillants, comme des virus, qui espionnent le téléphone ou l'abîment. La « version or gratuite », c'est l'appât.
anti-virus-link-choice-forward = Le transférer à une amie pour lui demander si c'est vrai.
    .feedback = En transférant, on envoie le piège sur encore plus de téléphones. Mieux vaut s'arrêter et demander à un adulte de confiance.
anti-virus-link-choice-show-parent = Ne toucher à rien, montrer le message à maman ou papa, et ne prendre les jeux que dans la boutique d'applis officielle, ensemble.
    .feedback = Exactement ! Les applis de la boutique officielle sont vérifiées avant qu'on puisse les installer, et un parent t'aide à choisir. Ta famille peut aussi signaler le message.

anti-virus-protect = Trois habitudes protègent un appareil comme un bouclier. Un : laisse les mises à jour s'installer dès que possible, avec un parent. Deux : installe les applis uniquement depuis la boutique officielle de ton téléphone, et demande d'abord à un parent. Trois : n'ouvre pas les liens ou les fichiers que tu n'attendais pas, même s'ils viennent de quelqu'un que tu connais : arrête-toi et demande à un adulte de confiance. Sur le téléphone de la famille, ces habitudes protègent les photos, les messages et les contacts de tout le monde.

anti-virus-recap = Les mises à jour réparent les points faibles. Les applis viennent seulement de la boutique officielle, avec un parent. Les liens et fichiers surprises restent fermés tant qu'un adulte de confiance n'y a pas jeté un œil. Et si tu appuies sur quelque chose par erreur, dis-le tout de suite à un adulte : tu n'auras pas d'ennuis.

## Quiz

anti-virus-quiz-why-update = Pourquoi le téléphone de la famille a-t-il besoin de ses mises à jour ?
anti-virus-quiz-why-update-new-colours = Seulement pour avoir de nouvelles couleurs et de nouveaux émojis
    .feedback = Les mises à jour apportent parfois des nouveautés, mais leur travail le plus important est de réparer les points faibles.
anti-virus-quiz-why-update-fix-weak-spots = Elles réparent des points faibles que des criminels pourraient utiliser
    .feedback = Oui ! Chaque mise à jour bouche des trous par lesquels des criminels pourraient entrer.
anti-virus-quiz-why-update-slower = Pour rendre le téléphone plus lent
    .feedback = Non. Les mises à jour servent à protéger le téléphone et à le garder en bon état de marche.

anti-virus-quiz-safe-habits = Lesquelles sont de bonnes habitudes pour le téléphone de la famille ? Choisis toutes les bonnes réponses.
anti-virus-quiz-safe-habits-store-parent = Installer les applis depuis la boutique officielle, avec un parent
    .feedback = Oui. Les applis de la boutique officielle sont vérifiées, et un parent t'aide à choisir.
anti-virus-quiz-safe-habits-group-link = Installer un jeu depuis un lien reçu dans un groupe WhatsApp
    .feedback = Ce genre de lien peut transporter des programmes malveillants. Les jeux viennent de la boutique officielle.
anti-virus-quiz-safe-habits-updates = Laisser les mises à jour s'installer, avec l'accord d'un parent
    .feedback = Oui. Les mises à jour réparent les points faibles et protègent le téléphone.
anti-virus-quiz-safe-habits-unknown-file = Ouvrir un fichier envoyé par un numéro inconnu
    .feedback = Un fichier que tu n'attendais pas peut cacher un virus. Laisse-le fermé et demande à un adulte.

anti-virus-quiz-friend-link = Un lien est toujours sûr s'il vient d'un ami.
    .hint = Ton ami a-t-il pu se faire piéger, lui aussi ?
anti-virus-quiz-friend-link-true =
    .feedback = Pas toujours. Ton ami a peut-être transféré un piège sans le savoir. Si un lien te surprend, demande d'abord à un adulte.
anti-virus-quiz-friend-link-false =
    .feedback = Exact. Même un ami peut faire passer un mauvais lien par erreur. Arrête-toi et demande quand un lien te surprend.

anti-virus-quiz-gems-advert = Une publicité dit : « Gemmes illimitées ! Télécharge notre version spéciale de ton jeu. » Que fais-tu ?
anti-virus-quiz-gems-advert-download = Je la télécharge. Des gemmes illimitées !
    .feedback = Les « versions spéciales » venues d'ailleurs que la boutique officielle peuvent cacher des programmes malveillants. Les gemmes illimitées, c'est l'appât.
anti-virus-quiz-gems-advert-close-tell = Je la ferme et je préviens un parent.
    .feedback = Oui. Les jeux viennent de la boutique officielle, et seulement avec l'accord d'un parent.
anti-virus-quiz-gems-advert-share = Je l'envoie d'abord à mes cousins.
    .feedback = Le risque passerait aussi sur les téléphones de tes cousins. Ferme-la et préviens un parent.

anti-virus-quiz-tapped-by-mistake = Si tu appuies par erreur sur un lien bizarre, mieux vaut garder le secret.
    .hint = Qui peut aider le téléphone si quelque chose s'est mal passé ?
anti-virus-quiz-tapped-by-mistake-true =
    .feedback = Non. En prévenant vite un adulte, tu lui permets de vérifier le téléphone et de protéger la famille. Tu n'auras pas d'ennuis.
anti-virus-quiz-tapped-by-mistake-false =
    .feedback = Exact. Préviens tout de suite un adulte de confiance. Les erreurs arrivent, et le dire vite, ça aide.
