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

anti-virus-link = The next day, Layla reads the WhatsApp group of her class's parents with Dad. (WhatsApp is for ages 13 and up, older in some countries, so the class group is for the parents.) A message from a number nobody knows arrives: "Gold version of your favourite game, FREE! Tap the link to install it." A file is attached too.
    .alt = The class parents' group on Dad's phone: a message from an unknown number with a link, a star and a gift. A purple bug hides behind the phone, and a red flag stands nearby.

anti-virus-link-choice = What would you do if you were Layla?
anti-virus-link-choice-tap-install = Tap the link quickly, before everyone else.
    .feedback = Links and files from unknown senders can install harmful programs, like viruses, that spy on a phone or damage it. A "free gold version" is bait.
anti-virus-link-choice-forward = Forward it to a friend to ask if it's real.
    .feedback = Forwarding spreads the trap to more phones. It's better to stop and ask a trusted adult.
anti-virus-link-choice-show-parent = Tap nothing, show Mum or Dad, and get games only from the official app store, together.
    .feedback = Exactly! Apps in the official store are checked, which makes them much safer, though now and then a harmful one still gets through. A parent helps you choose, and your family can also report the message.

anti-virus-protect = Three habits protect a device like a shield. First, let updates install, with a parent, as soon as you can. Second, install apps only from your phone's official app store, and ask a parent first. Third, don't open links or files you weren't expecting, even when they come from someone you know: stop, and ask a trusted adult. On a family phone, these habits protect everyone's photos, messages and contacts.

anti-virus-recap = Updates fix weak spots. Apps come only from the official store, with a parent. Surprise links and files stay closed until a trusted adult has a look. And if you tap something by mistake, tell an adult straight away: you won't be in trouble.

## Quiz

anti-virus-quiz-why-update = Why does the family phone need its updates?
anti-virus-quiz-why-update-new-colours = Only for new emojis and colours
    .feedback = Updates can bring new things, but their most important job is to fix weak spots.
anti-virus-quiz-why-update-fix-weak-spots = They fix weak spots that criminals could use to get in
    .feedback = Yes! Each update closes gaps that criminals could use to get into the phone.
anti-virus-quiz-why-update-only-broken = Only to repair a phone that has stopped working
    .feedback = A phone can work perfectly and still have weak spots. Updates fix them before anyone can use them.

anti-virus-quiz-new-game = Your little brother wants a new game on the family phone. Which of these are safe ways to get it? Choose all that apply.
anti-virus-quiz-new-game-store-parent = From the official app store, with a parent
    .feedback = Yes. Apps in the official store are checked, which makes them much safer, though not perfect. A parent helps you choose a well-known game and check who made it.
anti-virus-quiz-new-game-group-link = From a link in a group chat that says "FREE!"
    .feedback = Links like this can carry harmful programs. Games should come from the official store.
anti-virus-quiz-new-game-friend-file = From a file a friend sends you in a chat
    .feedback = Even a friend's file can hide a harmful program without them knowing. Get games from the official store, with a parent.
anti-virus-quiz-new-game-download-site = From a website you find by searching "free download"
    .feedback = Download sites outside the official store can hide harmful programs. Get games from the official store, with a parent.

anti-virus-quiz-friend-link = A link is always safe if it comes from a friend.
    .hint = Could your friend have been tricked too?
anti-virus-quiz-friend-link-true =
    .feedback = That's not true. Your friend may have forwarded a trap without knowing it. If a link surprises you, ask an adult first.
anti-virus-quiz-friend-link-false =
    .feedback = Right. Even a friend can pass on a bad link by mistake. Stop and ask when a link surprises you.

anti-virus-quiz-gems-advert = An advert says: "Unlimited gems! Download our special version of your game." What do you do?
anti-virus-quiz-gems-advert-download = Download it. Unlimited gems, and it's my favourite game!
    .feedback = "Special versions" from outside the official store can hide harmful programs. Unlimited gems are the bait.
anti-virus-quiz-gems-advert-close-tell = Close it and tell a parent.
    .feedback = Yes. Games come from the official store, and only with a parent's OK.
anti-virus-quiz-gems-advert-share = Send it to my cousins first, to see if it works.
    .feedback = That would spread the risk to your cousins' phones too. Close it and tell a parent.

anti-virus-quiz-store-checked = Apps in the official app store are checked, but a harmful app can still sometimes get through.
anti-virus-quiz-store-checked-true =
    .feedback = Correct. Official stores are much safer, not perfect. Install apps with a parent, check who made them, and tell an adult if an app acts strangely.
anti-virus-quiz-store-checked-false =
    .feedback = It can happen. Stores check apps, and that makes them much safer, but now and then a harmful app slips through. Install apps with a parent.

anti-virus-quiz-tapped-by-mistake = If you tap a strange link by mistake, it's best to keep it secret.
    .hint = Who can help the phone if something went wrong?
anti-virus-quiz-tapped-by-mistake-true =
    .feedback = That's not true. Telling an adult quickly lets them check the phone and protect the family. You won't be in trouble.
anti-virus-quiz-tapped-by-mistake-false =
    .feedback = Correct. Tell a trusted adult straight away. Mistakes happen, and telling quickly helps.
