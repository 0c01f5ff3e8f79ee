## Lesson: You have rights online (ages 13-18)

net-rights = You have rights online
    .summary = Your rights come online with you: to learn, to speak up, to play and to privacy. And everyone else has the same rights.

net-rights-everyday = Layla is 15. In one evening she watches a video that explains her maths lesson, chats with her class group about a science project, and plays an online football match with her cousins in another city. Her phone is part of almost everything she does.
    .alt = Layla sits on her bed holding a phone, surrounded by small pictures: a book, chat bubbles and a football.

net-rights-your-rights = The UN Convention on the Rights of the Child (1989) sets out the rights of every person under 18, everywhere in the world. These rights don't switch off when you go online. They include your right to look for information and learn, to say what you think and be listened to on things that affect you, to rest and play, to privacy, and to be protected from harm.

net-rights-survey = The school is planning new rules for phones during breaks, so the head teacher sends students an online form to ask what they think. In the class group, someone writes: "Why bother? The adults will decide anyway."
    .alt = A big phone screen shows a form with tick boxes, and three students look at it together.

net-rights-speak-up = Layla has an idea: allow phones in the library for revision, but not in the playground. What should she do?
net-rights-speak-up-skip = Skip the form. Nobody will read it anyway.
    .feedback = Her view counts. Taking part in decisions about your school is one of your rights, and adults can only hear the ideas that reach them.
net-rights-speak-up-share-idea = Fill in the form with her idea and her reason.
    .feedback = Yes! Giving your view on things that affect you is a right, and a clear reason makes adults more likely to take it seriously.
net-rights-speak-up-mock-form = Post a joke about the form so the group laughs.
    .feedback = A laugh is fine, but she'd waste a real chance to be heard, and might put off classmates who wanted to take part.

net-rights-respect = With rights comes respect. The Convention says freedom of expression can be limited to protect the rights and reputation of others. Everyone in your class group has the same rights as you: to privacy, to dignity, to their own opinion. Disagree with an idea if you like, but never attack the person.

net-rights-bus-photo = On the school bus, Omar takes a funny photo of his friend Karim asleep with his mouth open. He wants to post it in the class group. What should he do?
    .alt = Omar holds up his phone next to his friend Karim, who is asleep against the bus window.
net-rights-bus-photo-post-it = Post it. It's just a joke between friends.
    .feedback = Karim might not find it funny. Once it's in a group of thirty people, he can't take it back. His privacy is his right.
net-rights-bus-photo-ask-karim = Show Karim first, and only post it if he agrees.
    .feedback = Exactly. Asking first respects Karim's right to privacy, and if he says no, deleting it keeps the friendship safe too.
net-rights-bus-photo-status = Post it on his status for 24 hours only.
    .feedback = Anyone can take a screenshot in a second. Something online for a short time can stay around for ever.

net-rights-recap = Your rights come online with you: to learn, to be heard, to rest and play, to privacy and to safety. Use your voice, and remember that others have the same rights: ask before you post about someone, and disagree without insulting.

## Quiz

net-rights-quiz-which-rights = Which of these are rights the Convention on the Rights of the Child gives you, online too? Choose all that apply.
net-rights-quiz-which-rights-information = Looking for information and learning
    .feedback = Yes. Getting information from many sources helps you learn and grow.
net-rights-quiz-which-rights-be-heard = Saying what you think about things that affect you
    .feedback = Yes. You have the right to give your views and have them taken seriously.
net-rights-quiz-which-rights-privacy = Privacy
    .feedback = Yes. Your messages, photos and personal details deserve protection.
net-rights-quiz-which-rights-post-anything = Posting anything you like about anyone
    .feedback = No. Freedom of expression doesn't mean harming others: it respects their rights and reputation.

net-rights-quiz-offline-only = Children's rights stop when you go online.
net-rights-quiz-offline-only-true =
    .feedback = Not so. Your rights apply on your phone, laptop or games console, just as they do at school or at home.
net-rights-quiz-offline-only-false =
    .feedback = Right. Your rights come with you wherever you connect.

net-rights-quiz-school-form = Your school asks students for their opinion on a new rule through an online form. What's the best response?
    .hint = Think about your right to be heard.
net-rights-quiz-school-form-honest = Give my honest opinion politely, with my reasons.
    .feedback = Yes. That's using your right to take part, and reasons help adults understand you.
net-rights-quiz-school-form-ignore = Ignore it. The adults decide in the end.
    .feedback = You'd miss a chance to be heard. Your view could change the decision, but only if you share it.
net-rights-quiz-school-form-jokes = Fill it with jokes.
    .feedback = Jokes don't help anyone understand what students really need, and the chance to take part is lost.

net-rights-quiz-eid-photo = After the Eid lunch, you want to post a group photo that shows your cousin Noor. What do you do first?
net-rights-quiz-eid-photo-ask-noor = Ask Noor and the others in the photo if they agree.
    .feedback = Yes. Everyone in a photo has a right to privacy, and asking first shows respect.
net-rights-quiz-eid-photo-my-phone = Post it. It's on my phone, so it's mine.
    .feedback = The phone is yours, but the faces aren't. Noor decides about her own picture.
net-rights-quiz-eid-photo-tag-all = Post it and tag everyone so they see it.
    .feedback = Tagging spreads the photo even further, before anyone has had a say.

net-rights-quiz-respect = My freedom to say what I think comes with respecting the rights of others.
net-rights-quiz-respect-true =
    .feedback = Yes. You can disagree strongly with an idea and still respect the person.
net-rights-quiz-respect-false =
    .feedback = Actually, it's true. The Convention links freedom of expression with respect for others' rights and reputation.
