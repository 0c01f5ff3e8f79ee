## Lesson: You have the right to say no (ages 13-18)

net-say-no = You have the right to say no
    .summary = When someone pushes you for private photos or talk that makes you uneasy, you decide, and help is there if something goes wrong.

net-say-no-meet = Nour is 15. For a few weeks she has been chatting with Sami, a boy she met in an online maths study group. He says he is 17, he is funny, and he always says nice things about her. One evening he writes: "Send me a private photo, just for me. If you trust me, you will."
    .alt = Nour sits on her bed in the evening, looking at her phone, where a new chat message has just arrived.

net-say-no-pressure = Nour replies that she is not comfortable with that. The messages keep coming: "Everyone does it." "I'll delete it straight away." "I thought you were different." "If you don't, I'll tell the group you're boring." Her stomach feels tight.
    .alt = A phone screen filling up with message bubbles, and Nour looking worried.

net-say-no-what-now = What would you do if you were Nour?
net-say-no-what-now-send-once = Send one photo so that he stops asking.
    .feedback = Giving in rarely ends the pressure: it often leads to more demands. And once a photo is sent, it can be saved, copied and forwarded, and Nour can no longer control who sees it.
net-say-no-what-now-say-no-tell = Say no clearly, stop replying, block and report him, and tell a trusted adult.
    .feedback = That's the strongest choice. Nour owes him nothing. Blocking and reporting protect her, and other girls he may be messaging, and an adult she trusts can help with the next steps.
net-say-no-what-now-keep-secret = Say no, but tell nobody because she feels embarrassed.
    .feedback = Saying no is right. But she doesn't have to carry this alone: she has done nothing wrong. A trusted adult can help her block and report him, and stay by her side if he keeps going.

net-say-no-your-right = You have the right to say NO to anyone who asks you for private photos or pushes you into talk that makes you uncomfortable: a stranger, a classmate or someone you like. A real friend accepts your "no" the first time. Guilt trips, flattery, "everyone does it" and threats are pressure, not care. And anyone who asks a person under 18 for such images is doing something seriously wrong: it is abuse, and it can be reported.

net-say-no-class-group = A week later, someone posts a private photo of Yousef in Karim's class group. Yousef had sent it to one person he trusted. Messages and emojis start piling up. What should Karim do?
net-say-no-class-group-forward = Forward it to his best friend to ask what he thinks.
    .feedback = Every forward hurts Yousef again and spreads the photo further. He agreed to let one person see it, not the whole class.
net-say-no-class-group-laugh = Add a laughing emoji so he isn't left out.
    .feedback = It may feel like a small thing, but every reaction tells the group this is acceptable. Behind that photo is a real person who is probably very scared right now.
net-say-no-class-group-stop-report = Report the post without saving or forwarding it, tell a trusted teacher or parent, and check on Yousef.
    .feedback = Exactly. Karim refuses to be a link in the chain, brings in adults who can stop it, and shows Yousef he is not alone. He doesn't take a screenshot either, not even as evidence: every copy is one more way for the photo to spread, and telling the teacher where and when it was posted is enough. Agreeing to send a photo to one person is not agreeing to have it shown to everyone.

net-say-no-if-shared = If it happens to you, it is not your fault: the one who shares or threatens is the one doing wrong. Don't send more and don't pay. Stop replying, keep the messages as proof, block and report the account in the app, and tell an adult you trust. If you were under 18 in the photo, the free Take It Down service (takeitdown.ncmec.org) can help remove it, or stop it being posted, on the apps that take part, such as Instagram, Facebook, TikTok and Snapchat, without you sending the photo to anyone. It doesn't work inside encrypted chats such as WhatsApp, so telling an adult and reporting still matter. It can be used in Arabic.

net-say-no-recap = Your body, your photos, your choice. You can say no, and a real friend respects it. A photo sent to one person is not for everyone: don't forward it, report it. If something goes wrong, it is not your fault and you are not alone: tell a trusted adult.

## Quiz

net-say-no-quiz-pressure-signs = Which of these messages are pressure? Choose all that apply.
    .hint = Pressure tries to make you feel guilty, left out or afraid.
net-say-no-quiz-pressure-signs-if-you-trust = "If you really trusted me, you'd send it."
    .feedback = Yes. It turns trust into a test. Trust never needs a private photo to be proved.
net-say-no-quiz-pressure-signs-no-problem = "No problem, I understand."
    .feedback = This is respect, not pressure. It is how someone who cares about you answers a "no".
net-say-no-quiz-pressure-signs-everyone-does = "Come on, everyone does it."
    .feedback = Yes. It tries to make you feel left behind. And it isn't true: most teens have never sent one, and many who are asked refuse.
net-say-no-quiz-pressure-signs-never-have-to = "That's fine. You never have to send me anything."
    .feedback = This is respect, not pressure: it makes clear that "no" is a perfectly good answer.
net-say-no-quiz-pressure-signs-or-else = "Send it, or I'll tell everyone about you."
    .feedback = Yes. This is a threat. Don't give in: stop replying, keep the messages, block, report, and tell a trusted adult.

net-say-no-quiz-photo-in-group = A private photo of a classmate appears in your class group. What is the best thing to do?
net-say-no-quiz-photo-in-group-screenshot-proof = Take a screenshot as evidence, so the teacher believes me when I show it.
    .feedback = Never save or screenshot a private photo of someone, even as evidence: every copy is one more way for it to spread. Tell the adult where and when it was posted; they and the app can act without a copy.
net-say-no-quiz-photo-in-group-just-watch = Say nothing and keep reading.
    .feedback = Not forwarding is good, but silence leaves the photo spreading. Reporting it and telling an adult can stop it.
net-say-no-quiz-photo-in-group-stop-report = Don't save or forward it; report it and tell a trusted adult.
    .feedback = Yes. You stop the chain, and bring in people who can get it removed and support your classmate.
net-say-no-quiz-photo-in-group-send-to-one = Send it to one close friend, just to ask what I should do.
    .feedback = Even one forward spreads it further and hurts your classmate again. Ask an adult for advice instead, without sending the photo.

net-say-no-quiz-not-your-fault = If someone shares a photo you sent them in trust, the one who did wrong is the person who shared it, and you can still get help.
    .hint = Think about who broke the trust.
net-say-no-quiz-not-your-fault-true =
    .feedback = Yes. The blame belongs to the person who broke your trust. A trusted adult, reporting in the app and services that remove images can help.
net-say-no-quiz-not-your-fault-false =
    .feedback = It is true. It's not your fault: the person who shared it without your agreement did wrong. Help exists, and asking for it is brave.

net-say-no-quiz-threat = Someone says they will post your photo unless you send more. What should you do?
    .hint = Think about what usually happens after someone gives in to a threat.
net-say-no-quiz-threat-pay = Pay what they ask, just this once, so it all goes away.
    .feedback = People who threaten usually come back for more, whatever they get. Don't pay: stop replying, keep the messages and tell a trusted adult.
net-say-no-quiz-threat-stop-keep-tell = Stop replying, keep the messages, block, report, and tell a trusted adult.
    .feedback = Yes. Proof helps apps and adults act, and you don't have to face a threat on your own.
net-say-no-quiz-threat-send-more = Send what they ask, so they delete the photo as promised.
    .feedback = People who threaten usually ask for more each time, and their promises mean nothing. Giving in does not make them stop.
net-say-no-quiz-threat-delete-all = Delete my account and every message, and tell no one.
    .feedback = Wanting it all to disappear is understandable, but the messages are proof that helps stop this person. Tell a trusted adult first.

net-say-no-quiz-take-it-down = You were under 18 in a private photo that someone is threatening to post. What can the free Take It Down service do for you?
net-say-no-quiz-take-it-down-every-phone = Delete the photo from every phone and every chat it has reached, WhatsApp included.
    .feedback = It can't reach into people's phones or into encrypted chats such as WhatsApp. It works only on the apps that take part, so telling an adult and reporting still matter.
net-say-no-quiz-take-it-down-find-person = Find out who is threatening you, and call the police for you.
    .feedback = It doesn't track people or call anyone for you. A trusted adult can help you report the account and, if needed, go to the police.
net-say-no-quiz-take-it-down-participating = Help remove it from apps that take part, such as Instagram, TikTok or Snapchat, or stop it being posted there, without you sending the photo to anyone.
    .feedback = Yes. It makes a digital fingerprint of the photo on your own device, so the photo itself is never sent. It only works on apps that take part, not in encrypted chats such as WhatsApp, and it can be used in Arabic.

net-say-no-quiz-adult-asks = If an adult online asks a 14-year-old for private photos, it is wrong and it can be reported.
net-say-no-quiz-adult-asks-true =
    .feedback = Yes. Asking anyone under 18 for such images is abuse. Report the account and tell a trusted adult.
net-say-no-quiz-adult-asks-false =
    .feedback = It is wrong, whatever the adult says. Asking anyone under 18 for such images is abuse, and it can be reported.
