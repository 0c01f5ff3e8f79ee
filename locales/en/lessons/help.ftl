## Lesson: Help! (ages 9-12)

help = Help!
    .summary = Know who to ask for help when something online worries you, and how to tell them.

help-secret = Mariam loves an online building game. For a few days, a player she doesn't know has been messaging her there. At first he gave her free gems for the game. Now he keeps asking for photos of her and says: "This is our secret. If you tell your parents, they'll take your tablet away." Mariam is worried and doesn't know what to do.
    .alt = Mariam sits on her bed holding a tablet, looking worried. Above the tablet is a message bubble with a padlock on it.

help-what-now = What would you do if you were Mariam?
help-what-now-keep-secret = Say nothing, so they don't take my tablet away.
    .feedback = That's exactly what the player wants: for you to stay alone with it. Someone who asks you to keep a worrying secret doesn't mean you well, and your family cares about your safety more than any tablet.
help-what-now-delete-and-forget = Delete the messages and try to forget.
    .feedback = Deleting the messages wipes out the proof, and the player might come back. Better to keep them and show a trusted adult.
help-what-now-save-and-tell = Send him nothing, take a screenshot, then tell Mum or Dad.
    .feedback = That's the right thing to do! You haven't done anything wrong: the one in the wrong is the person asking for photos. An adult can help you block and report him.

help-not-your-fault = If something online worries you, scares you or makes you sad, tell a trusted adult. You won't be in trouble for something someone else did. Secrets that make you feel scared or uncomfortable are not secrets you have to keep. And before you block anyone or delete anything, take a screenshot as proof.

help-trusted-adults = Your trusted adults are the grown-ups who listen to you and look out for your safety. At home: your mum or dad, a grandparent, an aunt or an uncle. At school: your teacher, the school counsellor or the head teacher. Think now: who are your trusted adults? If one of them doesn't help, tell another.
    .alt = Mariam in the middle, with her mum, her dad, her grandmother and her teacher around her, all smiling at her.

help-how-to-tell = Mariam picks a calm moment after dinner, when her mum isn't busy, and says: "Mum, I need to tell you about something that's worrying me." Then she shows her the screenshots. Her mum hugs her and says: "Well done for telling me. You didn't do anything wrong." Then she helps Mariam block the player and report him in the game.
    .alt = Mariam and her mum sit on the sofa. Her mum hugs her and they look at the tablet together.

help-help-button = This app has a button called "Get help". It reminds you what to do when something worries you. If your country has a child helpline that we have checked, the button shows it, and you can call it on your own or with a trusted adult. If we don't have a checked helpline for your country, it reminds you to talk to a trusted adult.
    .alt = { -mascot } stands next to a phone screen with a big button on it. The button shows two hands holding a heart.

help-friend = Your friend Hamza tells you that someone has been sending him hurtful messages for a week. Then he says: "Please don't tell anyone." What do you do?
help-friend-promise-silence = Promise never to tell anyone.
    .feedback = Being loyal to a friend is lovely, but staying silent leaves him alone with the problem. This kind of secret needs an adult to help.
help-friend-go-together = Listen to him, encourage him to tell an adult, and offer to go with him.
    .feedback = You're a great friend! Listening helps him feel better, and going with him makes it easier to talk. If he's still too scared, ask a trusted adult for advice yourself.
help-friend-message-bully = Send that person an angry message myself.
    .feedback = That could make things worse for both of you. Leave it to an adult to sort out, and be there for your friend.

help-recap = If something online worries you: don't reply, take a screenshot, and tell a trusted adult at home or at school. You won't be in trouble, and if nobody helps, tell someone else. Secrets that scare you are not secrets to keep. The app's "Get help" button can guide you too.

## Quiz

help-quiz-trusted = Who could be one of your trusted adults? Choose all that apply.
help-quiz-trusted-parent = Your mum or dad
    .feedback = Yes. Your parents are among the first people you can turn to.
help-quiz-trusted-game-friend = A friendly player you met in an online game, who is always kind to you
    .feedback = You don't really know who they are, even if they're kind. Choose an adult you know in real life.
help-quiz-trusted-teacher = Your teacher or the school counsellor
    .feedback = Yes. There are adults at school who can listen to you and help.
help-quiz-trusted-grandparent = Your grandmother or your aunt
    .feedback = Yes. Grown-ups in your family whom you trust can help you.
help-quiz-trusted-video-star = A famous gamer whose videos you watch every day
    .feedback = It can feel as if you know them, but they don't know you and can't look out for you. Choose an adult you know in real life.

help-quiz-in-trouble = If I tell an adult what happened to me online, I'll be in trouble.
help-quiz-in-trouble-true =
    .feedback = That's not true. The one in the wrong is whoever upset or scared you, not you. Your trusted adults want to help.
help-quiz-in-trouble-false =
    .feedback = Correct! You won't be in trouble. Telling an adult is a brave and clever thing to do.

help-quiz-evidence = Someone has been sending you nasty messages. Before you block them, what do you do?
    .hint = Think: how will the adult know exactly what happened?
help-quiz-evidence-delete-all = Delete all the messages
    .feedback = If you delete them, the proof is gone. Keep them, or take a screenshot first.
help-quiz-evidence-screenshot = Take a screenshot of the messages to show a trusted adult
    .feedback = Right! A screenshot is proof that helps adults report the person and stop them.
help-quiz-evidence-ask-why = Reply and ask why they're doing it
    .feedback = Replying can keep them going. Don't reply, keep the proof, and tell an adult.

help-quiz-bad-secret = If someone online says "This is our secret, don't tell your parents", I should tell a trusted adult.
help-quiz-bad-secret-true =
    .feedback = Correct. Someone who asks you to hide things from your family wants you to stay alone with it. Tell a trusted adult. You won't be in trouble.
help-quiz-bad-secret-false =
    .feedback = You should tell. This kind of secret is a warning sign, and a trusted adult can help you.

help-quiz-not-listening = You told an adult, but they were busy and didn't really listen. What do you do?
    .hint = Remember: how many trusted adults do you know?
help-quiz-not-listening-give-up = Give up. If one adult didn't listen, the others won't either.
    .feedback = Don't give up! What worries you deserves to be heard. Try another time or another person.
help-quiz-not-listening-handle-alone = Sort it out on my own. I'm big enough now, and I don't want to bother anyone.
    .feedback = You don't have to carry it alone, however old you are, and you're not bothering anyone. There are other adults who can help you.
help-quiz-not-listening-tell-another = Go back at a calm moment, or tell another trusted adult.
    .feedback = Right! Adults are sometimes busy. Pick a calm moment, and if that doesn't work, there are other adults who care about you.

help-quiz-button = What do you find when you press the app's "Get help" button?
help-quiz-button-helpline = What to do when something worries you, and the child helpline for your country if we have checked it
    .feedback = Right! And if we don't have a checked helpline for your country, it reminds you to talk to a trusted adult.
help-quiz-button-new-friends = A list of new friends to chat with
    .feedback = No. The button leads you to help, not to people you don't know.
help-quiz-button-games = Free games to take your mind off it
    .feedback = No. The button helps you talk about what happened, not forget it.
