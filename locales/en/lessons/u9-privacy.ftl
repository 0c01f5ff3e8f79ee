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
u9-privacy-photo-send = Send it. It's so funny, the cousins will laugh!
    .feedback = Noor may feel embarrassed. It's Noor's photo, so Noor decides.
u9-privacy-photo-ask = Ask Noor first. If she says no, don't send it.
    .feedback = Yes! Always ask before you share a photo of someone.

u9-privacy-family-phone = A message for Baba arrives on the family phone. What does Hamza do?
u9-privacy-family-phone-read = Read it and write an answer, to help Baba.
    .feedback = The message is for Baba. Other people's messages are private too.
u9-privacy-family-phone-give = Give the phone to Baba.
    .feedback = Yes! Baba's messages are for Baba. That's respecting privacy.

u9-privacy-recap = Your name, your home, your school and your photo are private. Ask a grown-up before you share. Ask before you share someone's photo. Other people's messages are theirs.

## Quiz

u9-privacy-quiz-can-type = A game asks about you. What can you type in it? Choose all the right ones.
    .hint = Which ones could help a stranger find you?
u9-privacy-quiz-can-type-school = The name of my school
    .feedback = Your school tells strangers where to find you. Keep its name private.
u9-privacy-quiz-can-type-fun-name = A fun name, like "Green Falcon"
    .feedback = Yes! A fun name doesn't tell anyone who you are.
u9-privacy-quiz-can-type-full-name = My full name
    .feedback = Your full name is private. Keep it away from strangers.
u9-privacy-quiz-can-type-street = The name of my street
    .feedback = Your street tells strangers where your home is. Keep it private.

u9-privacy-quiz-profile = Which picture is best for a game profile?
u9-privacy-quiz-profile-avatar = A drawing of a falcon
    .feedback = Yes! A drawing shows what you like, and keeps your face away from strangers.
u9-privacy-quiz-profile-selfie = A photo of your face in front of your house
    .feedback = This shows your face and your home to strangers. Pick a drawing instead.

u9-privacy-quiz-your-photo = If someone wants to share your photo, you can say no.
u9-privacy-quiz-your-photo-true =
    .feedback = That's right! Your photo is yours, so you decide.
u9-privacy-quiz-your-photo-false =
    .feedback = You can! Your photo is yours, so you decide. If they don't listen, tell a grown-up.

u9-privacy-quiz-where-live = A game asks: "Where do you live?" What do you do?
u9-privacy-quiz-where-live-kids-game = Answer it. It's a game for children.
    .feedback = Even in children's games, strangers may read what you write. Ask a grown-up first.
u9-privacy-quiz-where-live-school = Write the name of my school instead.
    .feedback = Your school is private too. It tells people where to find you.
u9-privacy-quiz-where-live-ask = Stop, and show the question to Mama or Baba.
    .feedback = Yes! A grown-up can help you keep your home private.
