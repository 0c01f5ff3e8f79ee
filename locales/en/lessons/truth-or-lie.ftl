## Lesson: Truth or lie? (ages 9-12)

truth-or-lie = Truth or lie?
    .summary = Learn to check a message before you believe it or pass it on.

truth-or-lie-voice-note = Omar is ten. Sometimes he reads the family group on his dad's phone. One evening, Auntie Souad forwards a voice note she got from someone else. A frightened voice says: "A dangerous new game is hurting children! Send this to everyone you love, right now!" Grandma gets worried and writes: "Is this true? I'm scared for the children."
    .alt = Omar holds his dad's phone and looks worried. On the screen, a voice note has arrived in the family group.

truth-or-lie-what-now = What would you do if you were Omar?
truth-or-lie-what-now-forward-class = Send it straight to my class group to warn my friends.
    .feedback = You mean well, but the message might not be true. Then you'd be spreading fear among your friends instead of protecting them.
truth-or-lie-what-now-check-first = Don't send it, and ask Dad to check it with me.
    .feedback = Well done! Stopping before you forward keeps fear from spreading, and checking with an adult finds out the truth.
truth-or-lie-what-now-worry-alone = Put the phone down and stay scared on my own.
    .feedback = You don't have to carry the worry alone. If a message scares you, talk to a trusted adult. They can help you find out what's true.

truth-or-lie-checking = Omar sits down with his dad and they think it through. The voice note doesn't say who recorded it, or when or where anything happened. They look on the Ministry of Education's official website and on well-known news sites, and find nothing about this game. Dad writes kindly in the group: "We couldn't find this in any trustworthy source. Let's check before we forward." Auntie Souad thanks him, and Grandma feels better.
    .alt = Omar and his dad look at a computer together. A big magnifying glass is on the screen.

truth-or-lie-stop-think-check = Before you believe or forward a message, stop and ask: Who wrote or recorded it? How do they know? Do trustworthy sources say the same thing, like your teacher, an official website or well-known news? Is it trying to scare you or rush you? Some false messages use the name of a famous organisation to look real. If you're not sure, don't forward it, and ask a trusted adult.

truth-or-lie-homework = Layla is looking up falcons for her science homework. Which source should she use?
truth-or-lie-homework-top-video = The first video that comes up, because it has loads of views.
    .feedback = Lots of views doesn't mean the facts are right. A video can be fun to watch and still be wrong.
truth-or-lie-homework-compare = Her science book and a well-known encyclopedia, then compare them.
    .feedback = Smart choice! She knows who wrote them, and when two trustworthy sources agree, the fact is probably right.
truth-or-lie-homework-stranger-comment = A comment under a video by someone she doesn't know.
    .feedback = She doesn't know who wrote it or how they know. Better to ask her teacher for trustworthy sources.

truth-or-lie-recap = Not everything that reaches you is true, even when someone you love sends it. Messages that scare you and tell you to forward them fast need checking. Stop, ask who made it, compare it with trustworthy sources, and ask an adult. If in doubt, don't forward it.

## Quiz

truth-or-lie-quiz-good-reasons = Which of these are good reasons to believe a message? Choose all that apply.
truth-or-lie-quiz-good-reasons-official-site = You find the same news on the official website of the ministry or organisation it names
    .feedback = Yes. You checked the source yourself, on its own website.
truth-or-lie-quiz-good-reasons-trusted-sources = Your teacher, or well-known news sites, say the same thing
    .feedback = Yes. When trustworthy sources agree, the news is probably true.
truth-or-lie-quiz-good-reasons-many-forwards = It has already been forwarded many times in the family group
    .feedback = Lots of forwards only show that many people were worried. A false message can be forwarded thousands of times.
truth-or-lie-quiz-good-reasons-sure-voice = The voice in it sounds very sure and very worried
    .feedback = A worried voice makes us want to rush, but it proves nothing. Ask who recorded it, and whether trustworthy sources say the same.
truth-or-lie-quiz-good-reasons-many-views = It has lots of likes and views
    .feedback = Likes and views show that many people watched it, not that it is true.

truth-or-lie-quiz-loved-one = If someone I love sends me a message, it must be true.
    .hint = Remember Auntie Souad and the voice note.
truth-or-lie-quiz-loved-one-true =
    .feedback = That's not true. The people we love can be fooled too, and forward things in good faith without checking.
truth-or-lie-quiz-loved-one-false =
    .feedback = Correct. Auntie Souad forwarded the voice note in good faith, but good intentions don't make a message true.

truth-or-lie-quiz-unsure = You're not sure whether some news is true. What do you do?
    .hint = Think: what happens if the news is false and you send it on?
truth-or-lie-quiz-unsure-forward-anyway = Forward it to my class group, just in case: if it's true, my friends need to know fast.
    .feedback = If it's false, it will spread because of you, and scare your friends for nothing. The real "just in case" is to check first.
truth-or-lie-quiz-unsure-add-note = Forward it, but add: "I don't know if this is true."
    .feedback = People may listen to the message and miss your note, so the fear spreads anyway.
truth-or-lie-quiz-unsure-stop-and-ask = Don't forward it; check with an adult or a trustworthy source.
    .feedback = Right! Checking takes a few minutes and protects others from news that may be false.

truth-or-lie-quiz-famous-name = A message can use the name of a famous organisation and still be false.
truth-or-lie-quiz-famous-name-true =
    .feedback = Correct. Anyone can type a famous name. Look for the news on that organisation's own website, or ask an adult.
truth-or-lie-quiz-famous-name-false =
    .feedback = It can. Some false messages use famous organisations' names to look real. Look for the news on the organisation's own website.

truth-or-lie-quiz-best-source = Yassine is preparing a talk about falcons for his class. Which source is best?
truth-or-lie-quiz-best-source-most-likes = The video with the most likes, because thousands of people can't all be wrong
    .feedback = Likes tell you people enjoyed the video, not that its facts are right. Thousands of people can share the same mistake.
truth-or-lie-quiz-best-source-book-and-encyclopedia = His science book and a well-known encyclopedia, compared
    .feedback = Yes! He knows who wrote them, and when two trustworthy sources agree, the fact is probably right.
truth-or-lie-quiz-best-source-unknown-post = A post by someone who says they're an expert
    .feedback = Anyone can say they're an expert. If you don't know who wrote it or how they know, you can't tell whether it's right.
