## Lesson: No one should be treated unfairly online (ages 13-18)

net-fair = No one should be treated unfairly online
    .summary = Recognise discrimination and hate speech online, and learn how to stand with the people they target.

net-fair-new-classmate = Sami joined Hamza's class this year. His family had to leave their country and start again in a new city. Sami is great at football and explains physics really clearly, but he speaks with a different accent from the others.
    .alt = Hamza and Sami walk out of school together, smiling; Sami carries a football.

net-fair-the-meme = One evening, a classmate posts a voice message in the class group imitating Sami's accent, with a meme about "where he comes from". Laughing faces pile up underneath. Sami has seen it, and he has left the group.
    .alt = A phone screen full of laughing faces; next to it, Sami looks sadly at his own phone, alone.

net-fair-hamza-choice = Hamza feels uncomfortable. What should he do?
net-fair-hamza-choice-laugh = Add a laughing face too. It's only a joke.
    .feedback = Each laughing face tells the author that the group approves. For Sami it isn't a joke: it mocks who he is.
net-fair-hamza-choice-support = Message Sami privately to check on him, and tell their class teacher.
    .feedback = Well done. Sami knows he isn't alone, and an adult can step in so it doesn't happen again.
net-fair-hamza-choice-speak = Write calmly in the group: "Not funny. Mocking where someone comes from isn't okay."
    .feedback = Brave and helpful. When one person speaks up calmly, it can give others the courage to do the same. Then he checks on Sami too.
net-fair-hamza-choice-forward = Forward it to another group to show how bad it is.
    .feedback = Even with good intentions, forwarding spreads the mockery to more people. Reporting it is better.

net-fair-what-is-unfair = No child should be treated unfairly online, for any reason. Discrimination means treating someone worse because of who they are: their nationality or origin, religion, language or accent, skin colour, whether they're a boy or a girl, a disability, or being a refugee or a migrant. Hate speech attacks people for these same reasons, in words, memes or voice messages. The Convention on the Rights of the Child says its rights belong to every child, without discrimination of any kind.

net-fair-voice-chat = Your team in an online game is picking players for a tournament. Someone says: "Not Rania. She's hard of hearing, she can't use voice chat." What do you say?
    .alt = Four game characters stand in a row; one wears a hearing aid and has a text chat bubble next to her.
net-fair-voice-chat-agree = Agree, so we win more easily.
    .feedback = Leaving someone out because of a disability is unfair, and the team loses a good player.
net-fair-voice-chat-text-chat = Suggest using text chat and in-game signals so everyone can play.
    .feedback = Great idea. A small change lets everyone take part, and what counts is Rania's skill, not her hearing.
net-fair-voice-chat-silent = Say nothing. It's not my decision.
    .feedback = Silence lets an unfair decision go through. A short suggestion could change the team's mind.

net-fair-when-you-see-it = When you see hate or unfair treatment online: don't like, share or forward it. Use the app's report button. Support the person who is targeted, even with a short private message. And tell a trusted adult, such as a parent or a teacher, especially if it keeps happening or includes threats.

net-fair-recap = Every child has the same rights online, whatever their nationality, religion, language or disability, and whether or not they are a refugee or a migrant. Don't join in or spread hate, even as a joke. Report it, stand with the person targeted, and tell a trusted adult.

## Quiz

net-fair-quiz-which-unfair = Which of these are unfair treatment or hate online? Choose all that apply.
net-fair-quiz-which-unfair-team-skill = Choosing players for a tournament by how well they play, and telling the others kindly
    .feedback = No. Picking a team by skill, and saying so kindly, doesn't target anyone for who they are.
net-fair-quiz-which-unfair-joke-meme = A meme mocking people from another country, posted in a group "just as a joke"
    .feedback = Yes. Calling it a joke changes nothing: it mocks people for where they come from.
net-fair-quiz-which-unfair-disagree = Disagreeing firmly, without insults, with a classmate's opinion about a match
    .feedback = No. Disagreeing respectfully is normal: it argues with an idea, not with who someone is.
net-fair-quiz-which-unfair-exclude = Keeping a student out of the class group because his family are refugees
    .feedback = Yes. Shutting someone out for being a refugee is discrimination.

net-fair-quiz-forward = Forwarding a hateful post to show how bad it is helps to stop it.
net-fair-quiz-forward-true =
    .feedback = No, it doesn't. Forwarding puts the post in front of more people. Reporting it and telling an adult work better.
net-fair-quiz-forward-false =
    .feedback = Right. Sharing spreads it, even with good intentions. Report it instead.

net-fair-quiz-game-insults = In a game chat, a player keeps insulting another player's nationality. What's best?
    .hint = Which tools does the game give you?
net-fair-quiz-game-insults-ignore-all = Ignore it: it's only a game, and reacting would just give him the attention he wants.
    .feedback = Not giving him attention makes sense, but insults about where someone comes from hurt in a game too. Reporting takes a few seconds, and you don't have to reply to him.
net-fair-quiz-game-insults-insult-back = Insult his nationality back.
    .feedback = Answering hate with hate makes the chat worse, and you could be reported too.
net-fair-quiz-game-insults-report = Report him with the game's tools, and support the other player.
    .feedback = Yes. Reports help the game stop the abuse, and support reminds the target they aren't alone.

net-fair-quiz-any-reason = No child should be treated unfairly online, whatever their nationality, religion or disability.
net-fair-quiz-any-reason-true =
    .feedback = Yes. Every child has the same rights, without discrimination of any kind.
net-fair-quiz-any-reason-false =
    .feedback = In fact, it's true: the Convention on the Rights of the Child protects every child, without exception.

net-fair-quiz-classmate-tells = A classmate tells you that people keep posting hurtful comments about his disability. What do you do?
net-fair-quiz-classmate-tells-just-online = Tell him to ignore it: it's only online.
    .feedback = Words online can hurt as much as spoken ones, and ignoring them doesn't always make them stop. He deserves support, not silence.
net-fair-quiz-classmate-tells-listen-help = Listen, tell him it's not his fault, and help him tell a trusted adult and report the comments.
    .feedback = Yes. Support, an adult's help and reporting together give him the best chance of making it stop.
net-fair-quiz-classmate-tells-delete-accounts = Tell him to delete all his accounts, so he never reads another comment.
    .feedback = He hasn't done anything wrong. Stepping away may help for a while, but blocking, reporting and an adult's help deal with the problem itself.
