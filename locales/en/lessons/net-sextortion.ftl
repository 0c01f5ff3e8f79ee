## Lesson: Sextortion, don't pay and don't stay alone (ages 13-18)

net-sextortion = Sextortion: don't pay, don't stay alone
    .summary = When someone threatens to share an intimate picture of you unless you pay: what to do straight away, how Take It Down can help, and why it is never your fault.

net-sextortion-meet = Walid is 16 and lives in Amman. One evening, a new account with photos of a pretty girl "his age" starts following him. She is friendly and flirts fast. After an hour she sends a photo and asks for one of him in return. He hesitates, then sends an intimate photo.
    .alt = Walid sits on his bed in the evening, his phone full of heart emojis from a new contact.

net-sextortion-threat = A minute later, everything changes: "I have your photo and the list of your followers. Pay 20 dinars in gift cards within an hour, or I send it to your family and your class group." A countdown follows. Walid feels sick and trapped.
    .alt = Walid looks frightened at his phone, which shows a threatening message and a countdown clock.

net-sextortion-what-now = What should Walid do?
net-sextortion-what-now-pay-once = Pay once, so that the photo gets deleted.
    .feedback = Paying almost never ends it: usually the blackmailer asks for more. These criminals often target many teenagers; they want money, and paying rarely makes them stop.
net-sextortion-what-now-delete-all = Delete the whole chat and his account straight away, and act as if nothing had happened.
    .feedback = Wanting it all to vanish is understandable. But the messages and the account's name are evidence that helps the app and the police stop this person. Keep the conversation and get help.
net-sextortion-what-now-plead = Beg them to wait a few days, and explain that he doesn't have the money and can't ask his parents for it.
    .feedback = Every reply shows them he is scared and keeps the pressure on. It is better to stop answering completely and get help: telling a parent is exactly what takes the blackmailer's power away.
net-sextortion-what-now-stop-tell = Stop replying, not pay, keep the chat, and tell an adult he trusts tonight.
    .feedback = Yes, that's the strongest move. Silence gives the blackmailer nothing, the chat is evidence, and an adult can help him report the account and decide what to do next. He doesn't have to face this alone.

net-sextortion-dont-pay = If someone threatens to share an intimate picture of you: don't pay and don't send anything more, because paying usually brings new demands. Stop replying. Don't delete the conversation: the messages and the account's name are evidence. But never save, screenshot or forward the picture itself. Tell a trusted adult, report the account in the app, then block it. This kind of blackmail for money targets boys as much as girls; in fact, most of the teens it targets are boys. It is a crime, and the blame is on the criminal, not on you.

net-sextortion-telling = Walid knocks on his father's door. His voice shakes: "Baba, I did something stupid…" His father listens to the end, then says: "Thank you for telling me. You're not in trouble: the one doing wrong is the blackmailer." Together they report the account, block it, and take the messages to the police. Walid feels lighter: he is no longer alone with it.
    .alt = Walid and his father sit side by side looking at the phone together, his father's hand on his shoulder.

net-sextortion-take-it-down = Take It Down (takeitdown.ncmec.org) is a free service run by NCMEC, an American child-protection organisation, and its site is also in Arabic. If you were under 18 in an intimate picture, it makes a digital fingerprint of that picture on your own device, without the picture being sent to anyone. Participating platforms, such as Instagram, Facebook and TikTok, use the fingerprint to find and remove copies. It has limits: it only works on those platforms, not in private encrypted chats like WhatsApp, and it cannot remove everything. It is still a good step, together with reporting and telling an adult.

net-sextortion-friend = A few weeks later, Walid's friend Hamza takes him aside: "Someone is blackmailing me with a photo. Can you lend me 30 dinars? Don't tell anyone." What should Walid do?
net-sextortion-friend-help-tell = Tell him not to pay, share what he learned, and go with him to a trusted adult.
    .feedback = Yes. Walid knows the way out because he lived it: don't pay, keep the chat, tell an adult, report. Going together makes the first step easier.
net-sextortion-friend-lend-money = Lend him the money: a friend helps a friend when he's in trouble, no questions asked.
    .feedback = It comes from a good heart, but paying usually brings new demands, and Hamza stays trapped. Helping him get an adult's help is the real rescue.
net-sextortion-friend-keep-secret = Promise to keep the secret, and tell him to simply ignore the messages.
    .feedback = Not replying is right, but keeping it secret leaves Hamza alone with a crime. He needs an adult's help to report it and feel safe.

net-sextortion-recap = Sextortion can happen to anyone, boys as much as girls, and it is never your fault. Don't pay and stop replying. Keep the chat, but never save or forward the picture itself. Tell a trusted adult, report and block. If you were under 18 in the picture, Take It Down can help remove copies on participating platforms. With help, you can get through this.

## Quiz

net-sextortion-quiz-why-not-pay = Why is it a bad idea to pay someone who threatens to share your photo?
net-sextortion-quiz-why-not-pay-small-sum = It's only a problem if they ask for a lot; a small sum makes them go away for good
    .feedback = Any payment shows them you will pay. Small or large, they tend to come back for more.
net-sextortion-quiz-why-not-pay-pay-block = It's fine as long as you block them straight afterwards, so they can't ask again
    .feedback = They can open a new account in seconds, and they still have the photo. Paying doesn't buy safety.
net-sextortion-quiz-why-not-pay-more-demands = Paying usually leads to more demands, not to the photo being deleted
    .feedback = Yes. Blackmailers who get money usually ask for more. Stop replying and get help instead.

net-sextortion-quiz-boys-too = Sextortion for money mostly targets girls, so boys don't need to worry about it.
net-sextortion-quiz-boys-too-true =
    .feedback = It's the other way round: most of the teens targeted for money are boys, and girls are targeted too. Anyone can be targeted, and anyone can get help.
net-sextortion-quiz-boys-too-false =
    .feedback = Correct. Most of the teens targeted for money are boys, and girls are targeted too. Knowing the trap protects everyone.

net-sextortion-quiz-evidence = Someone is blackmailing you with a photo. What should you keep as evidence? Choose all that apply.
    .hint = Evidence shows what the blackmailer did. Does it need the photo?
net-sextortion-quiz-evidence-screenshot-photo = A screenshot of the photo they are threatening to share
    .feedback = No. Never save or screenshot the picture itself, even as evidence. The messages and the account's name are enough.
net-sextortion-quiz-evidence-chat = The messages, the threats and the account's name
    .feedback = Yes. Keep the conversation: it helps the app, an adult and the police to act.
net-sextortion-quiz-evidence-friend-copy = A copy of the photo, sent to a friend for safe keeping
    .feedback = Sending it to anyone makes another copy that could spread. Keep the messages, not the picture.
net-sextortion-quiz-evidence-nothing = Nothing at all: delete everything so nobody ever finds out
    .feedback = Deleting erases the proof that helps stop the blackmailer. Keep the chat and tell an adult.

net-sextortion-quiz-take-it-down = What can Take It Down, the free service run by NCMEC, do?
net-sextortion-quiz-take-it-down-everywhere = Erase the picture for good from every phone, app and chat in the world, WhatsApp included
    .feedback = No service can do that. Take It Down works on participating platforms, not in private encrypted chats like WhatsApp.
net-sextortion-quiz-take-it-down-remove-copies = Help participating platforms remove copies of a picture of you taken before 18
    .feedback = Yes. It makes a fingerprint of the picture on your device, and platforms such as Instagram and TikTok use it to find copies.
net-sextortion-quiz-take-it-down-arrest = Find out who the blackmailer is and have them arrested straight away
    .feedback = It is not a police service. To go after the blackmailer, report the account and, with an adult, go to the police.

net-sextortion-quiz-sent-it-yourself = Even if you sent the photo yourself, you can ask for help: the one threatening you is the one doing wrong.
net-sextortion-quiz-sent-it-yourself-true =
    .feedback = Yes. Trusting the wrong person is a mistake anyone can make; threatening someone is a crime. You deserve help.
net-sextortion-quiz-sent-it-yourself-false =
    .feedback = You can always ask for help. Trusting the wrong person is not the same as doing wrong: the blame is on the one threatening you.

net-sextortion-quiz-good-steps = Hamza is being blackmailed. Which of these are good steps? Choose all that apply.
net-sextortion-quiz-good-steps-stop-replying = Stop replying to the blackmailer
    .feedback = Yes. Every reply keeps the pressure going; silence gives them nothing.
net-sextortion-quiz-good-steps-pay-small = Send a small amount, just to buy some time
    .feedback = Even a small payment shows that he pays, and the demands usually grow.
net-sextortion-quiz-good-steps-tell-adult = Tell a trusted adult, even if it feels embarrassing
    .feedback = Yes. An adult can help him report, go to the police and feel less alone.
net-sextortion-quiz-good-steps-delete-chat = Delete the whole chat so that nobody ever sees it
    .feedback = The chat is evidence. Keep it, and never save or forward the photo itself.
net-sextortion-quiz-good-steps-report-block = Report the account in the app, then block it
    .feedback = Yes. Reporting helps the app stop this account; blocking afterwards cuts the contact.
