## Lesson: Talking with children (parents and educators)

edu-talking = Talking with children
    .summary = How to make telling safe: no blame, calm listening, and the promise that a child won't be in trouble for telling.

edu-talking-quiet = Mariam, 10, has been quiet for three days. She puts the family phone face down when her father walks in, and she no longer wants to visit her cousins. At dinner every question gets the same answer: "Nothing." Late one evening she says: "Someone in the class group posted something horrible about me… but please don't take the phone away."
    .alt = A girl sits on a floor cushion hugging her knees, a phone face down beside her, while her father looks at her with concern.

edu-talking-first-words = What should her father, Ahmad, say first?
edu-talking-first-words-told-you = "I told you those groups are trouble. No more phone."
    .feedback = Mariam would learn that telling leads to punishment. Children who expect to lose their phone often stop telling, and the bullying goes on out of sight.
edu-talking-first-words-thank-you = "Thank you for telling me. You're not in trouble. Let's look at it together."
    .feedback = Yes. Thanks and reassurance come first. They keep the door open, and now you can help calmly, with the facts in front of you.
edu-talking-first-words-ignore-it = "Don't let it bother you. Just ignore them."
    .feedback = Ignoring can help with small things, but it leaves Mariam alone with the hurt. She came for help; show her you take it seriously.

edu-talking-safe-space = Children tell adults when they expect help, not punishment. Say it before anything happens: "Whatever you see or receive online, you can tell me, and you will not be in trouble for telling." Then keep the promise: thank them, stay calm even if you are shocked, and don't take the device away as a reaction. A safe space is built on ordinary days, long before a problem.

edu-talking-listening = Good conversations often happen side by side rather than face to face: in the car on the way to school, while cooking together, on an evening walk. Ask open questions: "What's the funniest thing you saw online this week?" "Which game are your friends playing now?" Sometimes play or watch with them. Listen more than you talk, and before you act, ask: "What would you like me to do?"
    .alt = A mother and her son walk side by side in the evening, talking and smiling, with the lights of the neighbourhood behind them.

edu-talking-next-step = Ahmad has listened. The post is real and hurtful. What is the best next step?
edu-talking-next-step-angry-message = Write an angry message to the other girl's parents in the parents' group.
    .feedback = Public anger often makes things harder for Mariam and can spread the post further. A calm, private route works better.
edu-talking-next-step-together = With Mariam, save screenshots, report the post, and speak calmly with her class teacher.
    .feedback = Yes. Evidence, reporting and the school working together usually stop it. Deciding with Mariam also gives her back some control.
edu-talking-next-step-delete-app = Quietly delete the app and say nothing more about it.
    .feedback = The post stays where her classmates can see it, and Mariam is cut off from her class group. The problem is hidden, not solved.

edu-talking-circle = Not every child will come to you first, and that is normal, especially for teenagers. Help each child name a few trusted adults: a grandmother, an aunt, a teacher, the school counsellor. Children with disabilities, and children who have moved from another country, may find it harder to explain; give them more time and other ways to tell, such as drawing or their first language.
    .alt = A child in the middle of a circle of smiling adults: a grandmother, an aunt, a teacher and a parent.

edu-talking-recap = Say it early: "You won't be in trouble for telling me." Thank them, stay calm, listen, and decide the next steps together. Talk side by side, ask open questions and share their online world. Keep evidence, report, and involve the school when needed. Make sure every child has more than one trusted adult.

## Quiz

edu-talking-quiz-opening = Which sentence does most to build a safe space?
edu-talking-quiz-opening-only-allowed = "If you only use the apps I've allowed, nothing bad can ever happen to you online, so there's nothing to worry about."
    .feedback = It is meant to reassure, but it is not true. A child who then meets something bad may think it is their own fault, and keep quiet.
edu-talking-quiz-opening-no-trouble = "You can tell me anything you see online, and you won't be in trouble for telling me."
    .feedback = Yes. It separates telling from punishment, so the child feels free to come to you.
edu-talking-quiz-opening-take-phone = "If anything bad happens to you online, I'll take your phone away."
    .feedback = It is meant to protect, but a child who is afraid of losing their phone is more likely to hide problems.

edu-talking-quiz-good-listening = Which of these help a child to open up? Choose all that apply.
edu-talking-quiz-good-listening-open-questions = Asking open questions about their online life, such as what they enjoyed today
    .feedback = Yes. A question like "What did you enjoy online today?" invites a real answer, not just yes or no.
edu-talking-quiz-good-listening-lecture = Explaining straight away what they should have done, while the lesson is still fresh
    .feedback = Advice given too early sounds like blame. Listen first; advice can come later, and it will be better heard.
edu-talking-quiz-good-listening-stay-calm = Staying calm and listening to the end, even if what you hear shocks you
    .feedback = Yes. Your calm shows the child that telling was safe and that you can handle it.
edu-talking-quiz-good-listening-read-secretly = Reading their messages secretly each night, so you know what to ask about
    .feedback = Secret monitoring breaks trust when it is discovered, and children learn to hide things better. Be open about any checks you make.
edu-talking-quiz-good-listening-play-together = Playing their favourite game or watching a video with them now and then
    .feedback = Yes. Sharing their world builds trust and gives you natural things to talk about.

edu-talking-quiz-punish-report = Taking the phone away when a child reports a problem makes them more willing to tell you next time.
edu-talking-quiz-punish-report-true =
    .feedback = That is not true; it is the opposite. The child learns that telling costs them their phone, and next time they stay silent.
edu-talking-quiz-punish-report-false =
    .feedback = Correct. If telling leads to punishment, children stop telling. Deal with the problem, not with the child who reported it.

edu-talking-quiz-told-aunt = Your 15-year-old daughter told her aunt, not you, about a problem online. What is the best way to see it?
    .hint = Think about what matters most: she told someone she trusts.
edu-talking-quiz-told-aunt-come-first = She doesn't trust me. I'll tell her she must come to me first from now on.
    .feedback = Insisting can push her away from you both. Teenagers often choose another trusted adult, and that is healthy.
edu-talking-quiz-told-aunt-report-back = I'll ask her aunt to pass on everything she says, without telling her.
    .feedback = If she finds out, she may stop confiding in her aunt too, and then in anyone. Work with the aunt openly instead.
edu-talking-quiz-told-aunt-welcome = It's good that she had a trusted adult. I'll work with her aunt and remind her that my door is open too.
    .feedback = Yes. What matters is that she was not alone. Working together keeps the circle of support around her strong.

edu-talking-quiz-keep-evidence = When a child shows you hurtful messages, it is wise to take screenshots before blocking or reporting.
    .hint = Think about what the school or the platform might ask for.
edu-talking-quiz-keep-evidence-true =
    .feedback = Yes. Once blocked or deleted, messages can disappear. Screenshots help the school, the platform or a helpline to act.
edu-talking-quiz-keep-evidence-false =
    .feedback = In fact this is true: after blocking, messages can disappear, and the school or the platform may need them. Save evidence first.
