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
net-rights-quiz-which-rights-information = Looking for information and learning from many sources
    .feedback = Yes. Getting information from many sources helps you learn and grow.
net-rights-quiz-which-rights-others-details = Finding out anything about anyone, such as a classmate's home address, since information is a right
    .feedback = No. Your right to information doesn't cover other people's private details: they have a right to privacy too.
net-rights-quiz-which-rights-be-heard = Giving your view on things that affect you, and having it taken seriously
    .feedback = Yes. You have the right to give your views and have them taken seriously.
net-rights-quiz-which-rights-post-anything = Posting whatever you like about anyone, because freedom of expression has no limits online
    .feedback = No. Freedom of expression has limits: it must respect other people's rights and reputation, online too.
net-rights-quiz-which-rights-privacy = Privacy for your messages, photos and personal details
    .feedback = Yes. Your messages, photos and personal details deserve protection.

net-rights-quiz-offline-only = Children's rights stop when you go online.
net-rights-quiz-offline-only-true =
    .feedback = Not so. Your rights apply on your phone, laptop or games console, just as they do at school or at home.
net-rights-quiz-offline-only-false =
    .feedback = Right. Your rights come with you wherever you connect.

net-rights-quiz-school-form = At her lycée in Tunis, Imane gets an online form asking students what they think of a new rule on phones. What's the best thing for her to do?
    .hint = Think about her right to be heard.
net-rights-quiz-school-form-ignore = Skip it: the adults will decide anyway, and one student's answer won't change anything.
    .feedback = Her view counts, and adults can only take into account the ideas that reach them. One clear answer can change a decision.
net-rights-quiz-school-form-honest = Give her honest view politely, with her reasons.
    .feedback = Yes. That's using her right to take part, and reasons help adults understand what students need.
net-rights-quiz-school-form-class-group = Complain in the class group instead, where her friends will agree with her.
    .feedback = Her friends may agree, but the people who decide the rule won't see it. The form is where her view can count.
net-rights-quiz-school-form-jokes = Fill it in with jokes.
    .feedback = Jokes don't help anyone understand what students really need, and the chance to take part is lost.

net-rights-quiz-eid-photo = After the Eid lunch, you want to post a group photo that shows your cousin Noor. What do you do first?
net-rights-quiz-eid-photo-close-friends = Post it only to my close friends list, so nobody outside family and friends sees it.
    .feedback = A smaller audience is still an audience, and anyone on the list can take a screenshot. Noor hasn't had a say yet.
net-rights-quiz-eid-photo-my-phone = Post it: I took it, so it's mine.
    .feedback = The phone is yours, but the faces aren't. Noor decides about her own picture.
net-rights-quiz-eid-photo-ask-noor = Ask Noor and the others in the photo if they agree.
    .feedback = Yes. Everyone in a photo has a right to privacy, and asking first shows respect.

net-rights-quiz-respect = My freedom to say what I think comes with respecting the rights of others.
net-rights-quiz-respect-true =
    .feedback = Yes. You can disagree strongly with an idea and still respect the person.
net-rights-quiz-respect-false =
    .feedback = Actually, it's true. The Convention links freedom of expression with respect for others' rights and reputation.
