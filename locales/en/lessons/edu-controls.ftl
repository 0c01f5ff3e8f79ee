## Lesson: Parental controls and their limits (parents and educators)

edu-controls = Parental controls and their limits
    .summary = What controls on phones, tablets, consoles and the home router can do, how to set them up with your child, and what they can never replace.

edu-controls-new-tablet = When Yousef, 9, passes his exams, his aunt Noura gives him a tablet. He can't wait to download his cousins' favourite game. His mother, Salma, wonders where to start: "Should I lock everything? Will I even find the settings?"
    .alt = A boy holds a new tablet with a big smile while his mother, beside him, looks at it thoughtfully; an open gift box lies nearby.

edu-controls-layers = Parental controls come in layers, and you don't need all of them. On the phone or tablet: a child account, age ratings in the app store, approval before any download or purchase, and screen-time limits. On a games console: games limited by age rating, chat with approved friends only or switched off, and a spending limit. On the home router or from your internet provider: filtering for every device on the home Wi-Fi, and pausing the internet at bedtime. Many operators offer family options, so ask yours. Inside apps: private accounts, and control over who can send messages.
    .alt = Four stacked layers, each with a small shield: a tablet, a game console, a home router and an app window.

edu-controls-first-steps = Where should Salma start?
edu-controls-first-steps-everything = Install every control app she can find and lock everything down.
    .feedback = Too many tools clash with each other, slow the device and block useful things. A few well-chosen settings are enough to start.
edu-controls-first-steps-together = Sit with Yousef, set up a child account together, and explain each setting and why.
    .feedback = Yes. Children who understand the settings are less tempted to get around them, and they know they can ask for a change.
edu-controls-first-steps-secretly = Set everything up secretly at night so he doesn't notice.
    .feedback = Children usually discover hidden settings, and trust suffers. Being open works better and keeps the conversation going.

edu-controls-time-limit = One evening, Yousef's screen time runs out in the middle of a match with his cousins. He begs for more. What is the best approach?
edu-controls-time-limit-extend = Give him extra time whenever he asks.
    .feedback = If the limit always moves, it stops meaning anything. Adjusting it now and then is fine, but on purpose, not every time.
edu-controls-time-limit-warning = Agree in advance on a ten-minute warning, so he can finish the match and then stop.
    .feedback = Yes. A warning lets him finish well and respects his game. Agreed limits with a warning lead to far fewer arguments.
edu-controls-time-limit-cut-off = Let the tablet cut off without warning. Rules are rules.
    .feedback = A sudden cut-off in the middle of a match feels unfair, and his team loses. It tends to bring arguments rather than learning.

edu-controls-limits = Parental controls are a seatbelt, not a driver. They help, but they have limits: filters miss some harmful things and block some useful ones; home Wi-Fi filtering does not apply on mobile data or at a friend's house; older children can find ways around settings; and no setting teaches judgement. So combine controls with conversation, tell children what is switched on and why, and loosen the settings as age and trust grow. Controls never replace talking.

edu-controls-recap = Controls work in layers: the device, the console, the home router or provider, and the apps. Start simple, set them up with your child, and explain why. Agree on limits with a warning. Remember what controls cannot do, and keep talking: controls support the conversation, they don't replace it.

## Quiz

edu-controls-quiz-replace-talk = With good parental controls, you no longer need to talk with children about their online life.
edu-controls-quiz-replace-talk-true =
    .feedback = That is not true. Controls miss things, don't follow children everywhere and don't teach judgement. Conversation prepares children for what filters miss.
edu-controls-quiz-replace-talk-false =
    .feedback = Correct. Controls support the conversation; they never replace it.

edu-controls-quiz-router = What does filtering on the home router do?
    .hint = Think about where a child's phone gets its internet.
edu-controls-quiz-router-everywhere = It keeps protecting the child's phone wherever they go, once the phone has joined the home Wi-Fi
    .feedback = Router filtering works only on that network. On mobile data or a friend's Wi-Fi, it no longer applies.
edu-controls-quiz-router-reads-messages = It lets parents see the messages their child sends and receives
    .feedback = Filtering blocks kinds of websites; it does not read messages. Secretly reading a child's messages would also damage trust.
edu-controls-quiz-router-home-wifi = It covers every device on the home Wi-Fi, but not mobile data or other networks
    .feedback = Yes. It is a useful layer for the whole home, but outside the home Wi-Fi it no longer protects.

edu-controls-quiz-bills = The family keeps getting surprise bills for items bought in Yousef's console game. Which settings deal with that? Choose all that apply.
    .hint = Each layer of control does a different job.
edu-controls-quiz-bills-age-ratings = Allowing only games with an age rating that suits a 9-year-old
    .feedback = Age ratings decide which games he can play, but a game rated for a 9-year-old can still sell items inside it.
edu-controls-quiz-bills-spending-limit = A spending limit, or approval for each purchase
    .feedback = Yes. It stops surprise bills, which are a contract risk, and lets an adult decide each time.
edu-controls-quiz-bills-friends-chat = Chat only with friends you have approved
    .feedback = This cuts contact with strangers, which is useful, but it does not stop anyone buying items.
edu-controls-quiz-bills-router-filter = Filtering on the home router
    .feedback = Router filtering blocks kinds of websites; it is not made to stop purchases inside a game.

edu-controls-quiz-twelve = What is the best way to use controls with a 12-year-old?
edu-controls-quiz-twelve-explain = Explain what is switched on and why, and review it together as trust grows
    .feedback = Yes. Openness keeps trust, and reviewing together prepares the child for more independence.
edu-controls-quiz-twelve-spy = Quietly install an app that shows all their messages, so you can step in early without arguments
    .feedback = Secret monitoring damages trust when it is discovered, and children learn to hide better. Be open about any checks.
edu-controls-quiz-twelve-nothing = Switch everything off: at twelve they are old enough to manage alone
    .feedback = A 12-year-old still benefits from some settings, such as purchase approval and private accounts, chosen and explained together.

edu-controls-quiz-blocks-useful = A content filter can block useful pages by mistake, such as health information.
    .hint = Think about how a filter sorts millions of pages.
edu-controls-quiz-blocks-useful-true =
    .feedback = Correct. Filters make mistakes in both directions: some harmful content gets through, and some useful pages are blocked. That is why children also need to know what to do and whom to tell.
edu-controls-quiz-blocks-useful-false =
    .feedback = In fact this is true. No filter is perfect: some useful pages, such as health information, get blocked, and some harmful content gets through.
