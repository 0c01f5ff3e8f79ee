## Lesson: Think twice before meeting up (ages 13-18)

net-meeting = Think twice before meeting someone from online
    .summary = People online aren't always who they say they are: spot the warning signs and keep any meeting safe.

net-meeting-new-friend = Noor is 15 and loves drawing. For two months she has been chatting with "Dana", who says she's 16 and follows the same art pages as Noor. Dana is funny, praises every drawing, and always seems to understand her.
    .alt = Noor draws at her desk; her phone shows a chat with an account whose picture is a smiling girl.

net-meeting-the-request = One day Dana writes: "Let's meet on Friday at the shopping centre near your school! Come alone and don't tell your parents, they won't get it. It'll be our secret." She also says her camera is broken, so they can't have a video call.
    .alt = A phone with chat bubbles and a calendar; Noor frowns, thinking.

net-meeting-warning-signs = People you meet online aren't always who they say they are: a photo, a name and an age are easy to fake. Warning signs are when someone pushes you to meet up, asks you to keep your chats secret or not to tell your family and friends, asks for personal details or photos of you, or expects you to be available and reply all the time. If a chat makes you uncomfortable, you can stop, block and tell an adult you trust. You won't be in trouble for it.

net-meeting-noor-choice = What should Noor do?
net-meeting-noor-choice-go-alone = Go. They've chatted for two months, so Dana is a real friend.
    .feedback = Two months of chatting doesn't prove who someone is. Asking her to come alone and hide it from her parents are warning signs.
net-meeting-noor-choice-take-friend = Go, but take a friend from school.
    .feedback = Better than going alone, but two girls secretly meeting someone they don't really know are still at risk. Adults need to know.
net-meeting-noor-choice-tell-mum = Show the chat to her mum before replying at all.
    .feedback = Well done. A genuine friend will understand. And if Dana isn't who she says, her mum can help Noor block and report the account.

net-meeting-safe-meeting = If you ever want to meet an online friend in person: talk to your parents first and get their OK. Never go alone: a parent or another trusted adult comes with you. Meet in a busy public place, in the daytime. Tell your family where you'll be and when you'll be back. And leave straight away if anything feels wrong. Someone who gets angry about these rules is showing you a warning sign.

net-meeting-gift = Omar's teammate in an online game, who says he's 17, offers to buy him game credit "as a gift" and asks for his phone number "so it's easier to talk". What should Omar do?
    .alt = Omar plays on a tablet; the screen shows a gift box and a chat bubble with a small phone drawn in it.
net-meeting-gift-give-number = Give him the number. He's been a good teammate.
    .feedback = A phone number opens a private line that no one else can see. Personal details are for people you know in real life.
net-meeting-gift-keep-game = Politely turn down the gift, keep chatting only inside the game, and tell his parents.
    .feedback = Well done. He keeps playing, his details stay private, and his parents know what's going on.
net-meeting-gift-gift-only = Accept the gift but don't give the number.
    .feedback = A gift can make him feel he owes this person something. It's safer to turn it down and tell a parent.

net-meeting-recap = People online aren't always who they say they are. Secrets, pressure to meet, and requests for personal details or photos are warning signs. Never meet someone from online alone: talk to your parents, take a trusted adult with you, and choose a busy public place. If something feels wrong, stop, block and tell an adult.

## Quiz

net-meeting-quiz-warning-signs = Which of these are warning signs in an online friendship? Choose all that apply.
net-meeting-quiz-warning-signs-same-game = They like the same game and chat with you about it inside the game
    .feedback = Sharing an interest is normal. What matters is how they behave: secrets, pressure, requests.
net-meeting-quiz-warning-signs-secret = They ask you to keep your chats secret from your family
    .feedback = Yes. Someone with good intentions doesn't need you to hide them from your family.
net-meeting-quiz-warning-signs-slow-replies = They sometimes take a day to reply, because they're busy with school or family
    .feedback = That's normal, not a warning sign. Watch for pressure instead: secrets, rushing to meet, requests for photos or details.
net-meeting-quiz-warning-signs-photos = They ask for photos of you or your home address
    .feedback = Yes. Personal details and photos can be used to find you or to pressure you.

net-meeting-quiz-two-months = If you've chatted with someone for months, you can be sure they are who they say they are.
net-meeting-quiz-two-months-true =
    .feedback = Not so. Time proves nothing: a photo, a name and an age can be faked for months.
net-meeting-quiz-two-months-false =
    .feedback = Right. Even a long online friendship can hide a different person.

net-meeting-quiz-safer-meeting = Your parents have agreed you can meet an online friend your age. Which of these make the meeting safer? Choose all that apply.
    .hint = Think: who comes with you, and where?
net-meeting-quiz-safer-meeting-friend-my-age = Taking a friend your own age instead of an adult, so it feels less awkward
    .feedback = A friend is better than no one, but two teens on their own can't handle trouble the way an adult can. Take a trusted adult.
net-meeting-quiz-safer-meeting-adult-comes = A parent or another trusted adult comes with you
    .feedback = Yes. If the person isn't who they said, an adult is there with you.
net-meeting-quiz-safer-meeting-their-house = Going to their house, where it's quieter and easier to talk
    .feedback = In a private place there's nobody around if something goes wrong. Choose a busy public place.
net-meeting-quiz-safer-meeting-busy-daytime = Meeting in a busy public place, in the daytime
    .feedback = Yes. There are plenty of people around, and it's easy to leave.
net-meeting-quiz-safer-meeting-family-knows = Your family knows where you'll be and when you'll be back
    .feedback = Yes. If anything changes or feels wrong, they know where to find you.

net-meeting-quiz-tell-adult = If a chat makes you uncomfortable, you can stop, block the person and tell an adult, even if you think you made a mistake.
net-meeting-quiz-tell-adult-true =
    .feedback = Yes. You won't be in trouble for asking for help: the adult is there to protect you.
net-meeting-quiz-tell-adult-false =
    .feedback = You always can. Whatever happened, telling a trusted adult is the best step, and the one in the wrong is the person who pressured you.

net-meeting-quiz-secret-msg = Someone you met online writes: "Don't tell anyone about our chats. Your parents would overreact." What do you do?
net-meeting-quiz-secret-msg-ask-why = Ask him why it has to be secret, and decide from his answer whether he's safe.
    .feedback = His answer might sound convincing, but the request itself is the warning sign. It's better to show an adult.
net-meeting-quiz-secret-msg-show-parent = Show the message to a parent or another adult I trust.
    .feedback = Yes. Being asked to keep secrets from your family is a warning sign, and an adult can help you block and report.
net-meeting-quiz-secret-msg-keep-secret = Keep the secret: he has always been kind to me, and telling would break his trust.
    .feedback = A real friendship doesn't need hiding from your family. This secret protects him, not you.
