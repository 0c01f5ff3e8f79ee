## Lesson for parents and educators: When a pupil is targeted with a fake nude image

edu-ai-abuse = When a pupil is targeted with a fake nude image
    .summary = What to do first, what never to do and whom to call when a pupil faces an AI-made sexual image or online blackmail.

edu-ai-abuse-meet = Amine is fifteen and goes to a lycée in Sfax. At break he waits for Ms Trabelsi, his French teacher, his phone in his shaking hand. A "girl" he met on Instagram has turned his ordinary photos into a fake naked picture with an AI app. Now the account says it will send the picture to his class and his family tonight unless he pays 200 dinars.
    .alt = In an empty classroom, a teenage boy with his head lowered holds a phone against his chest; a woman teacher sits on a chair beside him, turned towards him, listening.

edu-ai-abuse-first = Ms Trabelsi has ten minutes before her next class. What should she do?
edu-ai-abuse-first-look = Ask Amine to show her the picture first, so that she can judge for herself how serious it really is.
    .feedback = Don't look at it. Seeing or handling a sexual image of a child harms the child again and can be an offence, whatever your intention. Write down in words what Amine tells you instead.
edu-ai-abuse-first-delete = Help Amine delete the chat and the picture and block the account at once, so that it is over.
    .feedback = Blocking can come later, but deleting destroys the evidence the platform and the police need, and the blackmailer still has the picture. Amine should stop replying and keep the chat.
edu-ai-abuse-first-secret = Promise Amine that she will tell nobody at all, since he is so ashamed, and deal with it herself.
    .feedback = This is a promise you cannot keep: a blackmailed pupil needs the safeguarding lead and, most likely, the police. Tell him kindly who you must tell, and why.
edu-ai-abuse-first-calm = Stay calm, say it is not his fault, note what he says, and take him to the safeguarding lead.
    .feedback = Yes. Your calm shows him that he can be helped. He is the victim: the person who made the picture and threatens him is the one in the wrong. The safeguarding lead decides the next steps with him, today.

edu-ai-abuse-first-steps = In the first hour. Stay calm and listen: your reaction decides whether the pupil goes on talking. Say clearly that it is not their fault, even if they once sent a photo themselves: the blackmailer, or whoever made the image, is responsible. Any pupil can be targeted; in recent blackmail cases many victims were boys aged 14 to 18. Write down, in words, what happened: the platform, the account names, the dates and times, what was demanded. Do not collect the image itself. Advise the pupil: don't pay, don't send anything more, stop replying, block later, and don't delete the chat. Tell the school's safeguarding lead (or the head) the same day. They report to the platform and to the police or child protection services, and decide with the pupil how to involve the family.

edu-ai-abuse-never = What never to do. Never view, copy, screenshot, print or forward the image, not even "as evidence", and not even to the head or the police: every copy is a new harm, and holding a sexual image of a child can be a crime in itself. Never ask the pupil to send it to you. Never delete it and forget about it: a deleted chat is lost evidence, and the threat does not go away. Never question or scold the pupil in front of others, and never promise to keep the secret. A picture made with AI is fake, but the harm is real: treat it as seriously as a real photo.

edu-ai-abuse-classmates = Two days later, the picture appears in a class WhatsApp group. A colleague, Mr Yassine, says: "Send it to me, I'll show it to the head so that she believes us." What should Ms Trabelsi do?
edu-ai-abuse-classmates-forward = Forward it to Mr Yassine and to the head, so that everyone in charge sees exactly what is going round.
    .feedback = Each forward is a new copy of a sexual image of a child, on more phones. The head and the police do not need to see it to act: the group's name, who posted and when are enough.
edu-ai-abuse-classmates-report = Refuse, tell the safeguarding lead the group's name, who posted and when, and report the post.
    .feedback = Yes. She passes on the facts, never the picture. The safeguarding lead informs the police and decides how to deal with the pupils who shared it; the group's admin and the platform can remove the post.
edu-ai-abuse-classmates-confront = Go into the class, tell the pupils she knows about the picture and collect the phones of the whole group.
    .feedback = A scene in class exposes Amine even more and can push pupils to delete evidence. Whether phones are searched is for the safeguarding lead and the police to decide, under the school's procedure.

edu-ai-abuse-whom = Whom to call. First, the school's safeguarding lead: every school should name one person for child protection; if yours has none, go to the head. Then, with them: the platform, through its report button; the police or child protection services, for blackmail and for any sexual image of a child, made with AI or not; and the family, unless that would put the pupil at risk. A child helpline listens and advises: your country's line is on the "Get help" screen of { -app-name }, when its number has been checked. For images of someone under 18, NCMEC's free Take It Down service helps stop them spreading: the young person, with a parent if they wish, chooses the image on their own device, and only a digital fingerprint is sent, never the picture. It has limits: it works only on the platforms that take part (Facebook, Instagram, TikTok, Snapchat and a few more), not inside encrypted chats such as WhatsApp, and a changed copy of the image may be missed. It can be used in Arabic.

edu-ai-abuse-afterwards = A week later, the police have Amine's report and the accounts have been reported. At home, Amine and his mother used Take It Down on his own phone. The safeguarding lead checks in with him every few days, and his class had a lesson on AI-made images without anyone being named. In class, Ms Trabelsi greets Amine just as she always has. He has started laughing with his friends again.
    .alt = In a sunny schoolyard, a teenage boy laughs with two friends by a tree, while a woman teacher walks past carrying books.

edu-ai-abuse-recap = Stay calm, tell the pupil it is not their fault, write down the facts in words, and tell the safeguarding lead the same day. Never view, copy, forward or keep the image, never ask for it, and never delete it and forget. The pupil doesn't pay, stops replying and keeps the chat. Report to the platform and to the police or child protection services, show the child helpline on "Get help", and use Take It Down knowing its limits. Keep checking in for weeks.

## Quiz

edu-ai-abuse-quiz-first-words = A pupil has just told you that someone is threatening to share a fake nude picture of him. What is the best thing to say first?
edu-ai-abuse-quiz-first-words-blame = How could you trust a stranger online? We have talked about this in class so many times.
    .feedback = Blame makes a pupil regret telling you and can stop them coming back. Whatever happened before, the blackmailer is the one in the wrong.
edu-ai-abuse-quiz-first-words-not-fault = You were right to tell me. This is not your fault, and we will deal with it together.
    .feedback = Yes. Pupils often stay silent out of shame. Hearing that it is not their fault, and that they are not alone, keeps them talking and keeps them safer.
edu-ai-abuse-quiz-first-words-only-fake = Don't worry, everybody knows it's just a fake made by AI. Ignore the messages and they'll soon get bored.
    .feedback = A fake can still be shared and believed, and the harm is real. Ignoring it is not enough: tell the safeguarding lead, and keep the chat.

edu-ai-abuse-quiz-evidence = The pupil offers to send you the picture "so that you have proof". What should you do?
edu-ai-abuse-quiz-evidence-look-once = Look at it just once, so that you can describe it accurately to the safeguarding lead
    .feedback = You don't need to see it: describe what the pupil tells you. The fewer people see the image, the better for the child.
edu-ai-abuse-quiz-evidence-school-email = Ask for it by school email, so that there is an official, dated copy for the head and the police
    .feedback = An email makes a new copy, on school servers, that others may see. The police gather evidence themselves; you only need to note the facts.
edu-ai-abuse-quiz-evidence-decline = Say no kindly, and write down who sent it, where and when
    .feedback = Yes. Don't take or keep the image. Your written note, and the pupil's phone left as it is, are what the safeguarding lead and the police need.

edu-ai-abuse-quiz-never = Which of these should a teacher never do? Choose all that apply.
edu-ai-abuse-quiz-never-forward = Forward the image to the head so that she can see how serious it is
    .feedback = Right, never do this. A description is enough, and every forward is a new copy.
edu-ai-abuse-quiz-never-tell-lead = Tell the school's safeguarding lead on the same day
    .feedback = This is something you should do: the safeguarding lead is the first person to call.
edu-ai-abuse-quiz-never-ask-send = Ask the pupil to send you the image so that nothing gets lost
    .feedback = Right, never ask for it. The pupil keeps their phone as it is, and the police collect what they need.
edu-ai-abuse-quiz-never-note-account = Write down the account name, the platform and the times of the messages
    .feedback = This is something you should do: these facts, written in words, are useful evidence without any copy of the image.
edu-ai-abuse-quiz-never-class-talk = Ask the pupil about the picture in front of the class
    .feedback = Right, never do this in public: it exposes the pupil and spreads the story further. Talk in private, with care.

edu-ai-abuse-quiz-take-it-down = What is true about NCMEC's Take It Down? Choose all that apply.
edu-ai-abuse-quiz-take-it-down-whatsapp = It removes the picture from the WhatsApp chats and groups it was already sent to
    .feedback = No. WhatsApp chats are end-to-end encrypted and Take It Down does not reach inside them. Report the messages in WhatsApp, and to the police.
edu-ai-abuse-quiz-take-it-down-fingerprint = The picture stays on the young person's phone; only a digital fingerprint is sent
    .feedback = Yes. Nobody sees the image: the participating platforms receive only its fingerprint, to find copies of it.
edu-ai-abuse-quiz-take-it-down-teacher-upload = A teacher can use it on the school computer once the pupil has sent them the picture
    .feedback = No. The young person, with a parent if they wish, uses it on the device where the image already is. No adult should receive a copy.
edu-ai-abuse-quiz-take-it-down-everywhere = Once it has been used, the picture can never appear again on any website or app
    .feedback = No. Only the platforms that take part use the fingerprints, and a changed copy of the image may not be recognised. Keep reporting.

edu-ai-abuse-quiz-ai-less = A picture made with AI is less serious than a real photo, so there is no need to involve the police.
edu-ai-abuse-quiz-ai-less-true =
    .feedback = This is false. A fake sexual image of a child harms them as much as a real one: it can be shared, believed and used for blackmail. Tell the safeguarding lead, who involves the police.
edu-ai-abuse-quiz-ai-less-false =
    .feedback = Correct. The image is fake, but the harm is real. Treat it as seriously as a real photo, and let the safeguarding lead involve the police.

edu-ai-abuse-quiz-paid = A pupil who has already paid the blackmailer can still report it, and should not pay anything more.
edu-ai-abuse-quiz-paid-true =
    .feedback = Correct. Paying rarely ends it: a blackmailer who has been paid often asks for more. It is never too late to report, and having paid does not make the pupil guilty of anything.
edu-ai-abuse-quiz-paid-false =
    .feedback = In fact this is true. Having paid does not stop a pupil from reporting, and paying again rarely ends the threats. Reassure them and report.
