## Lesson: When a group online wants to recruit you (ages 13-18)

net-recruiters = When a group online wants to recruit you
    .summary = Some groups use the internet to pull teenagers towards hatred and violence: learn their method, and how to step away.

net-recruiters-new-city = Yassine is 16. His family has just moved from Agadir to Casablanca, and he misses his old friends. After a hard week, he posts an angry comment under a video about injustice in the world. A stranger, "Samir_77", replies: "Finally someone who thinks! You see what the others don't." Over the next days, Samir likes everything Yassine posts and asks how he's feeling.
    .alt = Yassine sits alone on his bed at night, his face lit by his phone; the screen shows hearts and a chat bubble.

net-recruiters-the-group = Samir adds Yassine to a small group: "Here we're brothers. You're one of us now." The group shares videos with dramatic music, and the story is always the same: people like them suffer, and it's the fault of "the others", a whole group of people who are different from them. Families, teachers and neighbours are "asleep"; only the group sees the truth. For the first time in months, Yassine feels important.
    .alt = A phone shows a group chat: on one side a circle of small faces that all look alike, on the other a single face, with a thick line between them.

net-recruiters-the-pattern = Extremist recruiters, whatever their cause, use the same method as other groomers. First, flattery: you're special, smarter than the people around you. Then a place to belong: a group that welcomes you like a family. Then an "us against them" story that blames a whole group of people for everything. Then secrecy: don't tell your family, they wouldn't understand. Then a move to private or encrypted chats, where nobody else can see or report what is said. And finally, pressure to prove yourself by doing something. The method itself is the warning sign, even if you agree with part of what they say.

net-recruiters-move-chat = Samir writes: "Download this encrypted app, we'll talk there. Delete our messages here, and don't tell anyone, not even your parents." What should Yassine do?
net-recruiters-move-chat-tell-uncle = Stay where he is, and show the messages to his uncle Hicham, whom he trusts.
    .feedback = A good choice. Secrecy and a move to a hidden chat are two warning signs at once. His uncle can help him step back, keep the messages and report the account, and Yassine won't be in trouble for it.
net-recruiters-move-chat-download = Download it: it's just an app, nobody will know, and he can always leave if things get strange.
    .feedback = Leaving gets harder once you're in a hidden chat: there, nobody can see what is said or help you report it. The request itself is a warning sign.
net-recruiters-move-chat-argue = Stay in the group and argue with them, to show them they're wrong.
    .feedback = Recruiters are used to answering doubts and keeping people talking. Arguing alone keeps Yassine in their world. It's better to step back and talk to an adult.

net-recruiters-the-test = A few weeks later, the group asks Yassine to prove he's "one of them": post their videos in his class group, insult "the others" in comments, and get ready to meet "brothers" from the group in person. "If you refuse, you're a coward like all the rest." At school, his friend Salma notices that Yassine no longer sits with anyone and keeps repeating strange phrases.
    .alt = Yassine stares at his phone, worried; the screen shows warning signs and an arrow pointing to a door. Nearby, Salma watches him from her desk.

net-recruiters-friend = Salma is worried about Yassine. What should she do?
net-recruiters-friend-leave-him = Leave him alone: it's his business, and he'll get back to normal on his own.
    .feedback = People who are being drawn in usually become more isolated, not less. A friend who stays close can make a big difference.
net-recruiters-friend-join-to-watch = Ask him to add her to the group, so she can see for herself what is going on in it.
    .feedback = Joining would expose her to the same pressure and the same content. She can help him without going in.
net-recruiters-friend-talk-and-tell = Tell him calmly that she misses him and is worried, and talk to an adult she trusts.
    .feedback = Well done. She doesn't lecture him or make fun of him, she keeps the door open, and an adult, such as a parent or the school counsellor, can help them both.

net-recruiters-what-to-do = If someone online pulls you towards hatred or violence: don't move to private or encrypted chats with them, and don't keep their secrets. Talk to an adult you trust: a parent, an uncle or aunt, a teacher or the school counsellor. You won't be in trouble, even if you have already joined a group or shared something. Report the account or the group to the platform, and block it. Don't share their videos, not even to mock them: that spreads them further. And if someone is planning to hurt people, tell an adult straight away, so they can alert the police.

net-recruiters-recap = Extremist recruiters follow the grooming pattern: flattery, a place to belong, an "us against them" story, secrecy, a move to private chats, then pressure to act. Don't follow them into hidden chats, don't keep their secrets, and don't share their content. Talk to an adult you trust and report the account. It's never too late to step back.

## Quiz

net-recruiters-quiz-signs = Which of these are warning signs that someone online is trying to recruit you into an extremist group? Choose all that apply.
net-recruiters-quiz-signs-flattery = They keep telling you that you're smarter and braver than everyone around you
    .feedback = Yes. Flattery comes first: it makes you trust them and feel that only they understand you.
net-recruiters-quiz-signs-disagrees = Someone disagrees with your opinion in the comments and explains why
    .feedback = Disagreeing and giving reasons is a normal part of talking online. On its own, it isn't a sign of recruitment.
net-recruiters-quiz-signs-secret = They ask you to hide your chats with them from your family
    .feedback = Yes. Secrecy cuts you off from the people who could protect you.
net-recruiters-quiz-signs-cause = A classmate invites you to a charity collection that your school is organising
    .feedback = Helping a known charity, openly and with your school, isn't recruitment: nobody asks you to hide it or to hate anyone.
net-recruiters-quiz-signs-enemy = They say a whole group of people is to blame for everything and is your enemy
    .feedback = Yes. "Us against them" stories turn people into enemies and prepare the ground for violence.

net-recruiters-quiz-encrypted = If a new online friend asks you to move to an encrypted app, it shows they respect your privacy.
net-recruiters-quiz-encrypted-true =
    .feedback = It doesn't. Being pushed to a hidden chat, especially with secrecy, protects the other person, not you: there, nobody can see or report what is said.
net-recruiters-quiz-encrypted-false =
    .feedback = Right. Encryption is useful in itself; what should worry you is the pressure to go somewhere hidden, which is one of the warning signs.

net-recruiters-quiz-why-lonely = Why do recruiters often target young people who feel lonely, angry or left out?
net-recruiters-quiz-why-lonely-keep-secrets = Because young people who feel lonely are better at keeping secrets than others
    .feedback = Loneliness doesn't make anyone better at keeping secrets. Recruiters target lonely people because they can offer them a group to belong to.
net-recruiters-quiz-why-lonely-belonging = Because they can offer them a place to belong and to feel important
    .feedback = Yes. Feeling welcome and valued is a real need, and recruiters use it to make their ideas easier to accept.
net-recruiters-quiz-why-lonely-only-agree = They don't: they only talk to people who already share all of their ideas
    .feedback = Recruiters look for new people, often people who have never thought about their cause. The ideas come later, step by step.

net-recruiters-quiz-already-shared = You can still talk to a trusted adult about an online group, even if you have already shared some of its videos.
net-recruiters-quiz-already-shared-true =
    .feedback = Yes. You won't be in trouble for asking for help, and the sooner you talk, the easier it is to step away.
net-recruiters-quiz-already-shared-false =
    .feedback = You always can. Recruiters want you to believe it's too late, so that you stay. A trusted adult can help you step back, whatever you have shared.

net-recruiters-quiz-friend-changes = Your friend has started repeating phrases from an online group, calls everyone who disagrees "traitors" and has stopped seeing his old friends. What's the best thing to do?
net-recruiters-quiz-friend-changes-argue-in-group = Join the group's chat and argue with its members to prove them wrong
    .feedback = Arguing with recruiters in their own space rarely works, and it exposes you to their pressure too. Stay with your friend outside it.
net-recruiters-quiz-friend-changes-stop-talking = Stop talking to him until he changes: he made his choice, so it's his problem now
    .feedback = Cutting him off is exactly what recruiters want: then the group is all he has left. Staying close helps him come back.
net-recruiters-quiz-friend-changes-stay-and-tell = Stay his friend, tell him you're worried, and talk to a trusted adult
    .feedback = Yes. Your friendship keeps a door open, and an adult can get him the right help.

net-recruiters-quiz-violent-post = You see a post in a public channel that praises violence against a group of people. What helps? Choose all that apply.
net-recruiters-quiz-violent-post-report = Report the post to the platform
    .feedback = Yes. Most platforms forbid content that praises violence, and reports help them find it and remove it.
net-recruiters-quiz-violent-post-share-mocking = Share it with a mocking comment, so that everyone sees how awful it is
    .feedback = Even a mocking share spreads the post to more people, which is what its authors want. Report it instead.
net-recruiters-quiz-violent-post-tell-adult = Tell a trusted adult what you saw
    .feedback = Yes. Talking about it helps you, and an adult can decide whether it needs to go further, for example to the police.
net-recruiters-quiz-violent-post-insult-back = Reply to the person who posted it with insults
    .feedback = Insults feed the "us against them" story and can drag you into a fight. Report it and step away.
