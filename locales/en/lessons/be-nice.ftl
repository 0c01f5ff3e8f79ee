## Lesson: Be nice (ages 9-12)

be-nice = Be nice
    .summary = Kindness online: think before you post, stand up for others, and know what to do about a mean message.

be-nice-class-group = Karim's class has a WhatsApp group to share homework news. WhatsApp is only for people aged 13 or over (older in some countries), so the pupils take part from their parents' phones. One day, Sami posts a photo of Karim's drawing with the words: "Look! Is it a horse or a cow?" The group fills up with laughing faces. Karim doesn't write anything after that, and stays quiet all evening.
    .alt = A phone screen with a drawing of a horse and lots of laughing faces. Next to it, Karim sits looking sad.

be-nice-what-now = Layla is in the same group. What would you do if you were her?
be-nice-what-now-laugh-too = Add a laughing face. Everyone else is laughing.
    .feedback = Every new laughing face makes Karim feel worse. When people laugh at someone instead of with them, the joke has gone too far.
be-nice-what-now-stand-with-him = Don't join in, send Karim a kind message, and tell the teacher or my parents.
    .feedback = Well done! Your message shows Karim he isn't alone, and an adult can put a stop to it.
be-nice-what-now-leave-quietly = Quietly leave the group.
    .feedback = Leaving is better than laughing, but Karim is still on his own. A kind word from you and telling an adult make a real difference.

be-nice-think-first = Before you post, comment or send a laughing face, ask yourself: Would I say this to their face? Would I like it said about me? Could it hurt someone? Behind every screen is a person with feelings. And if you see someone being picked on, be the one who stands with them.

be-nice-mean-message = That evening, Omar gets a message in the class group: "Nobody wants you on the football team." Omar feels angry and starts typing a nasty reply.
    .alt = Omar holds a phone with an angry face. A little cloud full of zigzag lines floats above his head.

be-nice-reply = What should Omar do?
be-nice-reply-mean-back = Send an even nastier reply.
    .feedback = A nasty reply fuels the fight and makes things worse. It's better to stop before replying.
be-nice-reply-save-and-tell = Don't reply, take a screenshot, then show his mum or his teacher.
    .feedback = Wise choice! The screenshot is proof of what happened, and an adult can help him block, report and sort it out.
be-nice-reply-delete-and-hide = Delete the message and hide how he feels.
    .feedback = If he deletes it, the proof is gone, and the hurt stays inside. Better to keep it and tell a trusted adult.

be-nice-kind-group = The next day, the teacher talks with the class about kindness online. Sami says sorry to Karim, and the person who messaged Omar says sorry too. The class starts writing encouraging words under each other's drawings, and when Karim posts a new drawing of a falcon, the group fills up with hearts and stars.
    .alt = Karim, Layla, Omar and Sami smile together around a phone showing a falcon drawing, hearts and stars.

be-nice-recap = Behind every screen is a person with feelings, so think before you post. Don't join in when someone is laughed at: stand with them with a kind word, and tell an adult. If you get a mean message, don't reply, take a screenshot and tell a trusted adult.

## Quiz

be-nice-quiz-before-posting = Before you post a comment, which questions are good to ask yourself? Choose all that apply.
be-nice-quiz-before-posting-face-to-face = Would I say this to their face?
    .feedback = Yes. If you wouldn't say it face to face, don't type it online.
be-nice-quiz-before-posting-most-laughs = Will it make the most people laugh?
    .feedback = Lots of laughs don't make a comment kind. Everyone can laugh while one person gets hurt.
be-nice-quiz-before-posting-about-me = Would I like it said about me?
    .feedback = Yes. Put yourself in the other person's place before you type.
be-nice-quiz-before-posting-could-hurt = Could it hurt someone?
    .feedback = Yes. If it could hurt someone, it's better not to post it.
be-nice-quiz-before-posting-delete-later = Can I delete it quickly if someone gets upset?
    .feedback = Deleting doesn't undo the hurt, and others may already have saved or shared it. Think before you post, not after.

be-nice-quiz-just-joking = If you say "I was only joking", any comment is fine.
    .hint = Think about how the other person feels, not only about what you meant.
be-nice-quiz-just-joking-true =
    .feedback = That's not true. If the person feels hurt, or people are laughing at them rather than with them, the joke has gone too far.
be-nice-quiz-just-joking-false =
    .feedback = Correct. A real joke makes everyone laugh, including the person it's about. If someone gets hurt, say sorry.

be-nice-quiz-make-it-right = Yesterday Rayan posted a "funny" comment about Amine's new haircut in the class group. Today Amine looks sad. What is the best thing for Rayan to do?
    .hint = Remember what Sami did for Karim the next day.
be-nice-quiz-make-it-right-say-sorry = Say sorry to Amine and take the comment down.
    .feedback = Yes! A real sorry shows Amine that Rayan cares how he feels, and taking the comment down stops more people from laughing at it.
be-nice-quiz-make-it-right-wait = Say nothing. It was yesterday, and everyone will soon forget.
    .feedback = Amine hasn't forgotten: he is still sad today. Saying sorry helps him feel better much sooner than waiting.
be-nice-quiz-make-it-right-explain-joke = Tell Amine it was only a joke, and that he should learn to laugh at himself.
    .feedback = If Amine is hurt, the joke went too far, whatever Rayan meant. Saying sorry helps more than explaining the joke.

be-nice-quiz-mean-message-steps = Someone posts something mean about you in the class group. Put these steps in order, from first to last.
    .hint = The proof has to be kept before anyone is blocked or anything is deleted.
be-nice-quiz-mean-message-steps-dont-reply = Don't reply.
    .feedback = First, stop before you type: an angry reply makes the fight bigger.
be-nice-quiz-mean-message-steps-screenshot = Take a screenshot of the message.
    .feedback = Next, keep the proof: take the screenshot before anyone is blocked or anything is deleted.
be-nice-quiz-mean-message-steps-tell-adult = Show it to a trusted adult, like a parent or a teacher.
    .feedback = Then let an adult you trust help you decide what to do. You won't be in trouble for something someone else did.
be-nice-quiz-mean-message-steps-block-report = With the adult's help, block the sender and report the message.
    .feedback = Last, blocking stops that person from messaging you, and reporting tells the app so it can act.

be-nice-quiz-stand-up = Some pupils are making fun of a classmate in the class group. How can you stand with them?
    .hint = Remember what Layla could do for Karim.
be-nice-quiz-stand-up-laugh-along = Laugh along with the others, so they don't start on me next.
    .feedback = Being scared is understandable, but your laugh makes your classmate feel worse. You don't have to laugh, and you can ask an adult for help.
be-nice-quiz-stand-up-do-nothing = Stay out of it. It's between them.
    .feedback = When everyone stays silent, your classmate feels alone. One kind word from you makes a difference.
be-nice-quiz-stand-up-kind-and-tell = Send them a kind message and tell an adult.
    .feedback = Yes! Now they know they're not alone, and an adult can stop the teasing.
be-nice-quiz-stand-up-insult-back = Write something even meaner about the ones making fun, to defend my classmate.
    .feedback = Wanting to defend your classmate is good, but insults make the fight bigger. A kind message and an adult's help work better.

be-nice-quiz-words-hurt = Cruel words online hurt just as much as cruel words face to face.
be-nice-quiz-words-hurt-true =
    .feedback = Correct. A screen doesn't protect feelings, and hurt online can follow a person even into their own home.
be-nice-quiz-words-hurt-false =
    .feedback = That's not true: they hurt just as much, and can follow a person even into their own home. Behind every screen is a person with feelings.
