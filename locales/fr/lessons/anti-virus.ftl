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

anti-virus-link = Le lendemain, Leïla lit avec papa le groupe WhatsApp des parents de sa classe. (WhatsApp n'est permis qu'à partir de 13 ans, plus tard encore dans certains pays : le groupe de la classe est donc pour les parents.) Un message arrive, d'un numéro que personne ne connaît : « La version or de ton jeu préféré, GRATUITE ! Appuie sur le lien pour l'installer. » Un fichier est joint aussi.
    .alt = Le groupe des parents de la classe sur le téléphone de papa : un message d'un numéro inconnu avec un lien, une étoile et un cadeau. Une petite bête violette se cache derrière le téléphone, et un drapeau rouge est planté à côté.

anti-virus-link-choice = Que ferais-tu à la place de Leïla ?
anti-virus-link-choice-tap-install = Appuyer vite sur le lien, avant tout le monde.
    .feedback = Les liens et les fichiers d'expéditeurs inconnus peuvent installer des programmes malveillants, comme des virus, qui espionnent le téléphone ou l'abîment. La « version or gratuite », c'est l'appât.
anti-virus-link-choice-forward = Le transférer à une amie pour lui demander si c'est vrai.
    .feedback = En transférant, on envoie le piège sur encore plus de téléphones. Mieux vaut s'arrêter et demander à un adulte de confiance.
anti-virus-link-choice-show-parent = Ne toucher à rien, montrer le message à maman ou papa, et ne prendre les jeux que dans la boutique d'applis officielle, ensemble.
    .feedback = Exactement ! Les applis de la boutique officielle sont vérifiées, ce qui les rend bien plus sûres, même si une appli malveillante passe encore parfois. Un parent t'aide à choisir, et ta famille peut aussi signaler le message.

anti-virus-protect = Trois habitudes protègent un appareil comme un bouclier. Un : laisse les mises à jour s'installer dès que possible, avec un parent. Deux : installe les applis uniquement depuis la boutique officielle de ton téléphone, et demande d'abord à un parent. Trois : n'ouvre pas les liens ou les fichiers que tu n'attendais pas, même s'ils viennent de quelqu'un que tu connais : arrête-toi et demande à un adulte de confiance. Sur le téléphone de la famille, ces habitudes protègent les photos, les messages et les contacts de tout le monde.

anti-virus-recap = Les mises à jour réparent les points faibles. Les applis viennent seulement de la boutique officielle, avec un parent. Les liens et fichiers surprises restent fermés tant qu'un adulte de confiance n'y a pas jeté un œil. Et si tu appuies sur quelque chose par erreur, dis-le tout de suite à un adulte : tu n'auras pas d'ennuis.

## Quiz

anti-virus-quiz-why-update = Pourquoi le téléphone de la famille a-t-il besoin de ses mises à jour ?
anti-virus-quiz-why-update-new-colours = Seulement pour de nouveaux émojis et de nouvelles couleurs
    .feedback = Les mises à jour apportent parfois des nouveautés, mais leur travail le plus important est de réparer les points faibles.
anti-virus-quiz-why-update-fix-weak-spots = Elles réparent des points faibles par où des criminels pourraient entrer
    .feedback = Oui ! Chaque mise à jour bouche des trous par lesquels des criminels pourraient entrer dans le téléphone.
anti-virus-quiz-why-update-only-broken = Seulement pour réparer un téléphone qui ne marche plus
    .feedback = Un téléphone peut très bien marcher et avoir quand même des points faibles. Les mises à jour les réparent avant que quelqu'un s'en serve.

anti-virus-quiz-new-game = Ton petit frère veut un nouveau jeu sur le téléphone de la famille. Lesquelles sont des façons sûres de l'avoir ? Choisis toutes les bonnes réponses.
anti-virus-quiz-new-game-store-parent = Dans la boutique d'applis officielle, avec un parent
    .feedback = Oui. Les applis de la boutique officielle sont vérifiées : c'est bien plus sûr, même si ce n'est pas parfait. Un parent t'aide à choisir un jeu connu et à regarder qui l'a fait.
anti-virus-quiz-new-game-group-link = Par un lien reçu dans un groupe qui dit « GRATUIT ! »
    .feedback = Ce genre de lien peut transporter des programmes malveillants. Les jeux viennent de la boutique officielle.
anti-virus-quiz-new-game-friend-file = Par un fichier qu'un ami t'envoie dans une discussion
    .feedback = Même le fichier d'un ami peut cacher un programme malveillant sans qu'il le sache. Prends les jeux dans la boutique officielle, avec un parent.
anti-virus-quiz-new-game-download-site = Sur un site trouvé en cherchant « téléchargement gratuit »
    .feedback = Les sites de téléchargement hors de la boutique officielle peuvent cacher des programmes malveillants. Prends les jeux dans la boutique officielle, avec un parent.

anti-virus-quiz-friend-link = Un lien est toujours sûr s'il vient d'un ami.
    .hint = Ton ami a-t-il pu se faire piéger, lui aussi ?
anti-virus-quiz-friend-link-true =
    .feedback = C'est faux. Ton ami a peut-être transféré un piège sans le savoir. Si un lien te surprend, demande d'abord à un adulte.
anti-virus-quiz-friend-link-false =
    .feedback = Exact. Même un ami peut faire passer un mauvais lien par erreur. Arrête-toi et demande quand un lien te surprend.

anti-virus-quiz-gems-advert = Une publicité dit : « Gemmes illimitées ! Télécharge notre version spéciale de ton jeu. » Que fais-tu ?
anti-virus-quiz-gems-advert-download = Je la télécharge. Des gemmes illimitées, pour mon jeu préféré !
    .feedback = Les « versions spéciales » venues d'ailleurs que la boutique officielle peuvent cacher des programmes malveillants. Les gemmes illimitées, c'est l'appât.
anti-virus-quiz-gems-advert-close-tell = Je la ferme et je préviens un parent.
    .feedback = Oui. Les jeux viennent de la boutique officielle, et seulement avec l'accord d'un parent.
anti-virus-quiz-gems-advert-share = Je l'envoie d'abord à mes cousins, pour voir si ça marche.
    .feedback = Le risque passerait aussi sur les téléphones de tes cousins. Ferme-la et préviens un parent.

anti-virus-quiz-store-checked = Les applis de la boutique officielle sont vérifiées, mais une appli malveillante peut quand même passer parfois.
anti-virus-quiz-store-checked-true =
    .feedback = Exact. Les boutiques officielles sont bien plus sûres, pas parfaites. Installe les applis avec un parent, regarde qui les a faites, et préviens un adulte si une appli se comporte bizarrement.
anti-virus-quiz-store-checked-false =
    .feedback = Si, ça arrive. Les boutiques vérifient les applis, ce qui les rend bien plus sûres, mais de temps en temps une appli malveillante passe. Installe les applis avec un parent.

anti-virus-quiz-tapped-by-mistake = Si tu appuies par erreur sur un lien bizarre, mieux vaut garder le secret.
    .hint = Qui peut aider le téléphone si quelque chose s'est mal passé ?
anti-virus-quiz-tapped-by-mistake-true =
    .feedback = C'est faux. En prévenant vite un adulte, tu lui permets de vérifier le téléphone et de protéger la famille. Tu n'auras pas d'ennuis.
anti-virus-quiz-tapped-by-mistake-false =
    .feedback = Exact. Préviens tout de suite un adulte de confiance. Les erreurs arrivent, et le dire vite, ça aide.
