## Lesson: Mine to keep (under 9)

u9-privacy = Mine to keep
    .summary = Your name, your home and your photo are private. Ask before you share.

u9-privacy-meet = Hamza plays a game on the family phone. A box pops up: "What is your name? Where do you live?"
    .alt = Hamza holds the family phone. A bubble on the screen shows a house and a question mark.

u9-privacy-name = What should Hamza do?
u9-privacy-name-type = Type his full name and his street.
    .feedback = Your name and your home are private. People in a game don't need them.
u9-privacy-name-ask = Stop, and show Mama.
    .feedback = Yes! Mama can help him close the box and keep his details safe.

u9-privacy-private = { -mascot } says: your full name, home, school and photo are private. Ask a grown-up before you share them.

u9-privacy-player-name = The game asks Hamza to pick a player name. Which one is best?
u9-privacy-player-name-full = His real, full name.
    .feedback = Your real name tells strangers who you are. A fun name is safer.
u9-privacy-player-name-fun = A fun name, like "Green Falcon".
    .feedback = Yes! A fun name keeps you safe, and it sounds cool too.

u9-privacy-photo = Hamza takes a funny photo of his sister Noor in her pyjamas. He wants to send it to the cousins' group.
    .alt = Hamza laughs at a photo on the phone. His sister Noor, in pyjamas, looks surprised.
u9-privacy-photo-send = Send it. It's so funny!
    .feedback = Noor may feel embarrassed. It's Noor's photo, so Noor decides.
u9-privacy-photo-ask = Ask Noor first. If she says no, don't send it.
    .feedback = Yes! Always ask before you share a photo of someone.

u9-privacy-family-phone = A message for Baba arrives on the family phone. What does Hamza do?
u9-privacy-family-phone-read = Read it, and write an answer.
    .feedback = The message is for Baba. Other people's messages are private too.
u9-privacy-family-phone-give = Give the phone to Baba.
    .feedback = Yes! Baba's messages are for Baba. That's respecting privacy.

u9-privacy-recap = Your name, your home, your school and your photo are private. Ask a grown-up before you share. Ask before you share someone's photo. Other people's messages are theirs.

## Quiz

u9-privacy-quiz-which-private = Which of these are private? Choose all the right ones.
    .hint = Which ones could help someone find you?
u9-privacy-quiz-which-private-address = Where you live
    .feedback = Yes! Your home address tells people where to find you.
u9-privacy-quiz-which-private-full-name = Your full name
    .feedback = Yes! Keep your full name for people you know.
u9-privacy-quiz-which-private-photo = A photo of your face
    .feedback = Yes! Ask a grown-up before your photo goes online.
u9-privacy-quiz-which-private-fruit = Your favourite fruit
    .feedback = That's fine to share. It doesn't tell anyone who you are or where you live.

u9-privacy-quiz-profile = Which picture is best for a game profile?
u9-privacy-quiz-profile-avatar = A drawing of a falcon
    .feedback = Yes! A drawing shows what you like, and keeps your face private.
u9-privacy-quiz-profile-selfie = A photo of your face in front of your house
    .feedback = This shows your face and your home. Pick a drawing instead.

u9-privacy-quiz-friend-photo = You can share a photo of your friend without asking.
u9-privacy-quiz-friend-photo-true =
    .feedback = Not so. Your friend gets to decide. Always ask first.
u9-privacy-quiz-friend-photo-false =
    .feedback = That's right! Ask first, and respect the answer.

u9-privacy-quiz-where-live = A game asks: "Where do you live?" What do you do?
u9-privacy-quiz-where-live-ask = Stop, and show a grown-up.
    .feedback = Yes! A grown-up can help you keep your home private.
u9-privacy-quiz-where-live-street = Write the name of my street.
    .feedback = Your street is private. Strangers in a game don't need it.
u9-privacy-quiz-where-live-school = Write the name of my school instead.
    .feedback = Your school is private too. It tells people where to find you.
