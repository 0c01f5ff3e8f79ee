## Lesson: Voice chat, live streams and gifts in games (ages 9-12)

games-voice-chat = Voice chat, live streams and gifts in games
    .summary = Understand age labels, choose who can talk to you, spot "free coins" tricks, and know how to block, report and tell an adult.

games-voice-chat-store-page = Amine is 11 and lives in Casablanca. His cousins all play a battle game on their phones, and he wants to join them. On the game's page in the app store, he sees the number 12 in a coloured square, and two small notes: "In-game purchases" and "Users interact".
    .alt = Amine holds a phone showing a game's page: a picture of the game, a coloured square with a number, and two small icons, a coin and two speech bubbles.

games-voice-chat-age-labels = That number is an age label. In Europe the labels are PEGI (3, 7, 12, 16 and 18), and many app stores show IARC labels, which use the system of your country or region. The number says from what age the game's content (violence, scary scenes, bad language) is suitable. It doesn't say how hard the game is, or what other players say in the chat. "In-game purchases" means you can spend real money; "Users interact" means you can talk with strangers. Games also have minimum ages: Free Fire's rules say it isn't meant for children under 13, and Roblox keeps voice chat for players aged 13 and over. Check the label with your parents.

games-voice-chat-voice = Salma is 10 and lives in Tunis. She plays a building game on her brother's tablet, in a world open to everyone. Suddenly, a voice she doesn't know speaks in her headphones: "Hi! How old are you? Which school do you go to? Add me on another app, it's easier to talk there."
    .alt = Salma wears headphones and holds a tablet showing houses made of blocks; a sound wave and a question mark come out of a small character on the screen.

games-voice-chat-stranger = What should Salma do?
games-voice-chat-stranger-mute-block = Not answer, mute and block him, and tell her brother or her mum.
    .feedback = Well done! Questions about her age and her school, and a move to another app, are warning signs. She has done nothing wrong, and an adult can help her report him and change the settings.
games-voice-chat-stranger-answer = Answer politely: he seems nice, and it's rude not to reply when someone says hello.
    .feedback = Being polite never means giving your age or your school to a stranger. Someone who asks for them straight away is showing a warning sign.
games-voice-chat-stranger-other-app = Add him on the other app, but only to chat about the game.
    .feedback = On another app, nobody from the game can see what he says, and he's harder to report. Stay in the game, and tell an adult.

games-voice-chat-settings = Most games have settings for chat and voice: who can send you messages, who can talk to you, and whether your microphone is on. Choose them with an adult: only friends you know in real life, or off. Most games also let you mute, block and report a player, usually from their name or profile. Blocking isn't rude: it's your right. Reporting helps the game protect other children too. And after you block and report someone, tell an adult. You won't be in trouble.

games-voice-chat-live-stream = On his dad's phone, Rayan watches a live stream on TikTok: a famous EA SPORTS FC player is playing and chatting with fans. "Send me a gift and I'll say your name live!" says the streamer. The gifts are little animations bought with coins, and coins cost real money. In the chat, a message appears: "FREE 10,000 coins! Click here and type your username and password!"
    .alt = Rayan looks at a phone showing a live video with floating hearts and gift boxes, and a chat with a bright button and a coin.

games-voice-chat-gifts = What should Rayan do?
games-voice-chat-gifts-one-gift = Send just one small gift from his dad's account, to hear his name live.
    .feedback = Gifts are paid for with real money, and a "small" one often costs more than it looks. On TikTok, only adults aged 18 and over can send gifts during a live stream. It's his dad's money: he must ask first.
games-voice-chat-gifts-free-coins = Click the free coins link, but type only his username, not the password.
    .feedback = Links that promise free coins are tricks to steal accounts or to install harmful programs. Even a username helps the thieves. Nobody gives real coins away like this.
games-voice-chat-gifts-close-tell = Not click or send anything, and show the message to his dad.
    .feedback = Well done! His dad can report the message, and together they can enjoy the stream without spending anything.

games-voice-chat-recap = An age label (PEGI, IARC) tells you from what age a game's content is suitable, not who you'll meet in the chat, and games and apps have minimum ages too. With an adult, set voice and chat to friends only, or off. Never give your age, your school or your address to other players. Gifts cost real money, and "free coins" are a trick. Mute, block and report anyone who makes you uncomfortable, and tell an adult.

## Quiz

games-voice-chat-quiz-label-number = What does the number on an age label, such as PEGI 12, tell you?
games-voice-chat-quiz-label-number-how-hard = How hard the game is, so that younger players don't get stuck
    .feedback = The label isn't about difficulty: a very easy game can be labelled 18, and a hard one 3.
games-voice-chat-quiz-label-number-content = From what age the game's content, such as violence or scary scenes, is suitable
    .feedback = Yes. It looks at the content of the game itself, such as violence, scary scenes and bad language.
games-voice-chat-quiz-label-number-other-players = How old the other players you will meet in the game are
    .feedback = The label says nothing about who plays. People of any age, adults included, can be in the same game.

games-voice-chat-quiz-label-chat = A game's age label also checks what other players say in the chat.
games-voice-chat-quiz-label-chat-true =
    .feedback = It doesn't. The label is about the game itself. Other players can say things that don't fit the label at all, which is why chat settings matter too.
games-voice-chat-quiz-label-chat-false =
    .feedback = Right. PEGI warns that what players make or say can be unsuitable, whatever the label. That's why you set the chat with an adult and report problems.

games-voice-chat-quiz-stranger-asks = In a game, a voice you don't know asks: "How old are you? Which school do you go to?" What do you do?
games-voice-chat-quiz-stranger-asks-answer-kindly = Answer kindly, because he has been helping me win all evening
    .feedback = Being helpful in a game doesn't make someone safe. Your age and your school are private.
games-voice-chat-quiz-stranger-asks-made-up = Give the name of another school, so I can keep chatting without any risk
    .feedback = Making up answers keeps you chatting with someone who is already showing a warning sign. It's better to stop.
games-voice-chat-quiz-stranger-asks-block-tell = Not answer, block and report him, and tell an adult what he asked
    .feedback = Yes. You protect yourself and other children, and the adult can help.

games-voice-chat-quiz-safe-to-share = Which of these is fine to share with a player you only know from the game? Choose all that apply.
games-voice-chat-quiz-safe-to-share-school = The name of your school
    .feedback = Your school tells a stranger where to find you on weekdays. Keep it private.
games-voice-chat-quiz-safe-to-share-level-tips = Tips on how to finish a hard level
    .feedback = Yes. Talking about the game itself is fine, as long as nothing personal is shared.
games-voice-chat-quiz-safe-to-share-city = The name of your town and your neighbourhood
    .feedback = Your town and neighbourhood help a stranger work out where you live. Keep them private.
games-voice-chat-quiz-safe-to-share-photo = A photo of you in your football team's shirt
    .feedback = A photo shows your face, and a team shirt can give away your club or your school. Keep photos for people you know.

games-voice-chat-quiz-gift-money = Sending a virtual gift to a streamer during a live video costs real money.
games-voice-chat-quiz-gift-money-true =
    .feedback = Right. Gifts are bought with coins, and coins are bought with real money, often from a family's card.
games-voice-chat-quiz-gift-money-false =
    .feedback = They do cost money. Gifts are bought with coins, and coins are paid for with real money.

games-voice-chat-quiz-free-coins = A message in the game chat says: "FREE 10,000 coins! Just type your username and password here." What is it?
games-voice-chat-quiz-free-coins-trick = A trick: someone wants your password to take your account
    .feedback = Yes. No real game asks for your password in the chat. Don't click, and report the message.
games-voice-chat-quiz-free-coins-event = A special event from the game, since it's in the game's own chat
    .feedback = Anyone can write in a game's chat, scammers included. Real events never ask for your password.
games-voice-chat-quiz-free-coins-username-only = A real prize, but it's safer to type only my username
    .feedback = It's a trick. Even your username helps the thieves, and nobody gives away free coins like this.
