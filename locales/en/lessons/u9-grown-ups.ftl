## Lesson: Rules for the whole family (under 9)

u9-grown-ups = Rules for the whole family
    .summary = Grown-ups show the way. Good screen rules are for everyone, big and small.

u9-grown-ups-meet = It's dinner time. Zaid's whole family sits together. But Baba keeps looking at his phone.
    .alt = A family sits around a dinner table with food. The father looks down at his phone.

u9-grown-ups-dinner = Zaid wants to tell Baba about his day. What can Zaid do?
u9-grown-ups-dinner-grab = Grab Baba's phone and hide it.
    .feedback = Grabbing can upset people. Kind words work much better.
u9-grown-ups-dinner-ask = Say kindly: "Baba, can your phone rest while we eat?"
    .feedback = Yes! Grown-ups forget sometimes too. Kind words help everyone remember.

u9-grown-ups-rules = { -mascot } says: good family rules are for everyone. Grown-ups and children make them together, and follow them together.

u9-grown-ups-make-rule = Zaid's family makes screen rules together. Which rule is fair for everyone?
u9-grown-ups-make-rule-everyone = All phones rest in a basket at dinner.
    .feedback = Yes! Big and small follow it. Now everyone can talk and listen.
u9-grown-ups-make-rule-kids-only = Only children put their screens away.
    .feedback = A rule for only some people doesn't feel fair. Good rules are for everyone.
u9-grown-ups-make-rule-none = No rules at all!
    .feedback = Without rules, screens can take all our time. Rules made together help the family.

u9-grown-ups-basket = The phones are in the basket. What can the family do at dinner now?
u9-grown-ups-basket-talk = Talk and laugh about their day.
    .feedback = Yes! Baba hears all about Zaid's day. Everyone enjoys dinner more.
u9-grown-ups-basket-stare = Stare at the basket and wait.
    .feedback = Ha ha! The phones are resting. Now it's time to talk with each other.

u9-grown-ups-ask-photo = Mama wants to share Zaid's photo in the family group. She asks him first. Now Zaid wants to share his cousin's photo. What does he do?
u9-grown-ups-ask-photo-post = Share it now. It's his cousin, not a stranger.
    .feedback = His cousin did not say yes. Zaid can do what Mama did: ask first.
u9-grown-ups-ask-photo-ask = Ask his cousin first, just like Mama did.
    .feedback = Yes! Zaid learned from Mama. Asking first shows respect.

u9-grown-ups-recap = Grown-ups show the way, and children learn from them. Families make screen rules together, and everyone follows them. If someone forgets, kind words help.

## Quiz

u9-grown-ups-quiz-good-dinner = Which picture shows a happy family dinner?
u9-grown-ups-quiz-good-dinner-talk = A family talks and laughs together.
    .feedback = Yes! Everyone is together, and the phones rest in the basket.
u9-grown-ups-quiz-good-dinner-phones = Everyone at the table looks at their own phone. Nobody talks.
    .feedback = Nobody is talking to anyone. Phones can rest while the family eats.

u9-grown-ups-quiz-only-children = Family rules are only for children.
u9-grown-ups-quiz-only-children-true =
    .feedback = No. Good family rules are for everyone, grown-ups too.
u9-grown-ups-quiz-only-children-false =
    .feedback = That's right! Big and small follow the family rules together.

u9-grown-ups-quiz-forgets = Baba forgets the rule. He uses his phone at dinner. What can you say?
    .hint = Which words would you like to hear if you forgot?
u9-grown-ups-quiz-forgets-copy = Say: "Then I'll play on the tablet too!"
    .feedback = The rule is for everyone, so don't break it too. Remind Baba of it kindly.
u9-grown-ups-quiz-forgets-kind = "Baba, do you remember our rule?"
    .feedback = Yes! A kind reminder helps Baba remember.
u9-grown-ups-quiz-forgets-shout = Shout: "That's not fair!"
    .feedback = Shouting can upset everyone. Kind words work better.
u9-grown-ups-quiz-forgets-nothing = Say nothing, and feel sad.
    .feedback = Your feelings matter. You can gently remind Baba of the rule.

u9-grown-ups-quiz-good-rules = Which are good family screen rules? Choose all the right ones.
u9-grown-ups-quiz-good-rules-kids-only = Only children switch off their screens at dinner.
    .feedback = That rule is not fair. A good rule is followed by big and small.
u9-grown-ups-quiz-good-rules-dinner = All phones rest during dinner.
    .feedback = Yes! Dinner is a time to talk together, and grown-ups' phones rest too.
u9-grown-ups-quiz-good-rules-no-rules-grown-ups = Grown-ups don't need rules.
    .feedback = Rules work best when grown-ups follow them too.
u9-grown-ups-quiz-good-rules-ask-photo = Ask before sharing someone's photo.
    .feedback = Yes! Everyone in the family does this, big and small.
