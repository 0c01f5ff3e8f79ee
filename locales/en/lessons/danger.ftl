## Lesson: Danger? (ages 9-12)

danger = Danger?
    .summary = Learn the warning signs when someone online wants too much, and what to do about it.

danger-meet = Yousef is eleven. After school he plays a football game on the family tablet. A player called PitchStar often joins his team. He says he is twelve, and every time he writes: "You're the best player I've ever seen!"
    .alt = Yousef sits on a red cushion playing football on the family tablet. Chat bubbles with hearts and stars float beside him.

danger-gift = One day PitchStar writes: "I'll send you 500 coins for free. Let's chat on another app, it's more private. Send me a photo of you. And don't tell your parents, it's our secret."
    .alt = A phone chat up close: a bubble with coins and a gift, a bubble with a camera, a bubble with a padlock, and an arrow pointing to another app. A red flag stands beside it.

danger-what-now = What would you do if you were Yousef?
danger-what-now-take-coins = Take the coins and move to the other app. He's nice.
    .feedback = Lots of praise and free gifts are how some people win a child's trust fast. A private app where nobody else can see the chat, plus a secret, are two warning signs.
danger-what-now-ask-proof = Ask him to prove he's really twelve.
    .feedback = Anyone can lie, or send a photo of someone else. You don't have to find out the truth on your own: that's a job for a trusted adult.
danger-what-now-tell-dad = Stop replying, show Dad the messages, and block PitchStar together.
    .feedback = Well done! You stopped before sharing anything. A trusted adult can help you block and report the player. And you are not in trouble.

danger-warning-signs = People online are not always who they say they are. A "twelve-year-old" could be an adult, and a friendly photo could belong to someone else. Watch for the warning signs: a lot of flattery, gifts or game credit for nothing, asking for photos of you, asking to move to a private chat, or asking you to keep secrets from your family. One sign is enough: don't reply, block, and tell a trusted adult.

danger-photo = Imane is twelve and lives in Oran. She isn't old enough for a WhatsApp account of her own (WhatsApp is for ages 13 and up, older in some countries), so she chats with her cousins on her mum's phone. One evening, a number she doesn't know writes to her there: "Hi Imane! I'm a friend of your cousin Sara. Sara says you're the cleverest girl in the family! Send me a photo of yourself, and let's keep our chat secret." What should Imane do?
    .alt = Imane holds her mum's phone, where a message asks for a photo. A red flag stands next to her, and her mum is in the kitchen close by.
danger-photo-send-it = Send a photo. He knows Sara, so he isn't a stranger.
    .feedback = Knowing a name proves nothing: anyone can say "I know your cousin". And once a photo is sent, it can be saved and shared, and it can't be taken back.
danger-photo-ask-who = Ask who he is and chat a little to find out.
    .feedback = Chatting keeps the door open. Someone who asks for a photo and a secret has already shown two warning signs. It's better not to reply at all.
danger-photo-tell-mum = Don't reply, show Mum the message, and block the number together.
    .feedback = Great choice! Mum can check with Sara's family, and they can block the number together. Anyone who asks you to hide your chats from your family is showing a warning sign.

danger-recap = Some people online pretend to be someone else. Too much flattery, gifts, requests for photos or secrets, and moving to a private chat are warning signs. Don't reply, block, and tell a trusted adult. You won't be in trouble for telling.

## Quiz

danger-quiz-which-signs = Which of these are warning signs in a chat with someone you only know online? Choose all that apply.
danger-quiz-which-signs-keep-secret = They ask you to keep your chats secret
    .feedback = Yes. Safe people don't ask children to hide things from their family.
danger-quiz-which-signs-free-credit = They offer you game credit for nothing
    .feedback = Yes. Gifts for nothing are a way to win your trust quickly.
danger-quiz-which-signs-good-game = They write "good game" at the end of a match
    .feedback = That's just good manners between players. It doesn't ask anything of you.
danger-quiz-which-signs-private-app = They want to move to another, more private app
    .feedback = Yes. In a private chat, nobody else can see what they say to you.
danger-quiz-which-signs-play-again = They ask to play another match together tomorrow
    .feedback = Wanting another match is normal in a game. It becomes a warning sign when it comes with secrets, gifts, requests for photos or a move to a private chat.

danger-quiz-profile-photo = If a player's profile picture shows a child, the player must be a child.
    .hint = Think about who chooses the profile picture.
danger-quiz-profile-photo-true =
    .feedback = That's not true. Anyone can use any picture, even one taken from someone else. A picture proves nothing.
danger-quiz-profile-photo-false =
    .feedback = Right. Anyone can choose any picture and any age. People online are not always who they say they are.

danger-quiz-photo-request = Someone you only know from a game asks for a photo of you. What is the best thing to do?
danger-quiz-photo-request-old-photo = Send an old photo, or one where my face is hard to see.
    .feedback = Any photo of you can be saved and shared, and you can't take it back once it's sent. The request itself is the warning sign.
danger-quiz-photo-request-ask-why = Ask why they want it.
    .feedback = Whatever the answer, the request itself is a warning sign. It's better not to keep chatting.
danger-quiz-photo-request-tell-adult = Don't reply, and tell a trusted adult.
    .feedback = Yes. A trusted adult can help you block and report the player.

danger-quiz-gift-secret = A player says: "I'll give you a special skin, but don't tell anyone." What does this show?
    .hint = Look at what comes with the gift.
danger-quiz-gift-secret-generous = They're just being generous.
    .feedback = A gift that comes with a secret isn't kindness. It's a trick to win your trust.
danger-quiz-gift-secret-warning = Two warning signs at once: a gift, and a secret to keep.
    .feedback = Exactly. Stop, don't reply, and tell a trusted adult.
danger-quiz-gift-secret-lucky = It's my lucky day: skins cost a lot!
    .feedback = Gifts from someone you only know online can be a way to win your trust. Tell a trusted adult about it.

danger-quiz-could-be-adult = A player who says he is twelve could really be an adult.
danger-quiz-could-be-adult-true =
    .feedback = Right. Anyone can type any age and use someone else's picture. That's why one warning sign is enough to stop and tell a trusted adult.
danger-quiz-could-be-adult-false =
    .feedback = He could be. People online can lie about their age and use someone else's photo. One warning sign is enough: stop and tell a trusted adult.
