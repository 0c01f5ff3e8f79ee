## Leçon : Quand un contenu fait mal : automutilation, troubles alimentaires et aide immédiate (13-18 ans)
## Communication sûre : ni méthodes ni moyens, pas de mots sensationnels, de l'espoir et du rétablissement, toujours un moyen d'obtenir de l'aide.
## Aucun numéro ici : l'écran « Demander de l'aide » de l'appli affiche les lignes vérifiées de chaque pays.

net-self-harm = Quand un contenu fait mal, et où trouver de l'aide
    .summary = Que faire quand ton fil se remplit de publications sur l'automutilation, le suicide ou les régimes extrêmes, quand un ami semble en danger, et où trouver de l'aide tout de suite.

net-self-harm-feed = Rania a 15 ans et vit à Beyrouth. Après avoir regardé quelques vidéos « ce que je mange dans une journée », son fil change : régimes extrêmes, gens qui comparent leur corps, et publications tristes qui présentent le fait de se faire du mal comme une façon normale de tenir le coup. Elle fait défiler tard dans la nuit, et chaque jour elle se sent un peu plus mal dans sa peau.
    .alt = Rania, allongée sur son lit, regarde tristement son téléphone, où des vidéos défilent sans fin.

net-self-harm-feed-choice = Que pourrait faire Rania ?
net-self-harm-feed-choice-keep-watching = Continuer à regarder : ces vidéos l'aideront peut-être à comprendre ce qu'elle ressent.
    .feedback = Ces publications peuvent alourdir les sentiments difficiles, et plus elle regarde, plus l'appli lui en montre. Parler à une vraie personne aide bien davantage.
net-self-harm-feed-choice-try-diet = Essayer le défi régime que font les filles de sa classe, pour se sentir mieux dans son corps.
    .feedback = Les régimes extrêmes peuvent abîmer son corps et son moral, et un « défi » rend l'arrêt plus difficile. Sa valeur ne dépend pas de son poids ; un adulte de confiance peut l'aider à parler de ce qu'elle ressent.
net-self-harm-feed-choice-reset-talk = Appuyer sur « pas intéressé », masquer ou signaler ces publications, et parler à quelqu'un de confiance.
    .feedback = Bon choix. L'appli apprend à lui en montrer moins, et parler lui permet de partager ce qu'elle ressent. Si manger devient difficile ou si la tristesse dure, un adulte peut l'aider à trouver des soins.

net-self-harm-your-feed = Les applis te montrent davantage ce sur quoi tu t'attardes, même quand ça te fait du mal. Tu peux reprendre le contrôle : appuie sur « pas intéressé », masque des comptes ou arrête de les suivre, signale les publications qui encouragent l'automutilation, le suicide ou les troubles alimentaires, et fais des pauses. Ne partage pas ces publications, même pour prévenir les autres. Et si quelque chose que tu as vu te reste en tête, parles-en à quelqu'un de confiance.

net-self-harm-friend = Tard un soir, Yassine, 16 ans, qui vit à Alger, voit une publication de son ami Anis : « Je suis tellement fatigué de tout. Tout le monde serait mieux sans moi. » Une minute plus tard, Anis lui écrit en privé : « Laisse tomber. S'il te plaît, n'en parle à personne. »
    .alt = La nuit, Yassine, assis dans son lit, lit d'un air inquiet un message de son ami sur son téléphone.

net-self-harm-friend-choice = Que devrait faire Yassine ?
net-self-harm-friend-choice-wait-morning = Attendre le matin : il est tard, et Anis passe sans doute juste une mauvaise journée.
    .feedback = Des mots comme ceux-là doivent toujours être pris au sérieux, même s'il s'avère que c'était une mauvaise journée. Agir maintenant vaut mieux qu'attendre.
net-self-harm-friend-choice-reach-tell = Lui répondre avec douceur, lui demander comment il va, et prévenir un adulte maintenant, même si Anis le lui a demandé.
    .feedback = Oui. Un message gentil montre à Anis qu'il compte, et un adulte peut s'assurer qu'il reçoit de l'aide dès ce soir. Si Anis risque d'être en danger tout de suite, l'adulte appelle les services d'urgence. Prévenir, ce n'est pas trahir : c'est le protéger.
net-self-harm-friend-choice-promise-secret = Promettre de garder le secret, et essayer de remonter le moral d'Anis tout seul.
    .feedback = Être là pour Anis compte, mais c'est trop lourd à porter pour deux amis seuls. C'est un secret qu'il faut partager avec un adulte.

net-self-harm-getting-better = Yassine a réveillé sa mère, qui a tout de suite appelé la famille d'Anis. Dans les semaines qui ont suivi, Anis a commencé à voir régulièrement le conseiller du lycée, et ses parents lui ont trouvé l'aide d'un professionnel. Certains jours restent difficiles, mais un après-midi il dit à Yassine : « Parler m'a aidé. Je suis content que tu l'aies dit à quelqu'un. »
    .alt = Anis et Yassine marchent côte à côte dans une cour de lycée ensoleillée ; Anis sourit un peu.

net-self-harm-help-now = Si toi-même tu traverses un moment difficile, tu mérites de l'aide, et tu peux la demander maintenant. Parles-en à un adulte de confiance : un parent, une tante ou un oncle, un prof, le conseiller de l'établissement. Si la première personne ne t'écoute pas, parles-en à une autre. L'écran « Demander de l'aide » de cette appli affiche une ligne d'écoute gratuite pour ton pays quand nous en avons une de vérifiée ; sinon, il te rappelle vers qui te tourner. Si tu es en danger tout de suite, ou si quelqu'un d'autre l'est, appelle les services d'urgence de ton pays. Les émotions peuvent changer, et beaucoup de personnes qui ont ressenti ça vont mieux grâce à du soutien.

net-self-harm-recap =
    { $address ->
        [f] Tu peux réinitialiser ton fil : « pas intéressé », masquer, signaler, faire des pauses. Ne partage pas de publications sur l'automutilation, le suicide ou les régimes extrêmes. Si un ami dit quelque chose d'inquiétant, prends-le au sérieux, sois gentille et préviens tout de suite un adulte, même s'il t'a demandé de ne pas le faire. Si tu vas mal, parle à un adulte de confiance ou ouvre « Demander de l'aide ». En danger tout de suite : les services d'urgence. Les choses peuvent aller mieux.
       *[m] Tu peux réinitialiser ton fil : « pas intéressé », masquer, signaler, faire des pauses. Ne partage pas de publications sur l'automutilation, le suicide ou les régimes extrêmes. Si un ami dit quelque chose d'inquiétant, prends-le au sérieux, sois gentil et préviens tout de suite un adulte, même s'il t'a demandé de ne pas le faire. Si tu vas mal, parle à un adulte de confiance ou ouvre « Demander de l'aide ». En danger tout de suite : les services d'urgence. Les choses peuvent aller mieux.
    }

## Quiz

net-self-harm-quiz-friend-post = Un ami publie quelque chose qui te fait craindre pour sa sécurité. Lesquelles de ces réactions sont bonnes ? Choisis toutes les bonnes réponses.
net-self-harm-quiz-friend-post-wait-see = Attendre quelques jours pour voir s'il publie autre chose
    .feedback = Des mots inquiétants méritent une réponse maintenant. Attendre laisse ton ami seul avec eux.
net-self-harm-quiz-friend-post-message-privately = Lui envoyer un message privé gentil pour lui demander comment il va
    .feedback = Oui. Un mot gentil lui montre qu'il compte et que quelqu'un l'a remarqué.
net-self-harm-quiz-friend-post-share-post = Partager sa publication pour que plus de gens puissent le contacter
    .feedback = Ça expose ton ami aux commentaires d'inconnus. Contacte-le en privé, et préviens un adulte.
net-self-harm-quiz-friend-post-keep-between = Garder ça entre vous deux, pour qu'il continue à te faire confiance
    .feedback = Sa confiance compte, mais sa sécurité compte plus. Prévenir un adulte, c'est ta façon de le protéger.
net-self-harm-quiz-friend-post-tell-adult = Prévenir tout de suite un adulte de confiance
    .feedback = Oui, même si ton ami t'a demandé de ne pas le faire. Un adulte peut s'assurer qu'il reçoit de l'aide.

net-self-harm-quiz-keep-secret = Si un ami te dit qu'il pense au suicide et te demande de garder le secret, le garder est la chose loyale à faire.
net-self-harm-quiz-keep-secret-true =
    .feedback =
        { $address ->
            [f] Non. Être loyale, c'est s'assurer que ton ami reçoit de l'aide : préviens tout de suite un adulte de confiance, et s'il est en danger maintenant, appelle les services d'urgence.
           *[m] Non. Être loyal, c'est s'assurer que ton ami reçoit de l'aide : préviens tout de suite un adulte de confiance, et s'il est en danger maintenant, appelle les services d'urgence.
        }
net-self-harm-quiz-keep-secret-false =
    .feedback = Exact. C'est un secret qu'il faut partager : prévenir un adulte protège ton ami. Ce n'est pas une trahison.

net-self-harm-quiz-find-helpline = Où trouver, dans cette appli, le numéro d'une ligne d'écoute digne de confiance ?
net-self-harm-quiz-find-helpline-viral-comments = Dans les commentaires sous une vidéo populaire sur la santé mentale, où des gens donnent des numéros
    .feedback = Les numéros des commentaires peuvent être faux, périmés, voire inventés. Utilise l'écran « Demander de l'aide », dont les lignes ont été vérifiées.
net-self-harm-quiz-find-helpline-get-help = Sur l'écran « Demander de l'aide », qui n'affiche que des lignes vérifiées
    .feedback = Oui. Et si ton pays n'a pas encore de ligne vérifiée, il te rappelle d'en parler à un adulte de confiance.
net-self-harm-quiz-find-helpline-forwarded-list = Dans un message transféré qui liste les lignes d'écoute de tous les pays arabes
    .feedback = Les listes transférées sont souvent périmées ou fausses. L'écran « Demander de l'aide » n'affiche que des numéros vérifiés.

net-self-harm-quiz-can-change = Même quand on a l'impression que rien ne changera jamais, une personne qui va très mal peut aller mieux grâce à du soutien.
net-self-harm-quiz-can-change-true =
    .feedback = Oui. Les émotions peuvent changer, et l'aide fonctionne. Parler à un adulte de confiance est un bon premier pas.
net-self-harm-quiz-can-change-false =
    .feedback = On peut avoir cette impression, mais les émotions changent et l'aide fonctionne : beaucoup de personnes qui ont ressenti ça vont mieux grâce à du soutien. Parles-en à quelqu'un de confiance.

net-self-harm-quiz-why-feed = Pourquoi ton fil te montre-t-il de plus en plus de publications sur les régimes extrêmes ?
net-self-harm-quiz-why-feed-everyone-watches = Parce que c'est ce que regardent en ce moment presque tous les jeunes de ton âge
    .feedback = Ton fil est fait pour toi : il suit ce que toi tu regardes, pas ce que regardent les autres.
net-self-harm-quiz-why-feed-friends-liked = Parce que tes amis ont aimé ces publications, alors l'appli pense que tu dois les voir aussi
    .feedback = Les amis peuvent jouer un rôle, mais ton fil suit surtout ce que toi tu regardes et ce sur quoi tu t'attardes.
net-self-harm-quiz-why-feed-linger = Parce que les applis montrent plus ce sur quoi tu t'attardes, même si ça te fait du mal
    .feedback = Oui. Et tu peux changer ça : « pas intéressé », masquer, signaler et faire des pauses.

net-self-harm-quiz-turn-to =
    { $address ->
        [f] Si tu te sens dépassée, vers qui peux-tu te tourner tout de suite ? Choisis toutes les bonnes réponses.
       *[m] Si tu te sens dépassé, vers qui peux-tu te tourner tout de suite ? Choisis toutes les bonnes réponses.
    }
net-self-harm-quiz-turn-to-trusted-adult = Un adulte de confiance, à la maison ou au lycée
    .feedback = Oui. Un parent, un proche, un prof ou le conseiller de l'établissement peut écouter et aider.
net-self-harm-quiz-turn-to-ai-chatbot = Un chatbot d'IA, parce qu'il est toujours là et ne me juge jamais
    .feedback = Un chatbot ne peut pas te mettre en sécurité et peut se tromper. Tourne-toi vers une personne : un adulte de confiance ou une ligne d'écoute.
net-self-harm-quiz-turn-to-get-help-screen = L'écran « Demander de l'aide » de cette appli
    .feedback = Oui. Il affiche une ligne d'écoute vérifiée pour ton pays si nous en avons une, et te rappelle qui peut t'aider.
net-self-harm-quiz-turn-to-strangers = Des inconnus dans les commentaires qui disent ressentir la même chose
    .feedback = Ils veulent peut-être bien faire, mais ils ne peuvent pas te mettre en sécurité, et certaines publications aggravent les choses. Tourne-toi vers un adulte de confiance ou une ligne d'écoute.
net-self-harm-quiz-turn-to-emergency = Les services d'urgence de mon pays, si je suis en danger tout de suite
    .feedback = Oui. Si tu es en danger tout de suite, ou si quelqu'un d'autre l'est, appelle-les sans attendre.
