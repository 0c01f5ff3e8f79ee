## Lesson: Private eye (ages 9-12)

private-eye = Private eye
    .summary = Learn which information is yours to keep, and what to do when an app asks for it.

private-eye-meet = Mariam is ten. After homework, her mum lends her the family phone for half an hour to play her favourite puzzle game.
    .alt = Mariam sits on the sofa holding her mum's phone, smiling at a puzzle game.

private-eye-prize = A bright window pops up: "You have won a new tablet! Type your full name, your school and your home address to get it."
    .alt = A phone screen with a flashing prize window asking for a name, a school and an address.

private-eye-what-now = What would you do if you were Mariam?
private-eye-what-now-type-all = Type everything quickly before the prize is gone.
    .feedback = A real prize never needs your home address in a pop-up. Someone you don't know would now know where you live.
private-eye-what-now-ask-mum = Close the window and show Mum.
    .feedback = Well done! Closing it keeps your details safe, and showing a trusted adult helps the whole family spot tricks like this.
private-eye-what-now-school-only = Type only the name of the school.
    .feedback = Even your school's name helps a stranger find you at the gate. Keep it private too.

private-eye-private-info = Personal information is anything that tells people who you are or where to find you: your full name, address, school, phone number, passwords and photos that show where you are. Keep it private, and ask a trusted adult before you share it.

private-eye-photo = Omar wants a new picture for his game profile. His favourite one shows him in his school uniform in front of his building. What should he do?
    .alt = Omar holds a phone and looks at two photos: one at his building's gate, one of his drawing of a falcon.
private-eye-photo-post-it = Use it. It's a nice photo.
    .feedback = It is a nice photo, but the uniform and the building tell strangers where Omar studies and lives.
private-eye-photo-new-photo = Pick a picture that shows no place, like his drawing of a falcon.
    .feedback = Great choice! A drawing or an avatar shows his style and keeps his places private.
private-eye-photo-ask-friends = Post it, but only for one day.
    .feedback = Once a photo is online, others can save it in seconds. One day is enough for it to spread.

private-eye-recap = Your name, address, school, phone number and passwords are yours to keep. Prizes that ask for them are tricks. When something online asks for your details, stop and show a trusted adult.

## Quiz

private-eye-quiz-which-private = Which of these are personal information to keep private? Choose all that apply.
private-eye-quiz-which-private-address = Your home address
    .feedback = Yes. Your address tells anyone where to find you.
private-eye-quiz-which-private-favourite-colour = Your favourite colour
    .feedback = Your favourite colour doesn't tell anyone who you are or where you are, so it's fine to share.
private-eye-quiz-which-private-password = Your password
    .feedback = Yes. A password is a secret, even from friends. Only your parents may know it.
private-eye-quiz-which-private-school = The name of your school
    .feedback = Yes. Your school's name helps a stranger find you.
private-eye-quiz-which-private-football-team = The football team you support
    .feedback = Lots of people support the same team, so it doesn't tell anyone who you are or where to find you. It's fine to share (just don't use it in a password).

private-eye-quiz-game-asks = A game says: "Type your phone number to unlock a free level." What do you do?
    .hint = Think about who could read the number once you type it.
private-eye-quiz-game-asks-answer-all = Type my number. A free level is worth it.
    .feedback = Your number would go to people you don't know, who could call or message you.
private-eye-quiz-game-asks-ask-adult = Stop and ask a trusted adult first.
    .feedback = Right! An adult can help you check whether the game is safe, and your number stays private.
private-eye-quiz-game-asks-fake-address = Type a made-up number instead, so I still get the level.
    .feedback = That's not safe either. A game that asks for your number is a warning sign, and a made-up number might belong to a real person. Stop and ask an adult.

private-eye-quiz-only-friends = It's fine to share your password with your best friend.
private-eye-quiz-only-friends-true =
    .feedback = That's not true. Even a good friend can share it by mistake, or use it when you fall out. Keep passwords for you and your parents.
private-eye-quiz-only-friends-false =
    .feedback = Correct. Passwords are only for you and your parents, even if your friend is kind.

private-eye-quiz-location-photo = Which picture is safest for a public profile?
private-eye-quiz-location-photo-uniform-gate = A photo of you in your school uniform at the school gate
    .feedback = The uniform and the gate show exactly where you spend your day.
private-eye-quiz-location-photo-drawing = A drawing or an avatar you made
    .feedback = Yes! It shows who you are inside without showing where you are.
private-eye-quiz-location-photo-balcony = A selfie on your balcony
    .feedback = A balcony can show your building, your street and what's across the road: enough for someone to find where you live.

private-eye-quiz-tell-adult = If an app keeps asking for your details, you should tell a trusted adult.
private-eye-quiz-tell-adult-true =
    .feedback = Yes. You won't be in trouble for asking. A trusted adult can help you block or delete the app.
private-eye-quiz-tell-adult-false =
    .feedback = In fact you should: telling an adult is always a good idea. You won't be in trouble, and they can help you.
