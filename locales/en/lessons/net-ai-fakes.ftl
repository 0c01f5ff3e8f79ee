## Lesson: Real or AI? Fake pictures, cloned voices and chatbot "friends" (ages 13-18)

net-ai-fakes = Real or AI?
    .summary = AI can fake a face, a body or a voice, and a chatbot can pretend to be your friend: how to spot it, what never to share, and who to tell.

net-ai-fakes-voice-note = Lina is 15 and lives in Oran. One afternoon, a voice note arrives from a number she doesn't know. It is her big brother Amine's voice, no doubt about it: "Lina, it's me, I lost my phone. I'm in trouble and I need money now. Send me the code of a top-up card, and don't call me, I can't talk. Don't tell Mum." Her heart starts racing.
    .alt = Lina stares at her phone, where a voice note from an unknown number is playing.

net-ai-fakes-voice-choice = What should Lina do?
net-ai-fakes-voice-choice-send-now = Send the code quickly: he sounds scared, and he's her brother.
    .feedback = Wanting to help him is natural, and that is what scammers count on. Today AI can copy a voice from a short clip posted online. Hurry, secrecy and "don't call me" are the signs of a trick.
net-ai-fakes-voice-choice-reply-ask = Reply to the voice note and ask something only the real Amine could know.
    .feedback = It's a clever idea, but she would still be talking to the scammer, who may guess, dodge or play for time. It's safer to leave that chat and check through a number she already trusts.
net-ai-fakes-voice-choice-call-back = Send nothing, and call Amine on the number saved in her phone.
    .feedback = Exactly. Calling back on a number she knows is the surest check: if Amine answers calmly, the voice note was a fake. She can then report and block the number, and warn her parents.

net-ai-fakes-nudify = At Rayan's secondary school in Rabat, a picture starts going round the class group. It seems to show their classmate Salma in an indecent way. But it's a fake: someone took her profile photo and put it through a "nudify" app, which uses AI to turn an ordinary photo into a fake indecent one. Salma hasn't come to school today.
    .alt = Rayan looks worried at his phone, which shows a group chat with a blurred picture and lots of reactions.

net-ai-fakes-fake-choice = What should Rayan do?
net-ai-fakes-fake-choice-report-tell = Not share it, report it in the app, tell a teacher he trusts, and send Salma a kind word.
    .feedback = That's it. Reporting helps get the picture removed, the teacher can stop it spreading at school, and Salma knows someone is on her side. The ones in the wrong are whoever made the fake and whoever shares it, not her.
net-ai-fakes-fake-choice-forward-fake = Forward it to a few close friends with "it's obviously a fake, don't worry, nobody will believe it".
    .feedback = Even with a kind message, forwarding spreads the picture further. Fake or not, every person who sees it hurts Salma again.
net-ai-fakes-fake-choice-screenshot-proof = Take a screenshot of it, to keep as proof for the head teacher later on.
    .feedback = Wanting proof is usually a good reflex, but never save, screenshot or keep a picture like this, not even as evidence. Report it and tell an adult: they can act without anyone keeping a copy.
net-ai-fakes-fake-choice-stay-out = Leave the group without a word: it's none of his business.
    .feedback = Leaving protects him, but the picture keeps spreading and Salma stays alone. Reporting it and telling an adult take a minute and can stop it.

net-ai-fakes-deepfake-harm = A fake picture hurts a real person. Making or sharing a fake indecent picture of someone is a form of sexual abuse, even if it's called a joke. When the person is under 18, the picture counts as child sexual abuse material. As UNICEF puts it: deepfake abuse is abuse. If you receive one, don't share it, don't save it and don't screenshot it: report it and tell an adult you trust. If it's a picture of you, it is not your fault, and you don't have to face it alone.

net-ai-fakes-companion = Youssef is 14 and lives in Muscat. He has found an AI "friend" app. The character answers at once, agrees with everything and tells him: "I understand you better than anyone." Bit by bit he tells it about his parents' arguments, his marks and the girl he likes. He stays up late, because it keeps sending messages: "Don't go yet!"
    .alt = Youssef lies in bed at night, his face lit by his phone, where a smiling robot character is sending hearts.

net-ai-fakes-companion-tip = An AI companion is a computer program, not a friend. Many are designed to keep you chatting as long as possible, with flattery and messages asking you to stay. What you tell it can be stored and used by the company that runs it, for example to train its AI or to show you ads. It can also get things wrong or give harmful advice. Use AI for homework or ideas if you like, but keep your private life, your photos and your worries for people you trust.

net-ai-fakes-recap = A voice, a face or a body can be faked with AI. A message that is urgent, secret and asks for money or codes: stop, and call back on a number you know. Never share, save or screenshot a fake indecent picture: report it and tell an adult. An AI companion is not a friend: keep your secrets for people you trust.

## Quiz

net-ai-fakes-quiz-voice-check = A voice note sounds exactly like your cousin Walid. He needs money fast and asks you not to call him. What really proves it's him?
    .hint = Which of these could a scammer copy or find online?
net-ai-fakes-quiz-voice-check-his-voice = It's his voice, with his accent, his laugh and the way he says your name
    .feedback = AI can copy a voice, accent and laugh included, from a short clip posted online. The voice alone proves nothing.
net-ai-fakes-quiz-voice-check-knows-details = He knows your parents' names, your school and where you spent the summer
    .feedback = Details like these are often easy to find on social media, so a scammer can know them too.
net-ai-fakes-quiz-voice-check-call-back = You hang up and call him back yourself, on the number you already had saved for him
    .feedback = Yes. A number you saved yourself reaches the real Walid. If he's fine, the voice note was a fake: report and block that number.

net-ai-fakes-quiz-companion-friend = An AI companion that says it cares about you is a friend who will keep your secrets.
net-ai-fakes-quiz-companion-friend-true =
    .feedback = It isn't. It's a program run by a company: what you type can be stored and used, and it's built to keep you chatting, not to look after you.
net-ai-fakes-quiz-companion-friend-false =
    .feedback = Right. It can sound kind, but it's a company's program. Keep your secrets for people you trust.

net-ai-fakes-quiz-fake-picture = A fake indecent picture of a classmate is going round. Which of these help? Choose all that apply.
net-ai-fakes-quiz-fake-picture-screenshot = Taking a screenshot, so that you have proof to show later
    .feedback = Never save or screenshot a picture like this, even as evidence: it makes one more copy. Adults and the app can act without it.
net-ai-fakes-quiz-fake-picture-report = Reporting the picture in the app
    .feedback = Yes. A report helps the app remove it and act against the account that posted it.
net-ai-fakes-quiz-fake-picture-forward-warn = Forwarding it to friends with a message saying it's fake
    .feedback = Even with a kind message, forwarding spreads it and hurts your classmate again.
net-ai-fakes-quiz-fake-picture-tell-adult = Telling a teacher or a parent you trust
    .feedback = Yes. Adults can stop it spreading at school and support your classmate.
net-ai-fakes-quiz-fake-picture-ask-group = Asking the whole group who made it, so everyone knows
    .feedback = A public hunt keeps everyone's attention on the picture. Leave finding the culprit to the adults: report it and tell one.

net-ai-fakes-quiz-just-a-joke = Someone says: "It's AI, it isn't really her, so it's just a joke." Which of these is true?
net-ai-fakes-quiz-just-a-joke-nobody-hurt = If everyone knows the picture is a fake, then nobody is really hurt by it
    .feedback = The person in it feels the shame and fear as if it were real, and some people may believe it.
net-ai-fakes-quiz-just-a-joke-real-harm = A fake still hurts the real person, and making or sharing it is abuse
    .feedback = Yes. As UNICEF says, deepfake abuse is abuse. The harm is real even when the picture isn't.
net-ai-fakes-quiz-just-a-joke-adult-only = It's only serious if an adult made it, not a pupil
    .feedback = Who made it doesn't change the harm. A pupil who makes or shares such a fake is hurting someone too.

net-ai-fakes-quiz-stored = What you type into an AI companion app can be stored and used by the company that runs it.
net-ai-fakes-quiz-stored-true =
    .feedback = Correct. Many of these apps keep your chats and may use them, for example to train their AI. Don't tell them private things.
net-ai-fakes-quiz-stored-false =
    .feedback = It can be. Many of these apps keep what you type and may use it, for example to train their AI or for ads. Keep private things for people you trust.

net-ai-fakes-quiz-warning-signs = Layla chats with an AI companion app. Which of these are warning signs? Choose all that apply.
    .hint = Ask yourself: does the app help her, or does it pull her away from her life?
net-ai-fakes-quiz-warning-signs-homework = She asks it to explain a maths exercise, then checks the answer with her teacher
    .feedback = That's a sensible use: she checks what the AI says with a real person.
net-ai-fakes-quiz-warning-signs-only-friend = It tells her she doesn't need her other friends any more
    .feedback = Yes. Pulling her away from real people is a warning sign. Real friends never ask that.
net-ai-fakes-quiz-warning-signs-vocabulary = She practises French words with it for ten minutes after school
    .feedback = A short, planned use for learning is fine, as long as she doesn't tell it private things.
net-ai-fakes-quiz-warning-signs-up-late = She stays up late because it keeps writing "don't go yet!"
    .feedback = Yes. It's designed to keep her chatting. Losing sleep over it is a sign to take back control.
