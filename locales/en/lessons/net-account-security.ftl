## Lesson: Keep your accounts yours (ages 13-18)

net-account-security = Keep your accounts yours
    .summary = Two-step verification, the codes you must never share, recovery codes, and what to do if someone takes your account or your phone number.

net-account-security-the-code = Imane is 15 and lives in Algiers. One evening, her phone gets a text with a six-digit code from her messaging app, which she never asked for. A minute later, a message arrives from her friend Rania's account: "Sorry! I sent my code to your number by mistake. Can you send it to me quickly? It's urgent!"
    .alt = Imane, on her bed, looks at her phone: a text with a row of six dots, and a chat bubble from a friend's account with an exclamation mark.

net-account-security-send-code = What should Imane do?
net-account-security-send-code-test-question = Ask a question only Rania would know the answer to, and send the code if the answer is right.
    .feedback = Whoever has taken Rania's account can read all her old chats and may know the answer. And the code opens Imane's account, not Rania's: it must never be sent.
net-account-security-send-code-call-rania = Send nothing, and call Rania to check.
    .feedback = Well done. The code arrived because someone is trying to log into Imane's account with her number. By calling, Imane will find out that Rania's account has been taken, and can warn her.
net-account-security-send-code-send-it = Send it: it's Rania's account, and friends help each other out.
    .feedback = The message comes from Rania's account, but not necessarily from Rania. Whoever gets this code can get into Imane's account and lock her out.

net-account-security-two-step = A code you receive by text or in an app is a key to your account: no friend, no game and no real support team ever needs you to send it. To protect your accounts, turn on two-step verification (also called 2SV or 2FA), usually found in the security settings. Then your password alone is not enough to log in: there's a second step, such as a code or your fingerprint, so even someone who steals your password stays locked out. Start with your email, because it can reset all your other passwords, then your social media and messaging apps. A code from an authenticator app is harder to steal than one sent by text.

net-account-security-recovery-codes = Walid, 17, from Sfax, turns on two-step verification with his big sister Ines. The site gives him a list of recovery codes, also called backup codes. Each code works only once, to get back into his account if he loses his phone. "Keep them safe," says Ines, "and not just in your phone."
    .alt = Walid and his sister sit at a table with a laptop; a sheet of paper shows rows of grey dashes, with a small padlock drawn next to it.

net-account-security-where-codes = Where should Walid keep his recovery codes?
net-account-security-where-codes-paper = On paper, somewhere safe at home.
    .feedback = A good choice. If his phone is lost or stolen, the codes are still there, and nobody online can reach a sheet of paper in a drawer.
net-account-security-where-codes-gallery = As a screenshot in his photos, so he always has them with him.
    .feedback = If the phone is lost, stolen or broken, the codes disappear with it, just when he needs them. And photos are often copied to other places automatically.
net-account-security-where-codes-email-self = In an email to himself, so he can find them from any device.
    .feedback = If someone gets into his email, they find the codes too, and if he's locked out of it, he can't read them. Recovery codes are safest offline.

net-account-security-no-signal = One Saturday, Walid's phone suddenly shows no signal at home, where the network is always good. It lasts for hours. Then an email arrives on his laptop: "Your password has been changed." A scammer has convinced his mobile operator to move his number to a new SIM card, so now the scammer gets his calls, his texts and his codes. This is called a SIM-swap scam.
    .alt = Walid's phone shows empty signal bars and a crossed-out antenna; next to it, a laptop shows an envelope with a warning sign, and Walid looks surprised.

net-account-security-taken = If your phone suddenly loses its signal for a long time where it usually works, tell an adult at once and contact your operator, from another phone or at one of its shops. If an account has been taken: tell an adult you trust, and don't feel ashamed, it happens to careful people too. Recover the account only through the official help pages of the app or site, and never pay someone who offers to get it back for you. Then change the password (and the password of every account where you used the same one), sign out of all other devices, turn on two-step verification, and warn your friends that messages from your account may be fake.

net-account-security-recap = A code you receive is a key: never send it to anyone, not even a friend. Turn on two-step verification, starting with your email. Keep your recovery codes on paper, somewhere safe at home. If your signal disappears for no reason, contact your operator with an adult. And if an account is taken, tell an adult, use the official help pages, change your passwords and warn your friends.

## Quiz

net-account-security-quiz-cousin-code = A message from your cousin's account says: "I sent you a code by mistake, can you send it back?" What do you do?
net-account-security-quiz-cousin-code-send = Send it back: it's my cousin's account, so the code is safe with them
    .feedback = The account may no longer be in your cousin's hands, and the code opens your own account: whoever gets it can lock you out.
net-account-security-quiz-cousin-code-check-another-way = Send nothing, and check with my cousin by phone or in person
    .feedback = Yes. The code was sent because someone is trying to get into your account, and your cousin needs to know their account was taken.
net-account-security-quiz-cousin-code-secret-question = First ask something only my cousin would know, and send it if the answer is right
    .feedback = Whoever took the account can read old chats and find the answer. A code you receive is never to be sent, whatever the answer.

net-account-security-quiz-second-step = With two-step verification on, someone who steals your password still can't log in without the second step, such as a code or your fingerprint.
net-account-security-quiz-second-step-true =
    .feedback = Right. The password alone is no longer enough, which is why two-step verification protects you so well.
net-account-security-quiz-second-step-false =
    .feedback = It does protect you: the thief would also need the second step, which only you have. Just never share the code.

net-account-security-quiz-sim-signs = Which of these could be signs of a SIM-swap scam? Choose all that apply.
net-account-security-quiz-sim-signs-battery = Your battery runs down faster after a long game
    .feedback = That's normal for a battery. It isn't a sign that someone has taken your number.
net-account-security-quiz-sim-signs-no-signal = Your phone suddenly has no signal for hours, somewhere it always works
    .feedback = Yes. When your number is moved to someone else's SIM card, your own phone loses the network.
net-account-security-quiz-sim-signs-password-email = An email says your password was changed, but you didn't change it
    .feedback = Yes. With your number, a scammer can receive your codes and change your passwords.
net-account-security-quiz-sim-signs-update = An app asks you to install an update from the official app store
    .feedback = Updates from the official store are normal and keep you safer. They aren't a sign of a SIM swap.

net-account-security-quiz-support-code = A real support team from an app or a game may ask you to send them the code you just received, to check your account.
net-account-security-quiz-support-code-true =
    .feedback = No real support team asks for that. Whoever asks for your code, whatever they call themselves, is trying to get into your account.
net-account-security-quiz-support-code-false =
    .feedback = Right. The code is only for you to type, in the app itself. Nobody, not even the app's staff, needs you to send it.

net-account-security-quiz-keep-codes = What is the safest way to keep your recovery codes?
net-account-security-quiz-keep-codes-screenshot = As a screenshot in my photo gallery, so they're always with me
    .feedback = If your phone is lost or stolen, the screenshot goes with it, just when you need the codes.
net-account-security-quiz-keep-codes-phone-note = In a note on my phone, which is protected by my screen lock
    .feedback = A screen lock helps, but a lost or broken phone still takes the codes away with it. Keep them off the phone.
net-account-security-quiz-keep-codes-paper-home = On paper, kept somewhere safe at home, away from my phone
    .feedback = Yes. Offline, they can't be stolen over the internet, and they're still there if you lose your phone.

net-account-security-quiz-account-taken = Someone has taken over one of your accounts. What should you do? Choose all that apply.
net-account-security-quiz-account-taken-tell-adult = Tell an adult you trust
    .feedback = Yes. You won't be in trouble, and an adult can help you through the steps.
net-account-security-quiz-account-taken-pay-helper = Pay someone online who promises to get the account back for you
    .feedback = People who offer to recover accounts for money are often scammers themselves. Use the official help pages.
net-account-security-quiz-account-taken-official-help = Use the app's official help pages to recover it
    .feedback = Yes. Each service explains its own recovery steps on its official website.
net-account-security-quiz-account-taken-quiet-new = Open a new account and say nothing, so nobody knows what happened
    .feedback = Whoever took your account can keep using it to trick your friends. Telling people protects them.
net-account-security-quiz-account-taken-warn-friends = Warn your friends that messages from your account may be fake
    .feedback = Yes. The thief may try the same trick on them, using your name.
