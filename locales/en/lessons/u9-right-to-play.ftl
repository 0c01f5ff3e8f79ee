## Lesson: Time to play! (under 9)

u9-right-to-play = Time to play!
    .summary = Every child has the right to play, with a screen and without one.

u9-right-to-play-meet = Yousef plays a puzzle game on the family tablet. His little sister Salma runs in. "Can I play too?"
    .alt = Yousef sits on a cushion with a tablet. His little sister Salma runs towards him, smiling.

u9-right-to-play-share = What should Yousef do?
u9-right-to-play-share-say-no = Say: "No way! It's my game, and you're too little."
    .feedback = Salma would feel sad and left out. Little ones have the right to play too.
u9-right-to-play-share-take-turns = Say: "Yes! Let's take turns."
    .feedback = Well done! Taking turns is fair. Playing together is more fun for everyone.

u9-right-to-play-right = { -mascot } says: every child has the right to play and have fun. Big or small, girl or boy. Games on a screen can be fun too!

u9-right-to-play-kind = Salma tries the puzzle, but she gets it wrong. Now she looks sad. What can Yousef say?
u9-right-to-play-kind-laugh = "Ha ha! You're so slow!"
    .feedback = Laughing at someone hurts, even in a game. Salma might not want to play any more.
u9-right-to-play-kind-help = "Good try! Let's do it together."
    .feedback = Yes! Kind words help Salma feel brave. Games are happier when we are kind.

u9-right-to-play-new-game = Yousef sees a new game on the phone. It looks exciting. He wants it now!
u9-right-to-play-new-game-download = Download it now. All his friends play it!
    .feedback = Some games are made for older people. They may not be right for Yousef yet.
u9-right-to-play-new-game-ask = Ask Mama to look at it with him first.
    .feedback = Great idea! A grown-up can check that the game is right for his age.

u9-right-to-play-eid = It's Eid! The cousins come to visit. There is one tablet and five children. What can they do?
u9-right-to-play-eid-grab = Everyone pulls the tablet at the same time.
    .feedback = Pulling makes everyone cross, and the tablet might fall. Nobody has fun that way.
u9-right-to-play-eid-turns = Take turns, then play hide-and-seek in the yard.
    .feedback = Perfect! Turns on the tablet, then games outside. This way, everyone gets to play.

u9-right-to-play-recap = Playing is your right, and every child's right. Take turns and use kind words. Ask a grown-up before you start a new game.

## Quiz

u9-right-to-play-quiz-fair-play = Which picture shows fair play?
u9-right-to-play-quiz-fair-play-turns = Two children take turns and smile.
    .feedback = Yes! They take turns, so both of them have fun.
u9-right-to-play-quiz-fair-play-grab = A boy keeps the tablet away from his sister. She is sad and alone.
    .feedback = His sister is left out. Sharing and taking turns is the fair way.

u9-right-to-play-quiz-only-big = Only big children have the right to play.
u9-right-to-play-quiz-only-big-true =
    .feedback = No. Every child has the right to play, little ones too.
u9-right-to-play-quiz-only-big-false =
    .feedback = That's right! Every child, big or small, has the right to play.

u9-right-to-play-quiz-kind-words = Which are kind words in a game? Choose all the right ones.
    .hint = Think: which words would make you smile?
u9-right-to-play-quiz-kind-words-too-little = "You're too little. You don't know how to play!"
    .feedback = These words push a friend out of the game. Little ones learn by playing.
u9-right-to-play-quiz-kind-words-good-try = "Good try!"
    .feedback = Yes. These words help a friend feel brave.
u9-right-to-play-quiz-kind-words-i-won = "Ha ha! I won and you lost!"
    .feedback = Winning is nice, but laughing at someone who lost makes them sad. Say "Thanks for the game!" instead.
u9-right-to-play-quiz-kind-words-your-turn = "Your turn now!"
    .feedback = Yes. Taking turns is fair and kind.
u9-right-to-play-quiz-kind-words-so-slow = "You're so slow!"
    .feedback = These words can hurt. Try saying "Good try!" instead.

u9-right-to-play-quiz-new-game = You want a new game. What do you do first?
    .hint = Who helps you choose things that are right for you?
u9-right-to-play-quiz-new-game-friend-has = Download it now. My friend at school has this game.
    .feedback = Your friend may be older than you, and the game may not fit your age. Ask a grown-up first.
u9-right-to-play-quiz-new-game-ask = Ask a grown-up to look at it with me first.
    .feedback = Yes! A grown-up helps you pick a game that is right for your age.
u9-right-to-play-quiz-new-game-download = Download it fast, before anyone sees.
    .feedback = A game for older people may not be right for you. Asking first keeps play fun.
