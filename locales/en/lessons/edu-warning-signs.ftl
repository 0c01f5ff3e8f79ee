## Lesson for parents and educators: Recognising the signs

edu-warning-signs = Recognising the signs
    .summary = Notice when something online is hurting a child, and respond in a way that keeps them talking to you.

edu-warning-signs-meet = Karim is twelve. After school he used to race out to play football with his cousins. For two weeks now he has stayed in his room, his phone face down beside him. He sleeps badly, eats little and jumps whenever a message arrives. One morning he said his stomach hurt and asked to stay home from school.
    .alt = A boy sits alone on his bed in a dark room at night, looking sad, his phone lying face down beside him; his mother looks in gently from the lit doorway.

edu-warning-signs-signs = Children rarely say "I am being bullied" or "someone is grooming me". More often, they show it. Watch for changes that last: in mood (sad, angry, anxious, withdrawn), in sleep and appetite; headaches or stomach aches; wanting to miss school or family visits; being upset after using the phone; suddenly hiding the screen or deleting messages; much more or much less time online; money, gifts, game credit or phone top-ups from someone the family does not know. One sign on its own proves nothing, and a teenager's wish for privacy is normal. What matters is a change from what is usual for your child, and several signs together.

edu-warning-signs-disclose = One evening Karim finally shows his mother the class WhatsApp group. A fake account has been posting an edited photo of him, and classmates add laughing faces and insults. He is close to tears. What should his mother do first?
edu-warning-signs-disclose-take-phone = Take his phone away for a month so that it stops.
    .feedback = It feels protective, but Karim will hear it as a punishment for telling. He also loses his friends and the family chats, and next time he may hide the problem. Meanwhile the bullying goes on without him seeing it.
edu-warning-signs-disclose-call-parents = Call the parents of the boy she suspects, tonight.
    .feedback = Her anger is understandable, but acting before listening can make things worse for Karim at school, and she may have the wrong person. Better to listen first, then decide together, often with the school.
edu-warning-signs-disclose-listen = Sit with him, stay calm, thank him for telling her, and listen.
    .feedback = Yes. Calm listening tells Karim he did the right thing. Once he feels safe, they can save the evidence and plan the next steps together.
edu-warning-signs-disclose-reply = Write in the group herself to defend him.
    .feedback = A parent's reply in a class group usually draws more attention to the post and can embarrass Karim even more. The calmer path is to save the evidence and report.

edu-warning-signs-respond = When a child tells you something has gone wrong online, your first reaction decides whether they will tell you again. Stay calm, even if you feel angry or afraid. Listen without interrupting, and believe them. Say clearly: "It is not your fault. You did the right thing by telling me." Do not take the phone away as a punishment: children who fear losing their phone stop telling. Then save the evidence and agree on the next steps together, so that the child keeps some say in what happens.

edu-warning-signs-evidence = Save evidence before anything is deleted or blocked. Take screenshots that show the message, the sender's name or username, and the date and time. Note the link to the page or profile, and keep everything together in one safe place. Do not reply to the person, and do not forward the material to anyone. One important exception: if a picture is sexual and shows a child, do not screenshot, save or forward it, even as evidence. Write down where it is, who sent it and when, and report it to the platform and to the police.

edu-warning-signs-gift = Rana is thirteen. Her mother notices new outfits for Rana's game character and a gift card she never bought. Rana explains that "a friend from the game" sends them. He is always kind, tells her she is more mature than other girls, and has asked her to chat on another app "where your parents won't bother us". He told her to keep their chats secret.
    .alt = A girl holds up a phone whose screen shows a wrapped gift and a closed padlock; beside her, a speech bubble shows a grey face with a finger on its lips.

edu-warning-signs-gift-choice = What should Rana's mother do?
edu-warning-signs-gift-choice-ban = Shout at Rana and ban all games for good.
    .feedback = Rana would learn that telling leads to punishment, and the man could still reach her from another device. She needs her mother on her side, not against her.
edu-warning-signs-gift-choice-talk = Talk calmly with Rana, without blame, and look at the chats together.
    .feedback = Yes. Gifts, flattery, a move to a private app and a demand for secrecy are, together, classic signs of grooming. Together they can note the details, block and report the account, and get help if anything more worrying appears.
edu-warning-signs-gift-choice-ignore = Leave it: gifts in games are normal.
    .feedback = Gifts between friends can be harmless, but gifts from an unknown adult who asks for secrecy are a warning sign. It is worth a calm conversation now.

edu-warning-signs-recap = Look for changes that last and signs that come together: mood, sleep, secrecy, fear of school, gifts or money from unknown people. A request to keep secrets from the family is a clear warning. When a child tells you: stay calm, listen, believe them, say it is not their fault, and do not confiscate the phone as a punishment. Save the evidence (but never copy a sexual image of a child), then plan the next steps together.

## Quiz

edu-warning-signs-quiz-which-signs = Which of these could be warning signs worth a gentle conversation? Choose all that apply.
    .hint = Think about changes from what is usual for the child, and signs that come together.
edu-warning-signs-quiz-which-signs-sleep = Sleeping badly for weeks and not wanting to go to school
    .feedback = Yes. A lasting change in sleep and avoiding school can show that something is troubling a child, online or offline.
edu-warning-signs-quiz-which-signs-teen-door = A 15-year-old who now closes her door when she calls her friends
    .feedback = A teenager's wish for privacy is normal. On its own, this is not a warning sign: look for lasting changes and several signs together.
edu-warning-signs-quiz-which-signs-gifts = Gifts or game credit from someone the family does not know
    .feedback = Yes. People who groom children often use gifts to build trust and a feeling of owing them something.
edu-warning-signs-quiz-which-signs-lost-match = Being grumpy for one evening after losing an important match online
    .feedback = A short bad mood after a defeat is ordinary. What matters is a change that lasts, and several signs together.
edu-warning-signs-quiz-which-signs-hiding = Suddenly hiding the screen and deleting chats when an adult comes near
    .feedback = Yes, especially when it is new. Sudden secrecy deserves a calm, curious question.

edu-warning-signs-quiz-take-phone = Taking the phone away is a good way to protect a child who has just told you they are being bullied.
edu-warning-signs-quiz-take-phone-true =
    .feedback = That is not true. The child feels punished for telling and may hide problems in future. And the bullying often goes on without them knowing.
edu-warning-signs-quiz-take-phone-false =
    .feedback = Right. Keep the child connected and talking to you, and deal with the bullying through reporting, blocking and the school.

edu-warning-signs-quiz-first-words = Walid, 12, shows you hurtful messages from his class group. What is the best thing to say first?
edu-warning-signs-quiz-first-words-why-late = "Why didn't you tell me sooner? You know that you can always come to me with anything like this."
    .feedback = It is meant kindly, but it sounds like blame, and Walid may regret telling you at all. Thank him first.
edu-warning-signs-quiz-first-words-told-you = "I told you not to join that group. Give me the phone and I'll deal with them myself."
    .feedback = This puts the blame on Walid and takes every decision away from him. The ones who did wrong are the people sending the messages.
edu-warning-signs-quiz-first-words-thank-you = "Thank you for telling me. It's not your fault, and we'll sort this out together."
    .feedback = Yes. It recognises his courage, removes the blame and promises support without taking every decision away from him.

edu-warning-signs-quiz-evidence = Your child is receiving threatening messages. What is the best way to keep evidence?
    .hint = Evidence should show what was sent, by whom, and when.
edu-warning-signs-quiz-evidence-delete = Delete the messages at once, so that the child does not have to read them again
    .feedback = It is kind to want to spare the child, but deleting removes the proof that the platform, the school or the police may need. Save first, then block.
edu-warning-signs-quiz-evidence-screenshots = Screenshots that show the messages, the sender's username, and the date and time of each one
    .feedback = Yes. Keep them together in a safe place. Then you can block and report without losing the proof.
edu-warning-signs-quiz-evidence-reply = Reply once, asking the sender to admit in writing what they have done
    .feedback = Replying can make things worse and gives the sender the attention they want. Do not engage: save and report.

edu-warning-signs-quiz-secret = An online "friend" who sends gifts and asks a child to keep their friendship secret from the family is a warning sign.
edu-warning-signs-quiz-secret-true =
    .feedback = Correct. Asking for secrecy is one of the clearest signs of grooming. A safe adult does not ask a child to hide things from their parents.
edu-warning-signs-quiz-secret-false =
    .feedback = It is a warning sign. Gifts combined with a demand for secrecy are a typical grooming pattern, and deserve a calm conversation and a report.
