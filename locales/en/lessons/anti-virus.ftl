## Lesson: Anti-virus (ages 9-12)

anti-virus = Anti-virus
    .summary = Keep the family phone healthy: updates, apps from the official store, and surprise links left closed.

anti-virus-update = Layla is ten. At home everyone shares Dad's phone: Layla for homework, her brother for games, Grandma for video calls with her sisters. One evening the phone shows a message: "Update available." Layla's brother says: "Just press Later. Updates take ages."
    .alt = Dad and Layla look at the family phone. It shows a round update arrow and a green progress bar, and it is plugged in to charge.

anti-virus-update-choice = What should the family do?
anti-virus-update-choice-later-always = Press "Later" every time.
    .feedback = Updates fix weak spots that criminals use to get into devices. Pressing "Later" again and again leaves those weak spots open.
anti-virus-update-choice-update-tonight = Ask Dad to install it, for example tonight while the phone charges.
    .feedback = Good thinking! The update fixes weak spots and protects everything on the phone: the whole family's photos, messages and contacts.
anti-virus-update-choice-turn-off = Turn updates off so the phone stops asking.
    .feedback = Then the phone would never get its fixes. It's like never repairing a broken lock on the front door.

anti-virus-link = The next day, a message from a number nobody knows arrives in Layla's class WhatsApp group: "Gold version of your favourite game, FREE! Tap the link to install it." A file is attached too.
    .alt = The class group on the phone: a message from an unknown number with a link, a star and a gift. A purple bug hides behind the phone, and a red flag stands nearby.

anti-virus-link-choice = What would you do if you were Layla?
anti-virus-link-choice-tap-install = Tap the link quickly, before everyone else.
    .feedback = Links and files from unknown senders can install harmful programs, like viruses, that spy on a phone or damage it. A "free gold version" is bait.
anti-virus-link-choice-forward = Forward it to a friend to ask if it's real.
    .feedback = Forwarding spreads the trap to more phones. It's better to stop and ask a trusted adult.
anti-virus-link-choice-show-parent = Tap nothing, show Mum or Dad, and get games only from the official app store, together.
    .feedback = Exactly! Apps in the official store are checked before you can install them, and a parent helps you choose. Your family can also report the message.

anti-virus-protect = Three habits protect a device like a shield. First, let updates install, with a parent, as soon as you can. Second, install apps only from your phone's official app store, and ask a parent first. Third, don't open links or files you weren't expecting, even when they come from someone you know: stop, and ask a trusted adult. On a family phone, these habits protect everyone's photos, messages and contacts.

anti-virus-recap = Updates fix weak spots. Apps come only from the official store, with a parent. Surprise links and files stay closed until a trusted adult has a look. And if you tap something by mistake, tell an adult straight away: you won't be in trouble.

## Quiz

anti-virus-quiz-why-update = Why does the family phone need its updates?
anti-virus-quiz-why-update-new-colours = Only to get new colours and emojis
    .feedback = Updates can bring new things, but their most important job is to fix weak spots.
anti-virus-quiz-why-update-fix-weak-spots = They fix weak spots that criminals could use
    .feedback = Yes! Each update closes gaps that criminals could use to get in.
anti-virus-quiz-why-update-slower = To make the phone slower
    .feedback = No. Updates are there to protect the phone and keep it working well.

anti-virus-quiz-safe-habits = Which are safe habits for the family phone? Choose all that apply.
anti-virus-quiz-safe-habits-store-parent = Installing apps from the official store, with a parent
    .feedback = Yes. Apps in the official store are checked, and a parent helps you choose.
anti-virus-quiz-safe-habits-group-link = Installing a game from a link in a WhatsApp group
    .feedback = Links like this can carry harmful programs. Games should come from the official store.
anti-virus-quiz-safe-habits-updates = Letting updates install, with a parent's OK
    .feedback = Yes. Updates fix weak spots and keep the phone safe.
anti-virus-quiz-safe-habits-unknown-file = Opening a file sent by an unknown number
    .feedback = A file you weren't expecting can hide a virus. Leave it closed and ask an adult.

anti-virus-quiz-friend-link = A link is always safe if it comes from a friend.
    .hint = Could your friend have been tricked too?
anti-virus-quiz-friend-link-true =
    .feedback = Not always. Your friend may have forwarded a trap without knowing it. If a link surprises you, ask an adult first.
anti-virus-quiz-friend-link-false =
    .feedback = Right. Even a friend can pass on a bad link by mistake. Stop and ask when a link surprises you.

anti-virus-quiz-gems-advert = An advert says: "Unlimited gems! Download our special version of your game." What do you do?
anti-virus-quiz-gems-advert-download = Download it. Unlimited gems!
    .feedback = "Special versions" from outside the official store can hide harmful programs. Unlimited gems are the bait.
anti-virus-quiz-gems-advert-close-tell = Close it and tell a parent.
    .feedback = Yes. Games come from the official store, and only with a parent's OK.
anti-virus-quiz-gems-advert-share = Send it to my cousins first.
    .feedback = That would spread the risk to your cousins' phones too. Close it and tell a parent.

anti-virus-quiz-tapped-by-mistake = If you tap a strange link by mistake, it's best to keep it secret.
    .hint = Who can help the phone if something went wrong?
anti-virus-quiz-tapped-by-mistake-true =
    .feedback = Not so. Telling an adult quickly lets them check the phone and protect the family. You won't be in trouble.
anti-virus-quiz-tapped-by-mistake-false =
    .feedback = Correct. Tell a trusted adult straight away. Mistakes happen, and telling quickly helps.
