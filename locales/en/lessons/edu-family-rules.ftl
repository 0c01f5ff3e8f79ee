## Lesson: Family rules made together (parents and educators)

edu-family-rules = Family rules made together
    .summary = How to agree screen rules as a family, suited to each child's age and followed by the adults too, and how to keep spending under control.

edu-family-rules-friday = One Friday afternoon, Hoda and Karim sit down with Nour, 13, and Salim, 8, with a big sheet of paper and coloured pens. "Let's write our family screen agreement. Everyone suggests a rule, even Mama and Baba." Salim proposes "no phones at meals". Nour asks that her parents check with her before posting her photos in the family group. The sheet goes on the fridge.
    .alt = A family of four around a table, writing on a large sheet of paper with coloured pens, with a fridge behind them.

edu-family-rules-together = Rules made together work better than rules handed down. Children understand the reasons, so they keep the rules even when nobody is watching. Keep the list short and positive ("We put phones away at meals", "We ask before sharing someone's photo"), suit it to each child's age, review it as children grow, and follow it yourselves: children copy what adults do more than what adults say.

edu-family-rules-ages = One agreement, different ages. For young children: devices in shared rooms with an adult nearby, and apps and games chosen together. For 9 to 12: agreed times, asking before downloading or buying, and knowing what to do if something upsets them. For teenagers: more independence with shared values (kindness, privacy, sleep), screens out of the bedroom at night, and checking in rather than checking up.
    .alt = Three children of different heights, each with a device, next to three simple symbols: a sofa, a clock and a moon.

edu-family-rules-lunch = At Friday lunch with the grandparents, Karim answers messages on his phone. Nour says: "Baba, the agreement says no phones at the table!" What should Karim do?
edu-family-rules-lunch-adults-different = "Rules are for children. My messages are important."
    .feedback = Children notice double standards quickly, and the agreement loses its meaning. Adults teach most by example.
edu-family-rules-lunch-put-away = "You're right. I'll put it away, and if something is urgent, I'll step out."
    .feedback = Yes. Admitting it and following the rule shows that the agreement is for everyone, and that being reminded is fine.
edu-family-rules-lunch-drop-rule = "Then let's drop that rule. It's too hard."
    .feedback = Dropping a rule at the first slip teaches that rules don't matter. Keep it, or change it together at the next family review.

edu-family-rules-bill = A month later, the bank statement shows six game purchases. Salim had tapped "Buy" for gems on the family phone, where the bank card was saved. He thought the gems were free. Many children's games are designed to encourage small, repeated purchases, and a saved card puts them one tap away.
    .alt = A phone showing a game with a treasure chest and coins, next to a bank card and a long paper statement.

edu-family-rules-eid-money = Nour wants to spend all her Eid money on a season pass for her game. What is the best answer?
edu-family-rules-eid-money-refuse = "No. Games are a waste of money."
    .feedback = A flat refusal misses the chance to teach her to manage money, and she may look for ways around you.
edu-family-rules-eid-money-budget = "Let's agree on part of it. We'll put that amount on a prepaid card, and talk about what the pass really gives you."
    .feedback = Yes. A fixed budget on a prepaid or gift card lets her decide and learn, with a limit she cannot go past.
edu-family-rules-eid-money-give-card = "Here's my card and PIN. Manage it yourself."
    .feedback = The card and PIN should stay with adults. With them, a child can spend far more than the Eid money, by mistake or under pressure from a game.

edu-family-rules-recap = Make rules together, keep them short and positive, and suit them to each child's age. Follow them yourselves, and review them as children grow. For spending: no card saved on shared devices, a password for every purchase, the card and PIN kept by adults, and a clear budget such as an allowance or a prepaid card.

## Quiz

edu-family-rules-quiz-why-together = Why make family screen rules together with children?
edu-family-rules-quiz-why-together-no-complaints = So that, once they have agreed to them, the children can't complain or argue about the rules later
    .feedback = Making rules together is not a trick to end complaints. Children may still disagree, and that is a chance to talk and adjust.
edu-family-rules-quiz-why-together-understand = Children understand the reasons, so they keep the rules even when no one is watching
    .feedback = Yes. A rule a child helped to make is a rule they understand and feel is fair.
edu-family-rules-quiz-why-together-kids-decide = So that the children choose the rules themselves, and the parents no longer need to set limits
    .feedback = Children take part, but adults stay responsible: they guide the choices, suit them to each child's age and keep some limits.

edu-family-rules-quiz-adults-too = Family screen rules are for children only.
edu-family-rules-quiz-adults-too-true =
    .feedback = That is not true. When adults follow the agreement too, children see it as fair and copy the example.
edu-family-rules-quiz-adults-too-false =
    .feedback = Correct. A good family agreement applies to everyone, and adults teach most by example.

edu-family-rules-quiz-safe-payments = Which steps help prevent unexpected in-game purchases? Choose all that apply.
    .hint = Think about who approves a payment, and how.
edu-family-rules-quiz-safe-payments-hide-card = Keep the bank card in your wallet, out of the children's reach
    .feedback = If the card is saved on the phone, nobody needs to hold it: one tap is enough. Remove it from the device instead.
edu-family-rules-quiz-safe-payments-password-each = Require a password or an adult's approval for every purchase
    .feedback = Yes. A password for each purchase means an adult decides every time.
edu-family-rules-quiz-safe-payments-share-pin = Give the child the card's PIN so they needn't disturb you
    .feedback = The card and PIN should stay private to adults. A child who has the PIN can spend without limit, by mistake or under pressure from a game.
edu-family-rules-quiz-safe-payments-no-saved-card = Remove any bank card saved on a shared phone or tablet
    .feedback = Yes. Without a saved card, nothing can be bought with a single tap.
edu-family-rules-quiz-safe-payments-prepaid = Use a prepaid or gift card loaded with an amount agreed in advance
    .feedback = Yes. A fixed amount limits spending and teaches budgeting.

edu-family-rules-quiz-six-year-old = Which rule suits Rayan, 6, best?
edu-family-rules-quiz-six-year-old-shared-room = The tablet in the living room with an adult nearby, and apps and games chosen together
    .feedback = Yes. At this age, an adult close by and choices made together are the best protection.
edu-family-rules-quiz-six-year-old-kids-mode = The tablet in his bedroom with "kids mode" on, so he can watch on his own
    .feedback = A kids mode helps, but like any filter it misses things, and at six a child needs an adult close by to ask and to share the moment.
edu-family-rules-quiz-six-year-old-no-rules = No rules yet: at six he is too young to understand them
    .feedback = Young children follow simple routines well. Simple rules now make later conversations easier.

edu-family-rules-quiz-review = A family agreement should be reviewed as children grow.
    .hint = Think about what a 7-year-old and a 15-year-old each need.
edu-family-rules-quiz-review-true =
    .feedback = Yes. What fits a 7-year-old won't fit a 15-year-old. Reviewing together gives more freedom as trust grows.
edu-family-rules-quiz-review-false =
    .feedback = In fact this is true. Children's needs change a lot between 7 and 15. Review the agreement together, for example at the start of each school year.
