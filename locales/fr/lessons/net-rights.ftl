## Leçon : Tu as des droits en ligne (13-18 ans)

net-rights = Tu as des droits en ligne
    .summary = Tes droits te suivent sur Internet : apprendre, t'exprimer, jouer, protéger ta vie privée. Et les autres ont exactement les mêmes.

net-rights-everyday = Layla a 15 ans. En une soirée, elle regarde une vidéo qui lui réexplique son cours de maths, discute d'un exposé de sciences dans le groupe de sa classe et joue un match de foot en ligne avec ses cousins, qui vivent dans une autre ville. Son téléphone est présent dans presque tout ce qu'elle fait.
    .alt = Layla, assise sur son lit, tient un téléphone ; autour d'elle flottent de petits dessins : un livre, des bulles de discussion et un ballon de foot.

net-rights-your-rights =
    { $address ->
        [f] La Convention des Nations unies relative aux droits de l'enfant (1989) fixe les droits de toute personne de moins de 18 ans, partout dans le monde. Ces droits ne s'éteignent pas quand tu te connectes. Parmi eux : le droit de chercher des informations et d'apprendre, de dire ce que tu penses et d'être écoutée sur ce qui te concerne, de te reposer et de jouer, d'avoir une vie privée et d'être protégée contre ce qui peut te faire du mal.
       *[m] La Convention des Nations unies relative aux droits de l'enfant (1989) fixe les droits de toute personne de moins de 18 ans, partout dans le monde. Ces droits ne s'éteignent pas quand tu te connectes. Parmi eux : le droit de chercher des informations et d'apprendre, de dire ce que tu penses et d'être écouté sur ce qui te concerne, de te reposer et de jouer, d'avoir une vie privée et d'être protégé contre ce qui peut te faire du mal.
    }

net-rights-survey = L'école prépare de nouvelles règles pour les téléphones pendant la récréation. La directrice envoie aux élèves un formulaire en ligne pour connaître leur avis. Dans le groupe de la classe, quelqu'un écrit : « À quoi bon ? Les adultes décideront de toute façon. »
    .alt = Un grand écran de téléphone affiche un formulaire avec des cases à cocher, et trois élèves le regardent ensemble.

net-rights-speak-up = Layla a une idée : autoriser les téléphones à la bibliothèque pour réviser, mais pas dans la cour. Que doit-elle faire ?
net-rights-speak-up-skip = Laisser tomber le formulaire. Personne ne le lira.
    .feedback = Son avis compte. Participer aux décisions qui concernent ton école fait partie de tes droits, et les adultes ne peuvent entendre que les idées qui leur parviennent.
net-rights-speak-up-share-idea = Remplir le formulaire avec son idée et sa raison.
    .feedback = Oui ! Donner ton avis sur ce qui te concerne est un droit, et une raison claire aide les adultes à le prendre au sérieux.
net-rights-speak-up-mock-form = Poster une blague sur le formulaire pour faire rire le groupe.
    .feedback = Rire, pourquoi pas, mais elle gâcherait une vraie occasion d'être entendue, et pourrait décourager ceux qui voulaient participer.

net-rights-respect = Avec les droits vient le respect. La Convention précise que la liberté d'expression peut être limitée pour protéger les droits et la réputation des autres. Chaque membre du groupe de ta classe a les mêmes droits que toi : vie privée, dignité, opinion personnelle. Conteste une idée si tu veux, mais n'attaque jamais la personne.

net-rights-bus-photo = Dans le bus scolaire, Omar prend une photo drôle de son ami Karim endormi, la bouche ouverte. Il veut la poster dans le groupe de la classe. Que doit-il faire ?
    .alt = Omar lève son téléphone à côté de son ami Karim, endormi contre la vitre du bus.
net-rights-bus-photo-post-it = La poster : c'est juste une blague entre amis.
    .feedback = Karim ne la trouvera peut-être pas drôle. Une fois dans un groupe de trente personnes, impossible de la récupérer. Sa vie privée est son droit.
net-rights-bus-photo-ask-karim = La montrer d'abord à Karim, et ne la poster que s'il est d'accord.
    .feedback = Exactement. Demander d'abord respecte le droit de Karim à sa vie privée, et s'il refuse, effacer la photo protège aussi l'amitié.
net-rights-bus-photo-status = La mettre en statut, seulement 24 heures.
    .feedback = N'importe qui peut faire une capture d'écran en une seconde. Ce qui reste peu de temps en ligne peut circuler pour toujours.

net-rights-recap =
    { $address ->
        [f] Tes droits te suivent en ligne : apprendre, être écoutée, te reposer et jouer, avoir une vie privée, être en sécurité. Fais entendre ta voix, et souviens-toi que les autres ont les mêmes droits : demande avant de publier quelque chose sur quelqu'un, et exprime ton désaccord sans insulter.
       *[m] Tes droits te suivent en ligne : apprendre, être écouté, te reposer et jouer, avoir une vie privée, être en sécurité. Fais entendre ta voix, et souviens-toi que les autres ont les mêmes droits : demande avant de publier quelque chose sur quelqu'un, et exprime ton désaccord sans insulter.
    }

## Quiz

net-rights-quiz-which-rights = Lesquels de ces droits la Convention relative aux droits de l'enfant te donne-t-elle, en ligne aussi ? Choisis toutes les bonnes réponses.
net-rights-quiz-which-rights-information = Chercher des informations et apprendre grâce à des sources variées
    .feedback = Oui. Accéder à des informations variées t'aide à apprendre et à grandir.
net-rights-quiz-which-rights-others-details = Tout savoir sur n'importe qui, par exemple l'adresse d'un camarade, puisque l'information est un droit
    .feedback = Non. Ton droit à l'information ne couvre pas les détails privés des autres : eux aussi ont droit à leur vie privée.
net-rights-quiz-which-rights-be-heard = Donner ton avis sur ce qui te concerne, et qu'il soit pris au sérieux
    .feedback = Oui. Tu as le droit de donner ton avis et qu'il soit pris au sérieux.
net-rights-quiz-which-rights-post-anything = Publier tout ce que tu veux sur n'importe qui, car la liberté d'expression n'a pas de limites en ligne
    .feedback = Non. La liberté d'expression a des limites : elle doit respecter les droits et la réputation des autres, en ligne aussi.
net-rights-quiz-which-rights-privacy = La protection de tes messages, de tes photos et de tes informations personnelles
    .feedback = Oui. Tes messages, tes photos et tes informations personnelles méritent d'être protégés.

net-rights-quiz-offline-only = Les droits de l'enfant s'arrêtent quand on se connecte à Internet.
net-rights-quiz-offline-only-true =
    .feedback = Non. Tes droits s'appliquent sur ton téléphone, ton ordinateur ou ta console, comme à l'école ou à la maison.
net-rights-quiz-offline-only-false =
    .feedback = Exact. Tes droits te suivent partout où tu te connectes.

net-rights-quiz-school-form = Dans son lycée à Tunis, Imane reçoit un formulaire en ligne qui demande aux élèves leur avis sur une nouvelle règle pour les téléphones. Que devrait-elle faire ?
    .hint = Pense à son droit d'être écoutée.
net-rights-quiz-school-form-ignore = Ne pas répondre : les adultes décideront de toute façon, et l'avis d'une seule élève ne changera rien.
    .feedback = Son avis compte, et les adultes ne peuvent tenir compte que des idées qui leur parviennent. Une réponse claire peut faire changer une décision.
net-rights-quiz-school-form-honest = Donner son avis sincèrement et poliment, avec ses raisons.
    .feedback = Oui. Elle utilise son droit de participer, et ses raisons aident les adultes à comprendre ce dont les élèves ont besoin.
net-rights-quiz-school-form-class-group = Se plaindre plutôt dans le groupe de la classe, où ses amies lui donneront raison.
    .feedback = Ses amies seront peut-être d'accord, mais ceux qui décident de la règle ne le verront pas. C'est dans le formulaire que son avis compte.
net-rights-quiz-school-form-jokes = Le remplir de blagues.
    .feedback = Les blagues n'aident personne à comprendre ce dont les élèves ont vraiment besoin, et l'occasion de participer est perdue.

net-rights-quiz-eid-photo = Après le déjeuner de l'Aïd, tu veux publier une photo de groupe où l'on voit ta cousine Noor. Que fais-tu d'abord ?
net-rights-quiz-eid-photo-close-friends = Je la publie seulement pour ma liste d'amis proches, pour que personne d'autre ne la voie.
    .feedback = Un public plus petit reste un public, et n'importe qui dans la liste peut faire une capture. Et Noor n'a pas encore donné son avis.
net-rights-quiz-eid-photo-my-phone = Je la publie : c'est moi qui l'ai prise.
    .feedback = Le téléphone est à toi, mais pas les visages. C'est Noor qui décide pour sa propre image.
net-rights-quiz-eid-photo-ask-noor = Je demande à Noor et aux autres s'ils sont d'accord.
    .feedback = Oui. Chaque personne sur une photo a droit à sa vie privée, et demander d'abord, c'est la respecter.

net-rights-quiz-respect = Ma liberté de dire ce que je pense va de pair avec le respect des droits des autres.
net-rights-quiz-respect-true =
    .feedback = Oui. Tu peux être en total désaccord avec une idée et respecter quand même la personne.
net-rights-quiz-respect-false =
    .feedback = En fait, c'est vrai. La Convention relie la liberté d'expression au respect des droits et de la réputation des autres.
