## Lesson: Strong passwords (ages 9-12)

strong-passwords = Strong passwords
    .summary = Make passwords that are hard to guess and easy to remember, keep them secret, and lock your screen.

strong-passwords-account = Nour is eleven. Her mum is helping her set up her first email account for school. Nour wants a quick password: her name and her birthday. Mum smiles: "Let's make one that's hard for others to guess, but easy for you to remember."
    .alt = Nour and her mum at a laptop on a table. A thought bubble shows a camel, a cloud and a teapot. Another bubble shows a face and a birthday cake, crossed out.

strong-passwords-pick = Which password would you choose for Nour?
strong-passwords-pick-name-birthday = Her name and her birthday
    .feedback = Easy to remember, but easy to guess too: lots of people know your name and birthday, and they are often easy to find online.
strong-passwords-pick-three-words = Three random words joined together, like camel, cloud and teapot (but her own!)
    .feedback = Great choice! Three random words make a long password that's hard to guess and easy to picture in your head.
strong-passwords-pick-numbers = 12345678, because it's quick to type
    .feedback = This is one of the first passwords criminals try. Short, common passwords can be cracked in seconds.

strong-passwords-strong = A strong password is long and surprising. Join three random words that have nothing to do with you: not your name, birthday, school, favourite team or pet. Use a different password for each account, especially your email, so that one stolen password can't open everything. And keep your passwords secret from everyone except your parents.

strong-passwords-bus = On the school bus, Nour's best friend Salma says: "Give me your game password! I'll play tonight and win you loads of points." Salma is kind, and she really wants to help.
    .alt = Nour and Salma sit on a blue school-bus seat. Nour holds her phone, which shows a padlock. Salma's speech bubble shows a key.

strong-passwords-share = What should Nour say?
strong-passwords-share-give-it = Give it. Salma is her best friend.
    .feedback = Even a good friend can pass it on by mistake, or use it after an argument. And inside your account, she could do things in your name.
strong-passwords-share-say-no = Say kindly: "My passwords are just for me and my parents. But come and play next to me!"
    .feedback = Well said! Nour keeps her account safe, and her friendship too.
strong-passwords-share-change-later = Give it now and change it tomorrow.
    .feedback = A lot can happen in one night: messages sent in her name, points lost. It's simpler to keep it secret from the start.

strong-passwords-lock = At Grandma's house, Nour puts the family tablet down on a table and goes to eat. Her little cousins love pressing buttons. What should she do first?
    .alt = At Grandma's house, the family tablet lies on a small table with a padlock on its screen. Nour, Grandma and Grandpa are at the meal behind it.
strong-passwords-lock-leave-open = Leave it as it is. She'll be back soon.
    .feedback = In a few minutes, anyone could open her messages or send something in her name, even by accident.
strong-passwords-lock-lock-screen = Lock the screen, with a PIN that only she and her parents know.
    .feedback = Yes! A locked screen keeps her accounts safe, even when the tablet is out of her hands.
strong-passwords-lock-hide-it = Hide it under a cushion.
    .feedback = Someone could still find it, and it would be wide open. A screen lock works wherever the tablet is.

strong-passwords-recap = Three random words make a strong password. Use a different password for each account. Share your passwords only with your parents. Lock your screen whenever you put your device down.

## Quiz

strong-passwords-quiz-strongest = Which password is the strongest?
strong-passwords-quiz-strongest-name-age = Your name followed by your age
    .feedback = Anyone who knows you could guess it.
strong-passwords-quiz-strongest-numbers = 123456
    .feedback = It's one of the first passwords criminals try. It can be cracked in seconds.
strong-passwords-quiz-strongest-three-words = Three random words, like a camel, a cloud and a teapot
    .feedback = Yes! Long, surprising and easy to remember.

strong-passwords-quiz-same-everywhere = Using the same password for all your accounts is a good idea.
    .hint = What happens to your other accounts if one password is stolen?
strong-passwords-quiz-same-everywhere-true =
    .feedback = Not so. If that one password were stolen, it would open all your other accounts too.
strong-passwords-quiz-same-everywhere-false =
    .feedback = Right. A different password for each account means one stolen password can't open everything.

strong-passwords-quiz-good-habits = Which are good password habits? Choose all that apply.
strong-passwords-quiz-good-habits-lock-screen = Locking the screen when you put your device down
    .feedback = Yes. A locked screen stops others from using your accounts.
strong-passwords-quiz-good-habits-pet-name = Using your cat's name, because it's easy to remember
    .feedback = Pet names are easy for others to find out, for example from your photos and posts.
strong-passwords-quiz-good-habits-parents-know = Letting your parents know your passwords
    .feedback = Yes. Your parents can help if you forget a password or if something goes wrong.
strong-passwords-quiz-good-habits-class-group = Posting your password in the class WhatsApp group so you don't forget it
    .feedback = Everyone in the group could read it and keep it.

strong-passwords-quiz-who-knows = Who may know your password?
strong-passwords-quiz-who-knows-best-friend = Your best friend
    .feedback = Even a kind friend can pass it on by mistake. Keep it for you and your parents.
strong-passwords-quiz-who-knows-parents = Your parents
    .feedback = Yes. Your parents help keep your accounts safe.
strong-passwords-quiz-who-knows-game-helper = A player who offers to level up your character
    .feedback = No. Someone who asks for your password in a game may want to take your account.

strong-passwords-quiz-message-asks = A message says it comes from your game and asks for your password "to check your account". You should send it.
    .hint = Who really needs to know your password?
strong-passwords-quiz-message-asks-true =
    .feedback = Not so. Messages that ask for passwords are a common trick to steal accounts. Show the message to a parent instead.
strong-passwords-quiz-message-asks-false =
    .feedback = Correct. Messages that ask for your password are a common trick. Don't reply, and show a parent.
