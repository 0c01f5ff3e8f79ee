## Leçon : L'œil malin (9-12 ans)

private-eye = L'œil malin
    .summary =
        { $address ->
            [f] Découvre quelles informations sont à toi seule, et que faire quand une appli te les demande.
           *[m] Découvre quelles informations sont à toi seul, et que faire quand une appli te les demande.
        }

private-eye-meet = Mariam a dix ans. Après ses devoirs, sa maman lui prête le téléphone de la famille une demi-heure pour jouer à son jeu de puzzle préféré.
    .alt = Mariam, assise sur le canapé, tient le téléphone de sa maman et sourit devant un jeu de puzzle.

private-eye-prize = Une fenêtre colorée s'ouvre : « Tu as gagné une tablette ! Écris ton nom complet, ton école et ton adresse pour la recevoir. »
    .alt = Un écran de téléphone avec une fenêtre de cadeau qui clignote et demande un nom, une école et une adresse.

private-eye-what-now = Que ferais-tu à la place de Mariam ?
private-eye-what-now-type-all = Tout écrire vite, avant que le cadeau disparaisse.
    .feedback = Un vrai cadeau ne demande jamais ton adresse dans une fenêtre surprise. Maintenant, un inconnu saurait où tu habites.
private-eye-what-now-ask-mum = Fermer la fenêtre et la montrer à maman.
    .feedback = Bravo ! En la fermant, tu protèges tes informations, et en prévenant un adulte de confiance, tu aides toute la famille à repérer ce genre de piège.
private-eye-what-now-school-only = Écrire seulement le nom de l'école.
    .feedback = Même le nom de ton école aide un inconnu à te trouver à la sortie. Garde-le pour toi aussi.

private-eye-private-info = Tes informations personnelles, c'est tout ce qui dit qui tu es ou où te trouver : ton nom complet, ton adresse, ton école, ton numéro de téléphone, tes mots de passe et les photos qui montrent où tu es. Garde-les pour toi, et demande à un adulte de confiance avant de les partager.

private-eye-photo = Omar veut une nouvelle photo pour son profil de jeu. Sa préférée le montre en tenue d'école devant son immeuble. Que doit-il faire ?
    .alt = Omar tient un téléphone et regarde deux images : une photo devant la porte de son immeuble et son dessin d'un faucon.
private-eye-photo-post-it = La mettre, elle est belle.
    .feedback = Elle est belle, mais la tenue d'école et l'immeuble disent aux inconnus où Omar étudie et habite.
private-eye-photo-new-photo = Choisir une image qui ne montre aucun lieu, comme son dessin de faucon.
    .feedback = Excellent choix ! Un dessin ou un avatar montre son style et garde ses lieux secrets.
private-eye-photo-ask-friends = La mettre pour une journée seulement.
    .feedback = Une fois en ligne, une photo peut être enregistrée en quelques secondes. Une journée suffit pour qu'elle circule.

private-eye-recap = Ton nom, ton adresse, ton école, ton numéro et tes mots de passe t'appartiennent. Les cadeaux qui les demandent sont des pièges. Quand quelque chose en ligne te demande tes informations, arrête-toi et montre-le à un adulte de confiance.

## Quiz

private-eye-quiz-which-private = Lesquelles sont des informations personnelles à garder pour toi ? Choisis toutes les bonnes réponses.
private-eye-quiz-which-private-address = Ton adresse
    .feedback = Oui. Ton adresse dit à n'importe qui où te trouver.
private-eye-quiz-which-private-favourite-colour = Ta couleur préférée
    .feedback = Ta couleur préférée ne dit ni qui tu es ni où tu es : tu peux la partager.
private-eye-quiz-which-private-password = Ton mot de passe
    .feedback = Oui. Un mot de passe est un secret, même pour tes amis. Seuls tes parents peuvent le connaître.
private-eye-quiz-which-private-school = Le nom de ton école
    .feedback = Oui. Le nom de ton école aide un inconnu à te trouver.
private-eye-quiz-which-private-football-team = L'équipe de foot que tu soutiens
    .feedback = Beaucoup de gens soutiennent la même équipe : elle ne dit ni qui tu es ni où te trouver. Tu peux la partager (mais ne t'en sers pas dans un mot de passe).

private-eye-quiz-game-asks = Un jeu te dit : « Écris ton numéro de téléphone pour débloquer un niveau gratuit. » Que fais-tu ?
    .hint = Demande-toi qui pourrait lire ce numéro une fois écrit.
private-eye-quiz-game-asks-answer-all = J'écris mon numéro, un niveau gratuit, ça vaut le coup.
    .feedback = Ton numéro irait à des inconnus, qui pourraient t'appeler ou t'écrire.
private-eye-quiz-game-asks-ask-adult = Je m'arrête et je demande d'abord à un adulte de confiance.
    .feedback = C'est ça ! Un adulte t'aide à vérifier si le jeu est sûr, et ton numéro reste privé.
private-eye-quiz-game-asks-fake-address = J'écris un faux numéro à la place, comme ça j'ai quand même le niveau.
    .feedback = Ce n'est pas sûr non plus. Un jeu qui demande ton numéro, c'est un signal d'alerte, et un faux numéro peut appartenir à une vraie personne. Arrête-toi et demande à un adulte.

private-eye-quiz-only-friends = Je peux donner mon mot de passe à mon meilleur ami.
private-eye-quiz-only-friends-true =
    .feedback = C'est faux. Même un bon ami peut le répéter par erreur, ou s'en servir si vous vous fâchez. Ton mot de passe, c'est pour toi et tes parents.
private-eye-quiz-only-friends-false =
    .feedback = Exact. Ton mot de passe, c'est pour toi et tes parents, même si ton ami est gentil.

private-eye-quiz-location-photo = Quelle image est la plus sûre pour un profil public ?
private-eye-quiz-location-photo-uniform-gate = Une photo de toi en tenue d'école devant le portail de l'école
    .feedback = La tenue et le portail montrent exactement où tu passes tes journées.
private-eye-quiz-location-photo-drawing = Un dessin ou un avatar que tu as fait
    .feedback = Oui ! Il montre qui tu es sans dire où tu es.
private-eye-quiz-location-photo-balcony = Un selfie sur ton balcon
    .feedback = Un balcon peut montrer ton immeuble, ta rue et ce qu'il y a en face : assez pour que quelqu'un trouve où tu habites.

private-eye-quiz-tell-adult = Si une appli te demande sans arrêt tes informations, tu dois le dire à un adulte de confiance.
private-eye-quiz-tell-adult-true =
    .feedback = Oui. Tu n'auras pas d'ennuis pour avoir demandé. Un adulte de confiance peut t'aider à bloquer ou supprimer l'appli.
private-eye-quiz-tell-adult-false =
    .feedback = Si, il faut le dire : en parler à un adulte est toujours une bonne idée. Tu n'auras pas d'ennuis, et il peut t'aider.
