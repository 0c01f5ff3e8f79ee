## Lesson: Games and spending (ages 9-12)

games-spending = Games and spending
    .summary = Find out how games get players to spend real money, and how to decide about it together with your family.

games-spending-eid = It's Eid! Karim is ten, and he gets Eid money from his grandpa, his aunts and his uncles. His favourite football game is free to download, and he plays it on Mum's phone.
    .alt = Under bright lanterns, Grandpa hands Karim a green envelope. A picture of a crescent moon hangs on the wall.

games-spending-chest = A shiny chest pops up in the game: "Mystery chest! Maybe a golden player inside! Only 2 hours left!" It costs 500 gems, and gems are bought with real money. Mum's card is saved on the phone: one tap would be enough.
    .alt = Karim looks at the phone. The screen shows a glowing treasure chest, blue gems, a clock and a green button. A bank card is linked to the phone by a dotted line.

games-spending-buy-now = What would you do if you were Karim?
games-spending-buy-now-tap-buy = Tap it now, and pay Mum back from the Eid money later.
    .feedback = Using a parent's card without asking isn't OK, even if you plan to pay it back. And the chest might not hold the player you want.
games-spending-buy-now-free-gems = Look for a website that promises free gems.
    .feedback = Websites that promise free gems can be traps that ask for your password or install harmful programs.
games-spending-buy-now-ask-mum = Stop, ask Mum, and decide together whether some Eid money can go on the game.
    .feedback = Well done! Asking first is always right. Together you can decide what is worth buying.

games-spending-real-money = Coins, gems and diamonds in games are often bought with real money. A loot box, or mystery chest, is something you pay for without knowing what's inside, and the rare prize it shows is often hard to get. Many free games earn their money from things players buy inside them. So never use a parent's card or PIN without asking, take your time when a game tells you to hurry, and agree on a game budget with your family.

games-spending-budget = Karim sits down with his parents and his Eid money. They agree together: one part goes into his savings jar, one part buys a present for his little sister, and a small part is for the game, to spend on something he has thought about for a whole day.
    .alt = Karim and his parents stand behind three jars on a table: one full of coins, one with a present, and one with a game controller.

games-spending-more-power = A week later, Karim has spent his game money. The game keeps flashing: "Your team is weak! Buy power now!" What should Karim do?
games-spending-more-power-next-month = Ask to use next month's money now.
    .feedback = The family agreed on the budget together. If it changes at the first flashing message, it stops working.
games-spending-more-power-keep-playing = Keep playing with what he has. The game is still fun without paying.
    .feedback = Great! That message is there to make him buy. A smart player enjoys the game and sticks to the family plan.
games-spending-more-power-ask-secretly = Ask Grandpa for more money, without telling Mum and Dad.
    .feedback = Secret spending makes the family plan stop working. If Karim really wants something, he can talk about it openly with his parents.

games-spending-recap = Gems and coins cost real money. With a loot box you pay without knowing what you'll get. Never use a parent's card or PIN without asking. Agree on a budget with your family, don't let a timer rush you, and enjoy the game.

## Quiz

games-spending-quiz-pretend-money = Gems and coins in a game are just pretend, so spending them doesn't matter.
    .hint = Where do the gems come from?
games-spending-quiz-pretend-money-true =
    .feedback = That's not true. Gems are often bought with real money, from a family card or from your Eid money.
games-spending-quiz-pretend-money-false =
    .feedback = Right. Behind the gems there is often real money.

games-spending-quiz-loot-box = What is a loot box, or mystery chest?
games-spending-quiz-loot-box-choose-prize = A box where you pick your prize
    .feedback = No. With a loot box you don't choose: the prize is random.
games-spending-quiz-loot-box-random = A box you pay for without knowing what's inside
    .feedback = Yes. And the rare prize it shows is often hard to get.
games-spending-quiz-loot-box-always-free = A free present from the game
    .feedback = Some boxes can be earned by playing, but many cost gems or real money.

games-spending-quiz-saved-card = Walid's dad's card is saved on the phone. A new skin costs just one tap. What should Walid do?
games-spending-quiz-saved-card-one-tap = Tap it. It's only a small amount, and Dad won't mind.
    .feedback = Small amounts add up, and it's Dad's money. Ask first, every time.
games-spending-quiz-saved-card-ask-first = Ask Dad first.
    .feedback = Yes. Asking first keeps things fair and avoids surprises for the family.
games-spending-quiz-saved-card-use-pin = Use the PIN he saw Dad type.
    .feedback = A PIN is private. Using it without asking isn't OK, even for something small.
games-spending-quiz-saved-card-pay-back = Tap it now, and pay Dad back later from his Eid money.
    .feedback = Even if he pays it back, using Dad's card without asking isn't OK. Asking first lets them decide together whether the skin is worth it.

games-spending-quiz-hurry = Which of these can push players to spend quickly? Choose all that apply.
    .hint = Look for what makes you feel you must buy right now.
games-spending-quiz-hurry-timer = A timer: "Only 2 hours left!"
    .feedback = Yes. A timer makes you feel you must hurry. You can always take your time.
games-spending-quiz-hurry-everyone-has = A message: "All your friends have the new skin!"
    .feedback = Yes. It can make you feel left out, so that you want to buy.
games-spending-quiz-hurry-pause-button = A button to pause the game
    .feedback = A pause button doesn't ask you to spend anything.
games-spending-quiz-hurry-parent-ok = A setting that asks for a parent's OK before every purchase
    .feedback = This setting slows spending down: it gives you and your parents time to think before paying.
games-spending-quiz-hurry-real-price = The price shown in real money, not only in gems
    .feedback = Seeing the real price helps you think before you buy, so it works against rushing.

games-spending-quiz-budget = Agreeing on a game budget with your family helps you enjoy games without surprises.
games-spending-quiz-budget-true =
    .feedback = Yes. When everyone agrees on the plan, nobody gets a nasty surprise, and you can enjoy your game.
games-spending-quiz-budget-false =
    .feedback = Actually, it helps. A budget you agree on together means no surprises for anyone.
