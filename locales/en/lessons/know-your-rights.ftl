## Lesson: Know your rights (ages 9-12)

know-your-rights = Know your rights
    .summary = Every child has rights the world has promised to respect, and they come online with you.

know-your-rights-meet = Layla is eleven. On the weekend she and her little brother Yousef visit their grandmother. They switch on the tablet and { -mascot } pops up: "Did you two know you have rights, even on the internet?"
    .alt = Layla and Yousef sit on a rug at their grandmother's house. On the tablet screen, a hoopoe waves its wing.

know-your-rights-promise = In 1989, the countries of the world agreed on the Convention on the Rights of the Child at the United Nations. It is a list of promises to every child under 18, whatever their country, language or religion. The UN Committee on the Rights of the Child says these rights stay with you online too.
    .alt = Children in different clothes stand around a big globe and wave happily.

know-your-rights-five-rights = Five rights come online with you: the right to useful information, the right to play and have fun, the right to privacy, the right to be protected from harm, and the right to be heard. Every other child has the same rights, so respect theirs the way you want yours respected.

know-your-rights-photo = At Eid, Layla's cousin Omar posts a photo of her asleep on the sofa, and the family group fills up with laughing faces. Layla is upset. What should she do?
know-your-rights-photo-post-back = Post an embarrassing photo of Omar to get back at him.
    .feedback = Getting even means two upset people instead of one. Omar has a right to privacy too.
know-your-rights-photo-ask-kindly = Kindly ask Omar to delete it, and tell her mum if he doesn't.
    .feedback = Well done! The photo is part of Layla's privacy, and she has the right to say what she thinks about it. If Omar won't listen, an adult can help.
know-your-rights-photo-stay-quiet = Say nothing and stay sad.
    .feedback = Layla's feelings matter, and she has the right to be heard. Speaking up kindly, or asking an adult for help, is better than being sad alone.

know-your-rights-family-rules = That evening, Dad says: "Let's make some tablet rules together." Layla suggests games after homework. Yousef suggests no phones at the dinner table, not even Dad's! Everyone laughs. Their parents listen to every idea, then the family agrees on the rules. That is your right to be heard: you give your opinion, and your parents help you choose what is best for you.
    .alt = A family around a table: Mum and Dad are listening, Layla raises her hand to speak, and Yousef smiles.

know-your-rights-scary-video = Yousef is watching cartoons on the tablet when a scary scene suddenly appears. It's not right for his age. What should he do?
know-your-rights-scary-video-keep-watching = Keep watching so nobody says he's scared.
    .feedback = He doesn't have to watch something that frightens him. Every child has the right to be protected from things that hurt or upset them.
know-your-rights-scary-video-close-and-tell = Close the video and tell his grandmother.
    .feedback = Well done! Closing it protects him, and his grandmother can help him find things that suit his age. He won't be in trouble for telling her.
know-your-rights-scary-video-hide-tablet = Hide the tablet and tell nobody.
    .feedback = The scene might stay in his head and worry him. Talking to a trusted adult makes the fear smaller.

know-your-rights-recap = The Convention on the Rights of the Child is a promise to every child under 18, and it comes online with you: your right to information, to play, to privacy, to protection and to be heard. Respect other people's rights too. If you feel one of your rights is not being respected, tell a trusted adult.

## Quiz

know-your-rights-quiz-which-rights = Which of these are rights that the Convention on the Rights of the Child promises every child? Choose all that apply.
know-your-rights-quiz-which-rights-play = The right to play and have fun
    .feedback = Yes. Play is every child's right, online and offline.
know-your-rights-quiz-which-rights-be-heard = The right to say what you think about things that affect you
    .feedback = Yes. Your opinion matters on things that affect you, and you have the right to say it and be listened to.
know-your-rights-quiz-which-rights-newest-phone = The right to own the newest phone, like other children in your class
    .feedback = The Convention doesn't promise gadgets. It promises what every child needs to be safe, to learn and to grow.
know-your-rights-quiz-which-rights-any-video = The right to watch any video or play any game online, whatever your age
    .feedback = You have the right to useful information, and also the right to be protected from harm. Age limits are there to protect you, so they are not against your rights.
know-your-rights-quiz-which-rights-post-others = The right to post photos of other people whenever you like
    .feedback = Other people have the right to privacy too. Ask before you post a photo of someone, the way you'd want them to ask you.

know-your-rights-quiz-online-too = Your rights stop when you go on the internet.
    .hint = Remember what { -mascot } told Layla and Yousef.
know-your-rights-quiz-online-too-true =
    .feedback = That's not true. Your rights go everywhere with you, online and offline.
know-your-rights-quiz-online-too-false =
    .feedback = Right! Your rights don't wait at the door of the internet. They come in with you.

know-your-rights-quiz-whose-rights = Who are these rights for?
know-your-rights-quiz-whose-rights-good-marks = Only children who behave well and get good marks
    .feedback = Rights are not a prize for good marks or good behaviour. Every child has them.
know-your-rights-quiz-whose-rights-every-child = Every child under 18, whatever their country, language or religion
    .feedback = Yes! The Convention is a promise to every child under 18.
know-your-rights-quiz-whose-rights-phone-owners = Only children old enough to have their own phone
    .feedback = Rights belong to children, not to gadgets. Every child has the same rights, phone or no phone.

know-your-rights-quiz-photo-right = A friend posts your photo without asking you. Which of your rights is this most about?
    .hint = Think: who decides who gets to see your photo?
know-your-rights-quiz-photo-right-play = The right to play
    .feedback = Play is an important right, but this photo is about something else: who sees what belongs to you.
know-your-rights-quiz-photo-right-information = The right to information, because a photo tells people about you
    .feedback = A photo does say things about you, but the right to information is about getting useful information. Who sees your photo is about your privacy.
know-your-rights-quiz-photo-right-privacy = The right to privacy
    .feedback = Correct. Your photo is yours, and you have the right to be asked before it is posted.

know-your-rights-quiz-upsetting = You see something online that upsets or scares you. What do you do?
know-your-rights-quiz-upsetting-tell-adult = Close it and tell a trusted adult.
    .feedback = Yes! You have the right to be protected, and a trusted adult can help. You won't be in trouble.
know-your-rights-quiz-upsetting-keep-watching = Keep watching to the end, so nobody can say I was scared.
    .feedback = Real bravery is closing it and asking for help. You never have to look at something that hurts you.
know-your-rights-quiz-upsetting-send-friends = Send it to my friends to ask if it scared them too.
    .feedback = Then your friends get upset too. It's better to close it and tell a trusted adult.
know-your-rights-quiz-upsetting-hide-it = Close it and tell nobody, or I might lose the tablet.
    .feedback = Closing it is a good start, but you don't have to carry the worry alone. Telling a trusted adult helps, and you won't be in trouble for it.

know-your-rights-quiz-same-rights = Other children online have the same rights as me.
know-your-rights-quiz-same-rights-true =
    .feedback = Correct. That's why we respect their privacy and their opinions, just as we want them to respect ours.
know-your-rights-quiz-same-rights-false =
    .feedback = That's not true: every child has the same rights. Respecting other people's rights helps protect everyone's.
