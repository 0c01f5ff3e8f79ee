## Lesson: Not for me? Tell a grown-up! (under 9)

u9-not-for-you = Not for me? Tell a grown-up!
    .summary = If you see something that is not for children, tell a grown-up. You are not in trouble.

u9-not-for-you-meet = Omar watches funny cat videos on Baba's phone. Then a new video starts all by itself.
    .alt = Omar sits on a rug and smiles at a cat video on his father's phone.

u9-not-for-you-what-now = The new video has scary pictures. It is not for children. What should Omar do?
    .alt = Omar looks at the phone in surprise. His father reads a book nearby.
u9-not-for-you-what-now-keep = Keep watching to see the end.
    .feedback = Scary pictures can stay in your head for a long time. It's better to stop.
u9-not-for-you-what-now-tell = Stop, and tell Baba straight away.
    .feedback = Yes! Baba can switch it off and help Omar feel better.
u9-not-for-you-what-now-hide = Hide the phone and say nothing.
    .feedback = Keeping it inside can feel heavy. Baba won't be cross. He wants to help.

u9-not-for-you-tip = { -mascot } says: if something is not for you, tell a grown-up. You are not in trouble. It is not your fault.

u9-not-for-you-hands = Something strange pops up on the screen. What can your hands do first?
u9-not-for-you-hands-down = Turn the phone face down.
    .feedback = Yes! Now you can't see it. Next, go and tell a grown-up.
u9-not-for-you-hands-show = Show it to my little brother, to see what he thinks.
    .feedback = It's not for him either. Show it only to a grown-up you trust.

u9-not-for-you-secret = At Eid, cousin Karim whispers: "Come and see a scary video. Don't tell anyone!" What should Omar do?
u9-not-for-you-secret-look = Watch it, and keep the secret.
    .feedback = A secret that feels bad is not a good secret. Omar can always tell a grown-up.
u9-not-for-you-secret-say-no = Say "No, thanks!" and tell Grandpa.
    .feedback = Great! Saying no is brave. Grandpa can help Karim too.

u9-not-for-you-bedtime = At bedtime, Omar still thinks about the video. What can he do?
u9-not-for-you-bedtime-alone = Keep it to himself and try to forget.
    .feedback = Worries grow when we keep them alone. Talking about them makes them smaller.
u9-not-for-you-bedtime-talk = Tell Mama how he feels. A hug helps!
    .feedback = Yes! Talking with Mama helps the worry go away. Mama likes to listen.

u9-not-for-you-recap = Some things online are not for children. If you see one, look away and tell a grown-up. You are not in trouble. Talking always helps.

## Quiz

u9-not-for-you-quiz-what-to-do = Which picture shows what to do?
u9-not-for-you-quiz-what-to-do-tell = A girl shows the phone to her mother.
    .feedback = Yes! Telling a grown-up is always the right thing to do.
u9-not-for-you-quiz-what-to-do-hide = A boy hides the phone under a cushion and says nothing.
    .feedback = Hiding keeps the worry inside. A grown-up can help, and you are not in trouble.

u9-not-for-you-quiz-in-trouble = If you tell a grown-up what you saw, you will be in trouble.
u9-not-for-you-quiz-in-trouble-true =
    .feedback = No, you will not be in trouble. Grown-ups are glad when you tell them.
u9-not-for-you-quiz-in-trouble-false =
    .feedback = That's right. You did nothing wrong. Telling is brave and smart.

u9-not-for-you-quiz-secret = A friend says: "Watch this video, but don't tell anyone." What do you do?
    .hint = Is a secret that feels bad a good secret?
u9-not-for-you-quiz-secret-watch-secret = Watch it and keep the secret. I promised my friend.
    .feedback = A secret that feels bad is not a good secret, even if you promised. You can always tell a grown-up.
u9-not-for-you-quiz-secret-no-tell = Say "No", and tell a grown-up.
    .feedback = Yes! Bad secrets are for sharing with a grown-up you trust.
u9-not-for-you-quiz-secret-watch-quick = Watch just a little, then close it fast.
    .feedback = Even a little bit can stay in your head. It's better to say no and tell a grown-up.

u9-not-for-you-quiz-who-tell = Who can you tell, so they can help you? Choose all the right ones.
u9-not-for-you-quiz-who-tell-parents = Mama or Baba
    .feedback = Yes! Your parents want to help you.
u9-not-for-you-quiz-who-tell-stranger = A friendly player in a game chat
    .feedback = You don't know who they are, even if they seem nice. Tell a grown-up you know and trust.
u9-not-for-you-quiz-who-tell-teacher = Your teacher
    .feedback = Yes! Teachers help children every day.
u9-not-for-you-quiz-who-tell-little-brother = My little brother
    .feedback = He is little like you, and he might get scared too. Choose a grown-up you trust.
u9-not-for-you-quiz-who-tell-grandparents = Grandma or Grandpa
    .feedback = Yes! Grandparents are grown-ups you can trust.
