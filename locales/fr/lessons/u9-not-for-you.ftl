## Leçon : Pas pour moi ? Je le dis à un adulte ! (moins de 9 ans)

u9-not-for-you = Pas pour moi ? Je le dis à un adulte !
    .summary = Si tu vois quelque chose qui n'est pas pour les enfants, dis-le à un adulte. Tu n'as rien fait de mal.

u9-not-for-you-meet = Omar regarde des vidéos de chats rigolos sur le téléphone de Papa. Puis une nouvelle vidéo démarre toute seule.
    .alt = Omar est assis sur un tapis. Il sourit à une vidéo de chat sur le téléphone de son papa.

u9-not-for-you-what-now = La nouvelle vidéo montre des images qui font peur. Elle n'est pas pour les enfants. Que doit faire Omar ?
    .alt = Omar regarde le téléphone, surpris. Son papa lit un livre juste à côté.
u9-not-for-you-what-now-keep = Continuer pour voir la fin.
    .feedback = Les images qui font peur peuvent rester longtemps dans la tête. Mieux vaut s'arrêter.
u9-not-for-you-what-now-tell = S'arrêter et le dire tout de suite à Papa.
    .feedback = Oui ! Papa peut éteindre la vidéo et aider Omar à se sentir mieux.
u9-not-for-you-what-now-hide = Cacher le téléphone et ne rien dire.
    .feedback = Garder ça pour soi, c'est lourd. Papa ne sera pas fâché : il veut aider.

u9-not-for-you-tip = { -mascot } dit : ce n'est pas pour toi ? Parles-en à un adulte. Tu n'as pas d'ennuis. Ce n'est pas ta faute.

u9-not-for-you-hands = Quelque chose de bizarre apparaît sur l'écran. Que font tes mains d'abord ?
u9-not-for-you-hands-down = Je retourne le téléphone, écran vers le bas.
    .feedback = Oui ! Maintenant, tu ne le vois plus. Ensuite, va le dire à un adulte.
u9-not-for-you-hands-show = Je le montre à mon petit frère pour voir ce qu'il en pense.
    .feedback = Ce n'est pas pour lui non plus. Montre-le seulement à un adulte de confiance.

u9-not-for-you-secret = À l'Aïd, son cousin Karim chuchote : « Viens voir une vidéo qui fait peur. Ne le dis à personne ! » Que doit faire Omar ?
u9-not-for-you-secret-look = La regarder et garder le secret.
    .feedback = Un secret qui met mal à l'aise n'est pas un bon secret. Omar peut toujours en parler à un adulte.
u9-not-for-you-secret-say-no = Dire « Non merci ! » et en parler à Papi.
    .feedback = Super ! Dire non, c'est courageux. Papi peut aider Karim aussi.

u9-not-for-you-bedtime = Au moment de dormir, Omar pense encore à la vidéo. Que peut-il faire ?
u9-not-for-you-bedtime-alone = Garder ça pour lui et essayer d'oublier.
    .feedback = Un souci grandit quand on le garde tout seul. Quand on en parle, il devient plus petit.
u9-not-for-you-bedtime-talk = Dire à Maman ce qu'il ressent. Un câlin, ça aide !
    .feedback = Oui ! Parler avec Maman fait partir le souci. Maman aime l'écouter.

u9-not-for-you-recap = Certaines choses en ligne ne sont pas pour les enfants. Si tu en vois une, détourne les yeux et dis-le à un adulte. Tu n'as pas d'ennuis. Parler, ça aide toujours.

## Quiz

u9-not-for-you-quiz-what-to-do = Quelle image montre ce qu'il faut faire ?
u9-not-for-you-quiz-what-to-do-tell = Une fille montre le téléphone à sa maman.
    .feedback = Oui ! En parler à un adulte, c'est toujours la bonne chose à faire.
u9-not-for-you-quiz-what-to-do-hide = Un garçon cache le téléphone sous un coussin et ne dit rien.
    .feedback = Cacher, c'est garder le souci pour soi. Un adulte peut aider, et tu n'auras pas d'ennuis.

u9-not-for-you-quiz-in-trouble = Tu auras des ennuis si tu dis à un adulte ce que tu as vu.
u9-not-for-you-quiz-in-trouble-true =
    .feedback = Non, tu n'auras pas d'ennuis. Les adultes sont contents que tu leur en parles.
u9-not-for-you-quiz-in-trouble-false =
    .feedback = C'est ça. Tu n'as rien fait de mal. En parler, c'est courageux et malin.

u9-not-for-you-quiz-secret = Un ami te dit : « Regarde cette vidéo, mais ne le dis à personne. » Que fais-tu ?
    .hint = Un secret qui te met mal à l'aise, est-ce un bon secret ?
u9-not-for-you-quiz-secret-watch-secret = Je la regarde et je garde le secret : je l'ai promis.
    .feedback = Un secret qui met mal à l'aise n'est pas un bon secret, même promis. Tu peux toujours en parler à un adulte.
u9-not-for-you-quiz-secret-no-tell = Je dis « Non », et j'en parle à un adulte.
    .feedback = Oui ! Les mauvais secrets, on les confie à un adulte de confiance.
u9-not-for-you-quiz-secret-watch-quick = Je regarde juste un peu, puis je ferme vite.
    .feedback = Même un petit bout peut rester dans ta tête. Mieux vaut dire non et en parler à un adulte.

u9-not-for-you-quiz-who-tell = À qui peux-tu en parler pour qu'on t'aide ? Choisis toutes les bonnes réponses.
u9-not-for-you-quiz-who-tell-parents = Maman ou Papa
    .feedback = Oui ! Tes parents veulent t'aider.
u9-not-for-you-quiz-who-tell-stranger = Un joueur sympa dans le chat d'un jeu
    .feedback = Tu ne sais pas qui c'est, même s'il a l'air gentil. Parles-en à un adulte que tu connais bien.
u9-not-for-you-quiz-who-tell-teacher = Ta maîtresse ou ton maître
    .feedback = Oui ! Les enseignants aident les enfants tous les jours.
u9-not-for-you-quiz-who-tell-little-brother = Mon petit frère
    .feedback = Il est petit comme toi, et il pourrait avoir peur lui aussi. Choisis un adulte de confiance.
u9-not-for-you-quiz-who-tell-grandparents = Mamie ou Papi
    .feedback = Oui ! Tes grands-parents sont des adultes de confiance.
