## Leçon : Tes comptes n'appartiennent qu'à toi (13-18 ans)

net-account-security = Tes comptes n'appartiennent qu'à toi
    .summary = La validation en deux étapes, les codes qu'on ne partage jamais, les codes de secours, et quoi faire si quelqu'un prend ton compte ou ton numéro de téléphone.

net-account-security-the-code = Imane a 15 ans et habite à Alger. Un soir, son téléphone reçoit un SMS avec un code à six chiffres de son appli de messagerie, alors qu'elle n'a rien demandé. Une minute plus tard, un message arrive du compte de son amie Rania : « Pardon ! J'ai envoyé mon code sur ton numéro par erreur. Tu peux me le renvoyer vite ? C'est urgent ! »
    .alt = Imane, sur son lit, regarde son téléphone : un SMS avec une rangée de six points, et une bulle de discussion venant du compte d'une amie, avec un point d'exclamation.

net-account-security-send-code = Que doit faire Imane ?
net-account-security-send-code-test-question = Poser une question dont seule Rania connaît la réponse, et envoyer le code si la réponse est bonne.
    .feedback = Celui qui a pris le compte de Rania peut lire toutes ses anciennes discussions et connaître la réponse. Et le code ouvre le compte d'Imane, pas celui de Rania : il ne faut jamais l'envoyer.
net-account-security-send-code-call-rania = Ne rien envoyer, et appeler Rania pour vérifier.
    .feedback = Bravo. Le code est arrivé parce que quelqu'un essaie de se connecter au compte d'Imane avec son numéro. En appelant, Imane découvrira que le compte de Rania a été piraté, et pourra la prévenir.
net-account-security-send-code-send-it = L'envoyer : c'est le compte de Rania, et entre amies on s'entraide.
    .feedback = Le message vient du compte de Rania, mais pas forcément de Rania. Celui qui reçoit ce code peut entrer dans le compte d'Imane et l'en chasser.

net-account-security-two-step = Un code reçu par SMS ou dans une appli, c'est une clé de ton compte : aucun ami, aucun jeu et aucun vrai service d'assistance n'a besoin que tu le lui envoies. Pour protéger tes comptes, active la validation en deux étapes (on dit aussi double authentification), qui se trouve en général dans les paramètres de sécurité. Alors ton mot de passe ne suffit plus pour se connecter : il faut une deuxième étape, comme un code ou ton empreinte digitale, et même quelqu'un qui a volé ton mot de passe reste dehors. Commence par ta boîte mail, car elle permet de changer tous tes autres mots de passe, puis tes réseaux sociaux et tes messageries. Un code donné par une appli d'authentification est plus difficile à voler qu'un code reçu par SMS.

net-account-security-recovery-codes = Walid, 17 ans, de Sfax, active la validation en deux étapes avec sa grande sœur Ines. Le site lui donne une liste de codes de secours, qu'on appelle aussi codes de récupération. Chaque code ne marche qu'une fois, pour rentrer dans son compte s'il perd son téléphone. « Garde-les en lieu sûr, dit Ines, et pas seulement dans ton téléphone. »
    .alt = Walid et sa sœur sont assis à une table avec un ordinateur portable ; une feuille de papier montre des lignes de tirets gris, avec un petit cadenas dessiné à côté.

net-account-security-where-codes = Où Walid doit-il garder ses codes de secours ?
net-account-security-where-codes-paper = Sur papier, dans un endroit sûr à la maison.
    .feedback = Bon choix. Si son téléphone est perdu ou volé, les codes sont toujours là, et personne sur Internet ne peut atteindre une feuille rangée dans un tiroir.
net-account-security-where-codes-gallery = En capture d'écran dans ses photos, pour les avoir toujours sur lui.
    .feedback = Si le téléphone est perdu, volé ou cassé, les codes disparaissent avec lui, justement quand il en a besoin. Et les photos sont souvent copiées ailleurs automatiquement.
net-account-security-where-codes-email-self = Dans un mail envoyé à lui-même, pour les retrouver depuis n'importe quel appareil.
    .feedback = Si quelqu'un entre dans sa boîte mail, il trouve aussi les codes, et si Walid n'y a plus accès, il ne peut plus les lire. Les codes de secours sont plus sûrs hors ligne.

net-account-security-no-signal = Un samedi, le téléphone de Walid n'a soudain plus de réseau à la maison, alors que ça capte toujours bien. Ça dure des heures. Puis un mail arrive sur son ordinateur : « Votre mot de passe a été modifié. » Un escroc a convaincu son opérateur de transférer son numéro sur une nouvelle carte SIM : c'est maintenant lui qui reçoit ses appels, ses SMS et ses codes. C'est ce qu'on appelle une arnaque à l'échange de carte SIM.
    .alt = Le téléphone de Walid affiche des barres de réseau vides et une antenne barrée ; à côté, un ordinateur portable montre une enveloppe avec un panneau d'alerte, et Walid a l'air surpris.

net-account-security-taken = Si ton téléphone perd soudain le réseau longtemps, là où il capte d'habitude, préviens tout de suite un adulte et contacte ton opérateur, depuis un autre téléphone ou dans une de ses boutiques. Si on t'a pris un compte : parles-en à un adulte de confiance, et n'aie pas honte, ça arrive aussi aux gens prudents. Récupère le compte uniquement par les pages d'aide officielles de l'appli ou du site, et ne paie jamais quelqu'un qui propose de te le rendre. Ensuite, change le mot de passe (et celui de chaque compte où tu utilisais le même), déconnecte tous les autres appareils, active la validation en deux étapes, et préviens tes amis que les messages venant de ton compte sont peut-être faux.

net-account-security-recap = Un code que tu reçois est une clé : ne l'envoie jamais à personne, même pas à un ami. Active la validation en deux étapes, en commençant par ta boîte mail. Garde tes codes de secours sur papier, dans un endroit sûr à la maison. Si ton réseau disparaît sans raison, contacte ton opérateur avec un adulte. Et si on te prend un compte, préviens un adulte, passe par les pages d'aide officielles, change tes mots de passe et préviens tes amis.

## Quiz

net-account-security-quiz-cousin-code = Un message du compte de ton cousin dit : « Je t'ai envoyé un code par erreur, tu peux me le renvoyer ? » Que fais-tu ?
net-account-security-quiz-cousin-code-send = Je le renvoie : c'est le compte de mon cousin, donc le code ne risque rien avec lui
    .feedback = Le compte n'est peut-être plus entre les mains de ton cousin, et le code ouvre ton compte à toi : celui qui l'obtient peut t'en chasser.
net-account-security-quiz-cousin-code-check-another-way = Je n'envoie rien, et je vérifie avec mon cousin par téléphone ou en face
    .feedback = Oui. Le code est arrivé parce que quelqu'un essaie d'entrer dans ton compte, et ton cousin doit savoir que son compte a été piraté.
net-account-security-quiz-cousin-code-secret-question = Je lui pose d'abord une question que seul mon cousin connaît, et j'envoie le code si la réponse est juste
    .feedback = Celui qui a pris le compte peut lire les anciennes discussions et trouver la réponse. Un code que tu reçois ne s'envoie jamais, quelle que soit la réponse.

net-account-security-quiz-second-step = Avec la validation en deux étapes, quelqu'un qui vole ton mot de passe ne peut toujours pas se connecter sans la deuxième étape, comme un code ou ton empreinte.
net-account-security-quiz-second-step-true =
    .feedback = Exact. Le mot de passe seul ne suffit plus, c'est pour ça que la validation en deux étapes te protège si bien.
net-account-security-quiz-second-step-false =
    .feedback =
        { $address ->
            [f] Elle te protège bel et bien : le voleur aurait aussi besoin de la deuxième étape, que toi seule as. Ne partage simplement jamais le code.
           *[m] Elle te protège bel et bien : le voleur aurait aussi besoin de la deuxième étape, que toi seul as. Ne partage simplement jamais le code.
        }

net-account-security-quiz-sim-signs = Lesquels peuvent être des signes d'une arnaque à l'échange de carte SIM ? Choisis toutes les bonnes réponses.
net-account-security-quiz-sim-signs-battery = Ta batterie se vide plus vite après une longue partie de jeu
    .feedback = C'est normal pour une batterie. Ce n'est pas un signe que quelqu'un a pris ton numéro.
net-account-security-quiz-sim-signs-no-signal = Ton téléphone n'a soudain plus de réseau pendant des heures, là où il capte toujours
    .feedback = Oui. Quand ton numéro passe sur la carte SIM de quelqu'un d'autre, ton téléphone perd le réseau.
net-account-security-quiz-sim-signs-password-email = Un mail dit que ton mot de passe a été changé, alors que tu n'as rien changé
    .feedback = Oui. Avec ton numéro, un escroc peut recevoir tes codes et changer tes mots de passe.
net-account-security-quiz-sim-signs-update = Une appli te demande d'installer une mise à jour depuis le magasin d'applications officiel
    .feedback = Les mises à jour du magasin officiel sont normales et te protègent. Ce n'est pas un signe d'échange de carte SIM.

net-account-security-quiz-support-code = Le vrai service d'assistance d'une appli ou d'un jeu peut te demander de lui envoyer le code que tu viens de recevoir, pour vérifier ton compte.
net-account-security-quiz-support-code-true =
    .feedback = Aucun vrai service d'assistance ne demande ça. Quiconque te demande ton code, quel que soit le nom qu'il se donne, essaie d'entrer dans ton compte.
net-account-security-quiz-support-code-false =
    .feedback =
        { $address ->
            [f] Exact. Le code, c'est à toi seule de le taper, dans l'appli elle-même. Personne, même pas le personnel de l'appli, n'a besoin que tu le lui envoies.
           *[m] Exact. Le code, c'est à toi seul de le taper, dans l'appli elle-même. Personne, même pas le personnel de l'appli, n'a besoin que tu le lui envoies.
        }

net-account-security-quiz-keep-codes = Quelle est la façon la plus sûre de garder tes codes de secours ?
net-account-security-quiz-keep-codes-screenshot = En capture d'écran dans ma galerie photo, pour les avoir toujours sur moi
    .feedback = Si ton téléphone est perdu ou volé, la capture part avec lui, justement quand tu as besoin des codes.
net-account-security-quiz-keep-codes-phone-note = Dans une note de mon téléphone, protégée par le verrouillage de l'écran
    .feedback = Le verrouillage aide, mais un téléphone perdu ou cassé emporte quand même les codes avec lui. Garde-les hors du téléphone.
net-account-security-quiz-keep-codes-paper-home = Sur papier, rangés en lieu sûr à la maison, loin de mon téléphone
    .feedback = Oui. Hors ligne, on ne peut pas les voler par Internet, et ils sont toujours là si tu perds ton téléphone.

net-account-security-quiz-account-taken = Quelqu'un a pris le contrôle d'un de tes comptes. Que dois-tu faire ? Choisis toutes les bonnes réponses.
net-account-security-quiz-account-taken-tell-adult = En parler à un adulte de confiance
    .feedback = Oui. Tu n'auras pas d'ennuis, et un adulte peut t'aider à chaque étape.
net-account-security-quiz-account-taken-pay-helper = Payer quelqu'un en ligne qui promet de récupérer le compte pour moi
    .feedback = Ceux qui proposent de récupérer des comptes contre de l'argent sont souvent eux-mêmes des escrocs. Passe par les pages d'aide officielles.
net-account-security-quiz-account-taken-official-help = Passer par les pages d'aide officielles de l'appli pour le récupérer
    .feedback = Oui. Chaque service explique ses propres étapes de récupération sur son site officiel.
net-account-security-quiz-account-taken-quiet-new = Ouvrir un nouveau compte sans rien dire, pour que personne ne sache ce qui s'est passé
    .feedback = Celui qui a pris ton compte peut continuer à s'en servir pour piéger tes amis. Prévenir les gens les protège.
net-account-security-quiz-account-taken-warn-friends = Prévenir mes amis que les messages venant de mon compte sont peut-être faux
    .feedback = Oui. Le voleur pourrait leur faire le même coup, en utilisant ton nom.
