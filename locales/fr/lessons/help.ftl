## Leçon : À l'aide ! (9-12 ans)

help = À l'aide !
    .summary = Découvre à qui demander de l'aide quand quelque chose en ligne t'inquiète, et comment lui en parler.

help-secret = Mariam adore un jeu de construction en ligne. Depuis quelques jours, un joueur qu'elle ne connaît pas lui écrit dans le jeu. Au début, il lui a offert des gemmes. Maintenant, il lui demande des photos d'elle et dit : « C'est notre secret. Si tu le dis à tes parents, ils te prendront ta tablette. » Mariam est inquiète et ne sait pas quoi faire.
    .alt = Mariam est assise sur son lit, une tablette dans les mains, l'air inquiet. Au-dessus de la tablette, une bulle de message porte un cadenas.

help-what-now = Que ferais-tu à la place de Mariam ?
help-what-now-keep-secret = Ne rien dire, pour qu'on ne me prenne pas ma tablette.
    .feedback =
        { $address ->
            [f] C'est justement ce que veut ce joueur : que tu restes seule avec ça. Quelqu'un qui te demande de garder un secret inquiétant ne te veut pas du bien, et ta famille tient à ta sécurité bien plus qu'à une tablette.
           *[m] C'est justement ce que veut ce joueur : que tu restes seul avec ça. Quelqu'un qui te demande de garder un secret inquiétant ne te veut pas du bien, et ta famille tient à ta sécurité bien plus qu'à une tablette.
        }
help-what-now-delete-and-forget = Effacer les messages et essayer d'oublier.
    .feedback = Effacer les messages, c'est effacer la preuve, et ce joueur pourrait revenir. Mieux vaut les garder et les montrer à un adulte de confiance.
help-what-now-save-and-tell = Ne rien lui envoyer, faire une capture d'écran, puis le dire à maman ou à papa.
    .feedback = C'est ce qu'il faut faire ! Tu n'as rien fait de mal : c'est celui qui demande des photos qui a tort. Un adulte peut t'aider à le bloquer et à le signaler.

help-not-your-fault = Si quelque chose en ligne t'inquiète, te fait peur ou te rend triste, parles-en à un adulte de confiance. Tu n'auras pas d'ennuis à cause de ce que quelqu'un d'autre a fait. Un secret qui te fait peur ou te met mal à l'aise n'est pas un secret à garder. Et avant de bloquer quelqu'un ou d'effacer quoi que ce soit, fais une capture d'écran pour garder une preuve.

help-trusted-adults = Tes adultes de confiance, ce sont les grandes personnes qui t'écoutent et veillent sur toi. À la maison : ta maman ou ton papa, un grand-parent, une tante ou un oncle. À l'école : ton maître ou ta maîtresse, le conseiller ou la conseillère de l'école, le directeur ou la directrice. Réfléchis : qui sont tes adultes de confiance ? Si l'un d'eux ne t'aide pas, parles-en à un autre.
    .alt = Mariam au milieu, entourée de sa maman, de son papa, de sa grand-mère et de sa maîtresse, qui lui sourient tous.

help-how-to-tell = Mariam choisit un moment calme après le dîner, quand sa maman n'est pas occupée, et lui dit : « Maman, je dois te parler de quelque chose qui m'inquiète. » Puis elle lui montre les captures d'écran. Sa maman la serre dans ses bras : « Tu as bien fait de me le dire. Tu n'as rien fait de mal. » Ensuite, elle l'aide à bloquer le joueur et à le signaler dans le jeu.
    .alt = Mariam et sa maman sont assises sur le canapé. Sa maman la serre dans ses bras et elles regardent la tablette ensemble.

help-help-button =
    { $address ->
        [f] Cette application a un bouton « Demander de l'aide ». Il te rappelle quoi faire quand quelque chose t'inquiète. Si ton pays a une ligne d'écoute pour les enfants que nous avons vérifiée, le bouton te l'affiche, et tu peux appeler seule ou avec un adulte de confiance. Si nous n'avons pas de ligne vérifiée pour ton pays, il te rappelle d'en parler à un adulte de confiance.
       *[m] Cette application a un bouton « Demander de l'aide ». Il te rappelle quoi faire quand quelque chose t'inquiète. Si ton pays a une ligne d'écoute pour les enfants que nous avons vérifiée, le bouton te l'affiche, et tu peux appeler seul ou avec un adulte de confiance. Si nous n'avons pas de ligne vérifiée pour ton pays, il te rappelle d'en parler à un adulte de confiance.
    }
    .alt = { -mascot } se tient à côté d'un écran de téléphone où s'affiche un grand bouton : deux mains qui tiennent un cœur.

help-friend = Ton ami Hamza te confie que quelqu'un lui envoie des messages blessants depuis une semaine. Puis il ajoute : « S'il te plaît, ne le dis à personne. » Que fais-tu ?
help-friend-promise-silence = Lui promettre de ne jamais rien dire.
    .feedback = Être fidèle à un ami, c'est beau, mais se taire le laisse seul avec son problème. Ce genre de secret a besoin d'un adulte pour être réglé.
help-friend-go-together = L'écouter, l'encourager à en parler à un adulte, et proposer de l'accompagner.
    .feedback =
        { $address ->
            [f] Tu es une super amie ! L'écouter le soulage, et l'accompagner rend la conversation plus facile. S'il a encore trop peur, demande toi-même conseil à un adulte de confiance.
           *[m] Tu es un super ami ! L'écouter le soulage, et l'accompagner rend la conversation plus facile. S'il a encore trop peur, demande toi-même conseil à un adulte de confiance.
        }
help-friend-message-bully = Envoyer moi-même un message furieux à cette personne.
    .feedback = Ça pourrait empirer les choses pour vous deux. Laisse un adulte s'en occuper, et sois là pour ton ami.

help-recap = Si quelque chose en ligne t'inquiète : ne réponds pas, fais une capture d'écran, et parles-en à un adulte de confiance, à la maison ou à l'école. Tu n'auras pas d'ennuis, et si personne ne t'aide, parles-en à quelqu'un d'autre. Un secret qui te fait peur n'est pas un secret à garder. Le bouton « Demander de l'aide » de l'application peut aussi te guider.

## Quiz

help-quiz-trusted = Qui peut être un de tes adultes de confiance ? Choisis toutes les bonnes réponses.
help-quiz-trusted-parent = Ta maman ou ton papa
    .feedback = Oui. Tes parents font partie des premières personnes vers qui te tourner.
help-quiz-trusted-game-friend = Un joueur sympa rencontré dans un jeu en ligne, toujours gentil avec toi
    .feedback = Tu ne sais pas vraiment qui il est, même s'il est gentil. Choisis un adulte que tu connais dans la vraie vie.
help-quiz-trusted-teacher = Ton maître, ta maîtresse ou le conseiller de l'école
    .feedback = Oui. À l'école, des adultes peuvent t'écouter et t'aider.
help-quiz-trusted-grandparent = Ta grand-mère ou ta tante
    .feedback = Oui. Les adultes de ta famille en qui tu as confiance peuvent t'aider.
help-quiz-trusted-video-star = Un youtubeur célèbre dont tu regardes les vidéos de jeux tous les jours
    .feedback = On a l'impression de le connaître, mais lui ne te connaît pas et ne peut pas veiller sur toi. Choisis un adulte que tu connais dans la vraie vie.

help-quiz-in-trouble = Si je raconte à un adulte ce qui m'est arrivé en ligne, j'aurai des ennuis.
help-quiz-in-trouble-true =
    .feedback =
        { $address ->
            [f] C'est faux. Celui qui a tort, c'est celui qui t'a embêtée ou fait peur, pas toi. Tes adultes de confiance veulent t'aider.
           *[m] C'est faux. Celui qui a tort, c'est celui qui t'a embêté ou fait peur, pas toi. Tes adultes de confiance veulent t'aider.
        }
help-quiz-in-trouble-false =
    .feedback = Exact ! Tu n'auras pas d'ennuis. En parler à un adulte, c'est courageux et malin.

help-quiz-evidence = Quelqu'un t'envoie des messages méchants. Avant de le bloquer, que fais-tu ?
    .hint = Demande-toi : comment l'adulte saura-t-il exactement ce qui s'est passé ?
help-quiz-evidence-delete-all = J'efface tous les messages
    .feedback = Si tu les effaces, la preuve disparaît. Garde-les, ou fais d'abord une capture d'écran.
help-quiz-evidence-screenshot = Je fais une capture d'écran des messages pour la montrer à un adulte de confiance
    .feedback = C'est ça ! La capture d'écran est une preuve qui aide les adultes à signaler cette personne et à l'arrêter.
help-quiz-evidence-ask-why = Je lui réponds pour savoir pourquoi il fait ça
    .feedback = Répondre peut l'encourager à continuer. Ne réponds pas, garde la preuve et parles-en à un adulte.

help-quiz-bad-secret = Si quelqu'un en ligne me dit « C'est notre secret, ne le dis pas à tes parents », je dois en parler à un adulte de confiance.
help-quiz-bad-secret-true =
    .feedback =
        { $address ->
            [f] Exact. Quelqu'un qui te demande de cacher des choses à ta famille veut que tu restes seule avec ça. Parles-en à un adulte de confiance : tu n'auras pas d'ennuis.
           *[m] Exact. Quelqu'un qui te demande de cacher des choses à ta famille veut que tu restes seul avec ça. Parles-en à un adulte de confiance : tu n'auras pas d'ennuis.
        }
help-quiz-bad-secret-false =
    .feedback = Si, il faut en parler. Ce genre de secret est un signal d'alerte, et un adulte de confiance peut t'aider.

help-quiz-not-listening =
    { $address ->
        [f] Tu en as parlé à un adulte, mais il était occupé et ne t'a pas vraiment écoutée. Que fais-tu ?
       *[m] Tu en as parlé à un adulte, mais il était occupé et ne t'a pas vraiment écouté. Que fais-tu ?
    }
    .hint = Souviens-toi : combien d'adultes de confiance connais-tu ?
help-quiz-not-listening-give-up = J'abandonne : si un adulte n'a pas écouté, les autres n'écouteront pas non plus.
    .feedback = N'abandonne pas ! Ce qui t'inquiète mérite d'être écouté. Essaie à un autre moment ou avec quelqu'un d'autre.
help-quiz-not-listening-handle-alone =
    { $address ->
        [f] Je règle le problème toute seule : je suis assez grande, et je ne veux déranger personne.
       *[m] Je règle le problème tout seul : je suis assez grand, et je ne veux déranger personne.
    }
    .feedback =
        { $address ->
            [f] Tu n'as pas à porter ça toute seule, quel que soit ton âge, et tu ne déranges personne. D'autres adultes peuvent t'aider.
           *[m] Tu n'as pas à porter ça tout seul, quel que soit ton âge, et tu ne déranges personne. D'autres adultes peuvent t'aider.
        }
help-quiz-not-listening-tell-another = J'y retourne à un moment calme, ou j'en parle à un autre adulte de confiance.
    .feedback = C'est ça ! Les adultes sont parfois occupés. Choisis un moment calme, et si ça ne marche pas, d'autres adultes tiennent à toi.

help-quiz-button = Que trouves-tu quand tu appuies sur le bouton « Demander de l'aide » de l'application ?
help-quiz-button-helpline = Quoi faire quand quelque chose t'inquiète, et la ligne d'écoute pour enfants de ton pays si nous l'avons vérifiée
    .feedback = C'est ça ! Et si nous n'avons pas de ligne vérifiée pour ton pays, il te rappelle d'en parler à un adulte de confiance.
help-quiz-button-new-friends = Une liste de nouveaux amis avec qui discuter
    .feedback = Non. Le bouton te mène vers de l'aide, pas vers des inconnus.
help-quiz-button-games = Des jeux gratuits pour oublier ce qui s'est passé
    .feedback = Non. Le bouton t'aide à parler de ce qui s'est passé, pas à l'oublier.
