## Lesson for parents and educators: Running the lessons in class

edu-facilitating = Running the lessons in class
    .summary = A facilitator's guide for each age band: goals, timing, discussion questions, a safe space, and what to do if a child tells you something.

edu-facilitating-meet = Ms Huda teaches in a village school near Sfax, in Tunisia, with one projector and a few shared tablets. This term she will run { -app-name } lessons, in Arabic and sometimes in French, with three groups: a class of seven-year-olds, a class of eleven-year-olds and a club of fifteen-year-olds. Each group needs a different kind of session, and each needs to feel safe enough to speak.
    .alt = A teacher raises her hand beside a projected picture of a hoopoe, while children of different ages sit in front of her, one tablet on the floor among them.

edu-facilitating-safe-space = Start every session by building a safe space. Agree a few ground rules together: we listen to each other; we do not name or laugh at real people; anyone may say "pass"; what classmates share stays kind and private. Discuss risks through the characters in the stories, not through the children's own experiences. Say at the start that anyone can talk to you privately after the session. Before you begin, know who your school's child-protection contact is and what the procedure is. Aim for resilient children, not fearful ones: talk about the good things the internet offers as well as the risks.

edu-facilitating-band-under-9 = Under 9: read together (about 15 minutes). Goal: one simple idea, such as "ask a grown-up before you tap" or "you can always tell". Show the lesson on one screen, read each card aloud, let children point at the pictures and vote on the choices by raising their hands, and let them greet { -mascot }. Timing: 3 minutes warm-up ("What do you like doing on a phone?"), 8 minutes for the story and choices, 4 minutes to close by saying the key sentence together. Questions: "How does the child in the story feel?", "What could she do?", "Who are the grown-ups you can tell?" Keep it light, and repeat that nobody gets into trouble for telling.
    .alt = A man reads from a tablet showing a hoopoe to three young children sitting on a round rug; one child raises a hand to point.

edu-facilitating-band-9-12 = Ages 9–12: workbook-style, with discussion (about 30 minutes). Goal: a practical skill, such as recognising personal information, telling a joke from bullying, or knowing where to get help. Timing: 5 minutes for an opening question, 10 minutes working through the lesson in pairs, 10 minutes of class discussion, 5 minutes for the quiz, done individually. Questions: "How can you tell a real prize from a trick?", "When does a joke become bullying?", "Who can you ask for help at home and at school?" Ask pairs to explain their choices: the reasons matter more than the right answer.
    .alt = Two pairs of children sit at desks sharing tablets and worksheets; one child raises a hand to speak.

edu-facilitating-band-13-18 = Ages 13–18: Net rules and peer discussion (about 40 minutes). Goal: young people shape their own rules from the Net rules key messages, such as "cyberbullying is never okay", "think twice before meeting someone from online", "you have the right to say no" and "you have the right to privacy". Timing: 5 minutes of introduction, 20 minutes in small groups (each takes one rule and a scenario), 10 minutes for groups to present, 5 minutes to agree a class list. Questions: "What would you say to a friend who is being pressured to send a photo?", "How can you check that someone is who they say?", "How can you say no without losing face?" Step back and let them lead; never ask for personal stories in front of the group.
    .alt = Teenagers sit around a large sheet of paper, talking and drawing on it, while a teacher listens from the side.

edu-facilitating-disclose = After a session with the eleven-year-olds, Sara waits until the others have left. She says a man she met in a game keeps asking her for photos, and told her to keep it secret. She asks Ms Huda not to tell anyone. What should the teacher do?
edu-facilitating-disclose-promise = Promise to keep the secret, so that Sara keeps trusting her.
    .feedback = This is a promise she cannot keep, and breaking it later would hurt Sara's trust even more. Tell her kindly that you will only tell the people whose job is to help keep her safe.
edu-facilitating-disclose-listen-refer = Listen calmly, thank her, avoid leading questions, write down her words, explain who she will tell, and follow the school procedure today.
    .feedback = Yes. Your role is to listen, reassure and pass the concern on, not to investigate. Note Sara's own words and the time, and tell the child-protection contact the same day.
edu-facilitating-disclose-investigate = Ask to see all the chats, and message the man herself.
    .feedback = Investigating is a job for professionals. Contacting the man may warn him and put Sara at greater risk.
edu-facilitating-disclose-class-example = Use the story, without names, in the next lesson.
    .feedback = Even without names, classmates may guess, and Sara would feel exposed. What she shared stays between her and the people who need to act.

edu-facilitating-dashboard = Write your class's join code on the board. Each child taps "Join my class", types the code, then picks their name and their picture password. If the code spreads beyond the class, make a new one: the old one stops working. Your dashboard shows who has started, finished and mastered each lesson, and you can choose when children see their quiz results. Its "difficult questions" view shows which questions the class often gets wrong, and which wrong answer they chose. Use it to plan the next discussion: if many children thought it was fine to type a phone number for a free game level, start there. Use the results to guide your teaching, never to shame a child or to compare children in front of the class.

edu-facilitating-recap = Build a safe space first: ground rules, the right to pass, and the offer to talk privately. Under 9: read together with pictures, about 15 minutes. Ages 9–12: workbook-style in pairs, then discussion. Ages 13–18: peer discussion of the Net rules, led by the young people. If a child tells you something: listen, do not promise secrecy, do not investigate, and follow your school's procedure the same day. Use the class join code and the "difficult questions" view to decide what to revisit.

## Quiz

edu-facilitating-quiz-under-9 = Which format suits Ms Huda's class of seven-year-olds best?
edu-facilitating-quiz-under-9-dangers-talk = A clear talk listing the main dangers of the internet, so that they know from the start what to avoid
    .feedback = A list of dangers can frighten young children without giving them skills. One simple idea, told through a story, works better.
edu-facilitating-quiz-under-9-read-together = Reading the lesson together with pictures, for about 15 minutes
    .feedback = Yes. A short shared reading with pictures and choices suits young children, and the adult can reassure them as they go.
edu-facilitating-quiz-under-9-alone-long = Each child working alone on a tablet for a whole 45-minute lesson, at their own pace
    .feedback = Young children need an adult beside them, and short sessions. Alone for 45 minutes, they lose focus and no one is there to answer their questions.

edu-facilitating-quiz-promise = If a child tells you about harm and asks you to keep it secret, you should promise to.
    .hint = Think about what you will have to do next.
edu-facilitating-quiz-promise-true =
    .feedback = No. You will need to pass the concern on to keep the child safe, so this is a promise you cannot keep. Say kindly that you will only tell the people whose job is to help.
edu-facilitating-quiz-promise-false =
    .feedback = Right. Be honest from the start: you will only tell the people who can help keep the child safe.

edu-facilitating-quiz-difficult = What does the dashboard's "difficult questions" view show you?
edu-facilitating-quiz-difficult-weakest = Which children scored lowest, so you can tell their parents
    .feedback = No. It looks at questions across the class, to guide your teaching, not to label children.
edu-facilitating-quiz-difficult-home-apps = Which apps and websites each child used at home this week, so you can warn their families
    .feedback = No. It only shows the answers the class gives in the lesson quizzes; it does not follow children outside the app.
edu-facilitating-quiz-difficult-missed = Which questions the class often gets wrong, and which wrong answer they chose
    .feedback = Yes. It shows where the class's understanding is weakest, so you know what to discuss next.

edu-facilitating-quiz-safe-space = Which of these help to create a safe space? Choose all that apply.
edu-facilitating-quiz-safe-space-share-own = Asking each child to tell a real experience of their own
    .feedback = This can expose children and push them to share things they are not ready to share. Discuss risks through the characters in the stories instead.
edu-facilitating-quiz-safe-space-rules = Agreeing a few ground rules together, including the right to say "pass"
    .feedback = Yes. Rules the children helped to make are rules they respect, and nobody should feel forced to speak about their online life.
edu-facilitating-quiz-safe-space-promise-class = Promising the class that nothing said in the room will ever be repeated to anyone
    .feedback = It sounds reassuring, but you could not keep it: if a child reveals harm, you must pass it on. Ask for kindness and privacy, and be honest about that limit.
edu-facilitating-quiz-safe-space-private = Telling the group that anyone can come and talk to you privately after the session
    .feedback = Yes. Some children will only speak one-to-one, and now they know they can.
edu-facilitating-quiz-safe-space-name-names = Inviting children to name classmates who behave badly online, so you can follow up
    .feedback = Naming real people breaks a ground rule and can start new conflicts. Discuss behaviour through the story characters, and raise worries about a real child privately.

edu-facilitating-quiz-after-disclosure = A child has just told you something worrying. What comes next?
    .hint = Your role is to listen and pass it on, not to investigate.
edu-facilitating-quiz-after-disclosure-procedure = Write down the child's own words, and tell the school's child-protection contact the same day
    .feedback = Yes. The child's own words, the date and the time help the people whose job is to protect them.
edu-facilitating-quiz-after-disclosure-wait = Wait a week or so to see whether it happens again before raising it
    .feedback = Waiting can leave the child at risk. Act the same day.
edu-facilitating-quiz-after-disclosure-confront = Contact the person involved yourself and tell them firmly to stop
    .feedback = This may warn the person and destroy evidence. Leave it to the child-protection contact and, where needed, the police.
