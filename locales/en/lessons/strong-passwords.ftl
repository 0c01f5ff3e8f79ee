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
strong-passwords-quiz-strongest-name-age = Your name and your age, with a ! at the end
    .feedback = Adding a ! doesn't help much: anyone who knows you could still guess your name and age.
strong-passwords-quiz-strongest-footballer = The name and shirt number of your favourite football player
    .feedback = Your friends know who your favourite player is, and famous names and numbers are easy to guess.
strong-passwords-quiz-strongest-numbers = 123456
    .feedback = It's one of the first passwords criminals try. It can be cracked in seconds.
strong-passwords-quiz-strongest-three-words = Three random words, like camel, cloud and teapot
    .feedback = Yes! Long, surprising and easy to remember.

strong-passwords-quiz-same-everywhere = Using the same password for all your accounts is a good idea.
    .hint = What happens to your other accounts if one password is stolen?
strong-passwords-quiz-same-everywhere-true =
    .feedback = That's not true. If that one password were stolen, it would open all your other accounts too.
strong-passwords-quiz-same-everywhere-false =
    .feedback = Right. A different password for each account means one stolen password can't open everything.

strong-passwords-quiz-good-habits = Which are good password habits? Choose all that apply.
strong-passwords-quiz-good-habits-lock-screen = Locking the screen when you put your device down
    .feedback = Yes. A locked screen stops others from using your accounts.
strong-passwords-quiz-good-habits-different-each = Using a different password for your email and for each game
    .feedback = Yes. Then one stolen password can't open all your accounts.
strong-passwords-quiz-good-habits-pet-name = Using your cat's name, because it's easy to remember
    .feedback = Pet names are easy for others to find out, for example from your photos and posts.
strong-passwords-quiz-good-habits-sticky-note = Writing it on a sticky note on the back of the family tablet
    .feedback = Anyone who picks up the tablet could read it. If you're afraid of forgetting, ask a parent to help you keep it safe.
strong-passwords-quiz-good-habits-tell-friend = Telling your best friend, in case you forget it
    .feedback = Even a kind friend can pass it on by mistake. Your parents are the ones who can help if you forget.

strong-passwords-quiz-who-knows = Who may know your password?
strong-passwords-quiz-who-knows-best-friend = Your best friend, if she promises never to tell anyone
    .feedback = Even a kind friend who promises can pass it on by mistake. Keep it for you and your parents.
strong-passwords-quiz-who-knows-parents = Your parents
    .feedback = Yes. Your parents help keep your accounts safe, and can help if you forget a password.
strong-passwords-quiz-who-knows-game-helper = A player who offers to level up your character
    .feedback = No. Someone who asks for your password in a game may want to take your account.

strong-passwords-quiz-message-asks = A message that asks for your password "to check your account" is a trick, even if it seems to come from your game.
    .hint = Who really needs to know your password?
strong-passwords-quiz-message-asks-true =
    .feedback = Correct. Messages that ask for passwords are a common trick to steal accounts. Don't reply, and show the message to a parent.
strong-passwords-quiz-message-asks-false =
    .feedback = It is a trick. Messages that ask for your password are a common way to steal accounts, even when they look official. Don't reply, and show a parent.
