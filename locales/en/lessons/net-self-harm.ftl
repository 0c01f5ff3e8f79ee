## Lesson: When content hurts: self-harm, eating disorders and getting help now (ages 13-18)
## Safe messaging: no methods or means, no dramatic words, hope and recovery, always a way to get help.
## No phone numbers here: the app's Get help screen shows checked helplines for each country.

net-self-harm = When content hurts, and where to get help
    .summary = What to do when your feed fills with posts about self-harm, suicide or extreme dieting, when a friend seems to be in danger, and where to find help straight away.

net-self-harm-feed = Rania is 15 and lives in Beirut. After watching a few "what I eat in a day" videos, her feed changes: extreme diets, people comparing their bodies, and sad posts that make hurting yourself look like a normal way to cope. She scrolls late into the night, and every day she feels a little worse about herself.
    .alt = Rania lies on her bed looking sadly at her phone, where a feed of videos keeps scrolling.

net-self-harm-feed-choice = What could Rania do?
net-self-harm-feed-choice-keep-watching = Keep watching: maybe these videos will help her understand how she feels.
    .feedback = These posts can make hard feelings heavier, and the more she watches, the more the app shows her. Talking to a real person helps far more.
net-self-harm-feed-choice-try-diet = Try the diet challenge the girls in her class are doing, to feel better about her body.
    .feedback = Extreme diets can harm her body and her mood, and a "challenge" makes it harder to stop. Her worth doesn't depend on her weight; a trusted adult can help her talk about how she feels.
net-self-harm-feed-choice-reset-talk = Tap "not interested", mute or report those posts, and talk to someone she trusts.
    .feedback = Good choice. The app learns to show her less of it, and talking lets her share what she feels. If eating becomes hard or the low mood lasts, an adult can help her find care.

net-self-harm-your-feed = Apps show you more of what you linger on, even when it makes you feel bad. You can take back control: tap "not interested", mute or unfollow accounts, report posts that promote self-harm, suicide or eating disorders, and take breaks. Don't share those posts, not even to warn others. And if something you saw stays on your mind, talk about it with someone you trust.

net-self-harm-friend = Late one night, Yassine, 16, from Algiers, sees a post by his friend Anis: "I'm so tired of everything. Everyone would be better off without me." A minute later, Anis writes to him privately: "Forget it. Please don't tell anyone."
    .alt = Yassine sits up in bed at night, worried, reading a message from his friend on his phone.

net-self-harm-friend-choice = What should Yassine do?
net-self-harm-friend-choice-wait-morning = Wait until the morning: it's late, and Anis is probably just having a bad day.
    .feedback = Words like these should always be taken seriously, even if it turns out to be a bad day. Acting now is better than waiting.
net-self-harm-friend-choice-reach-tell = Reply kindly, ask how he is, and tell an adult now, even though Anis asked him not to.
    .feedback = Yes. A kind message shows Anis that he matters, and an adult can make sure he gets help tonight. If Anis may be in danger right now, the adult calls emergency services. Telling is not betraying: it protects him.
net-self-harm-friend-choice-promise-secret = Promise to keep it secret, and try to cheer Anis up on his own.
    .feedback = Being there for Anis matters, but this is too heavy for two friends to carry alone. This is a secret that has to be shared with an adult.

net-self-harm-getting-better = Yassine woke his mother, who called Anis's family straight away. In the weeks that followed, Anis began to talk regularly with the school counsellor, and his parents found him professional help. Some days are still hard, but one afternoon he tells Yassine: "Talking helped me. I'm glad you told someone."
    .alt = Anis and Yassine walk side by side across a sunny schoolyard; Anis is smiling a little.

net-self-harm-help-now = If you are going through a hard time yourself, you deserve help, and you can ask for it now. Tell a trusted adult: a parent, an aunt or uncle, a teacher, the school counsellor. If the first person doesn't listen, tell another. The "Get help" screen in this app shows a free helpline for your country when we have a checked one; if not, it reminds you who you can turn to. If you or someone else is in danger right now, call your country's emergency services. Feelings can change, and many people who felt this way feel better with support.

net-self-harm-recap = You can reset your feed: "not interested", mute, report, take breaks. Don't share posts about self-harm, suicide or extreme dieting. If a friend says something worrying, take it seriously, be kind and tell an adult straight away, even if they asked you not to. If you are struggling, talk to a trusted adult or open "Get help". In danger right now: emergency services. Things can get better.

## Quiz

net-self-harm-quiz-friend-post = A friend posts something that makes you worry about their safety. Which of these are right? Choose all that apply.
net-self-harm-quiz-friend-post-wait-see = Wait a few days to see whether they post anything else
    .feedback = Worrying words deserve an answer now. Waiting leaves your friend alone with them.
net-self-harm-quiz-friend-post-message-privately = Send them a kind private message to ask how they are
    .feedback = Yes. A kind word shows them they matter and that someone noticed.
net-self-harm-quiz-friend-post-share-post = Share their post so that more people can reach out to them
    .feedback = That exposes your friend to strangers' comments. Reach out privately, and tell an adult.
net-self-harm-quiz-friend-post-keep-between = Keep it between the two of you, so they go on trusting you
    .feedback = Their trust matters, but their safety matters more. Telling an adult is how you protect them.
net-self-harm-quiz-friend-post-tell-adult = Tell a trusted adult straight away
    .feedback = Yes, even if your friend asked you not to. An adult can make sure they get help.

net-self-harm-quiz-keep-secret = If a friend tells you they are thinking about suicide and asks you to keep it secret, keeping the secret is the loyal thing to do.
net-self-harm-quiz-keep-secret-true =
    .feedback = It isn't. Being loyal means making sure your friend gets help: tell a trusted adult straight away, and if they are in danger right now, call emergency services.
net-self-harm-quiz-keep-secret-false =
    .feedback = Right. This is a secret you must share: telling an adult protects your friend. It is not a betrayal.

net-self-harm-quiz-find-helpline = Where can you find a helpline number you can trust in this app?
net-self-harm-quiz-find-helpline-viral-comments = In the comments under a popular video about mental health, where people post numbers
    .feedback = Numbers in comments can be wrong, old or even fake. Use the "Get help" screen, whose helplines have been checked.
net-self-harm-quiz-find-helpline-get-help = On the "Get help" screen, which only shows helplines that have been checked
    .feedback = Yes. And if there is no checked helpline for your country yet, it reminds you to talk to a trusted adult.
net-self-harm-quiz-find-helpline-forwarded-list = In a forwarded message listing helpline numbers for every Arab country
    .feedback = Forwarded lists are often out of date or wrong. The "Get help" screen only shows numbers that have been checked.

net-self-harm-quiz-can-change = Even when it feels as if nothing will ever change, people who feel very low can feel better with support.
net-self-harm-quiz-can-change-true =
    .feedback = Yes. Feelings can change, and help works. Talking to a trusted adult is a good first step.
net-self-harm-quiz-can-change-false =
    .feedback = It can feel that way, but feelings change and help works: many people who felt like this feel better with support. Talk to someone you trust.

net-self-harm-quiz-why-feed = Why does your feed keep showing you more and more posts about extreme dieting?
net-self-harm-quiz-why-feed-everyone-watches = Because it's what nearly everyone your age is watching at the moment
    .feedback = Your feed is made for you: it follows what you watch, not what everyone else watches.
net-self-harm-quiz-why-feed-friends-liked = Because your friends liked those posts, so the app thinks you need to see them too
    .feedback = Friends can play a part, but your feed mostly follows what you yourself watch and linger on.
net-self-harm-quiz-why-feed-linger = Because apps show more of what you linger on, even if it makes you feel bad
    .feedback = Yes. And you can change it: "not interested", mute, report and take breaks.

net-self-harm-quiz-turn-to = If you feel overwhelmed, who can you turn to right now? Choose all that apply.
net-self-harm-quiz-turn-to-trusted-adult = A trusted adult at home or at school
    .feedback = Yes. A parent, a relative, a teacher or the school counsellor can listen and help.
net-self-harm-quiz-turn-to-ai-chatbot = An AI chatbot, because it is always there and never judges you
    .feedback = A chatbot cannot keep you safe and can get things wrong. Turn to a person: a trusted adult or a helpline.
net-self-harm-quiz-turn-to-get-help-screen = The "Get help" screen of this app
    .feedback = Yes. It shows a checked helpline for your country if we have one, and reminds you who can help.
net-self-harm-quiz-turn-to-strangers = Strangers in a comment section who say they feel the same way
    .feedback = They may mean well, but they cannot keep you safe, and some posts make things worse. Turn to a trusted adult or a helpline.
net-self-harm-quiz-turn-to-emergency = Your country's emergency services, if you are in danger right now
    .feedback = Yes. If you or someone else is in danger right now, call them straight away.
