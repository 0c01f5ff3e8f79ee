## Lesson: Cyberbullying is never okay (ages 13-18)

net-cyberbullying = Cyberbullying is never okay
    .summary = Recognise cyberbullying, respond without making it worse, and help when it happens to someone else.

net-cyberbullying-the-group = Mariam is 14. Some girls in her class add her to a new group chat, and the group's name is a mocking nickname for her. Every evening there are new messages: an edited photo of her covered in silly stickers, jokes about her clothes, laughing faces. When she asks them to stop, one of them replies: "Relax, it's just a joke."
    .alt = Mariam sits in her room at night looking sadly at her phone; the screen is full of chat bubbles and laughing faces.

net-cyberbullying-what-it-is = This is cyberbullying: using phones, apps or games to hurt, scare or shame someone, again and again. It can be rumours, embarrassing photos, threats, a fake account pretending to be someone, or leaving someone out on purpose. If you feel hurt, or people are laughing at you rather than with you, the joke has gone too far. Cyberbullying is never okay, and it is never the fault of the person it targets.

net-cyberbullying-reply = Mariam is angry and hurt. What should she do first?
net-cyberbullying-reply-hit-back = Reply with something even meaner, so they stop.
    .feedback = Her anger makes sense, but hitting back can make the bullying bigger, and her words could be used against her.
net-cyberbullying-reply-save-block = Take screenshots, don't reply, then block, report the group and tell an adult she trusts.
    .feedback = Well done. Screenshots are evidence, silence gives the bullies nothing to play with, and blocking, reporting and an adult's help can make it stop.
net-cyberbullying-reply-delete-all = Delete everything and tell no one.
    .feedback = Understandable, but then the proof is gone and she carries it all alone. She deserves help.

net-cyberbullying-bystander = Salma is in the group too. She has never written anything mean, but she has read every message. Today she sees Mariam leave school without talking to anyone, and she feels bad.
    .alt = Salma stands at the school gate holding her phone, watching Mariam walk away alone.

net-cyberbullying-bystander-choice = What can Salma do?
net-cyberbullying-bystander-choice-laugh-along = Stay quiet and add a laughing face, so she isn't the next target.
    .feedback = Her fear is understandable, but every laugh tells the bullies the group is on their side.
net-cyberbullying-bystander-choice-leave = Leave the group without a word.
    .feedback = A good start: she no longer takes part. But Mariam doesn't know anyone cares, and the group carries on.
net-cyberbullying-bystander-choice-stand-by = Send Mariam a kind private message, report the group, and tell a teacher.
    .feedback = Well done. Mariam learns she isn't alone, and adults can act. A bystander who acts makes a real difference.

net-cyberbullying-what-to-do = If it happens to you: don't reply or hit back. Save the evidence (screenshots that show the date). Block the person and report them in the app. Tell a trusted adult: a parent, an older relative, a teacher or the school counsellor. If you see it happen to someone else: don't like or share, support them privately, report it, and tell an adult. If you ever feel unsafe, tell an adult straight away.

net-cyberbullying-recap = Cyberbullying is never okay and never your fault. Don't hit back. Save the proof, block, report and talk to an adult you trust. And when you see it happen to someone else, be the one who helps.

## Quiz

net-cyberbullying-quiz-which-bullying = Which of these can be cyberbullying? Choose all that apply.
net-cyberbullying-quiz-which-bullying-blocks-you = A classmate who blocks you after an argument and stops replying to your messages
    .feedback = No. Blocking someone is a way to take a break or to feel safe. On its own, it isn't bullying.
net-cyberbullying-quiz-which-bullying-fake-account = Making a fake account that pretends to be a classmate
    .feedback = Yes. Pretending to be someone to embarrass them is cyberbullying.
net-cyberbullying-quiz-which-bullying-left-out = Making a class group with everyone except one girl, on purpose, to joke about her there
    .feedback = Yes. Leaving someone out on purpose and mocking them behind their back is cyberbullying.
net-cyberbullying-quiz-which-bullying-one-disagree = A friend telling you once, politely, that she disagrees with your choice
    .feedback = No. A respectful disagreement isn't bullying: it isn't meant to hurt, and it isn't repeated.
net-cyberbullying-quiz-which-bullying-edited-photo = Sharing an edited photo that makes someone look ridiculous
    .feedback = Yes. Embarrassing photos spread fast and hurt.

net-cyberbullying-quiz-reply-meaner = The best way to stop someone bullying you online is to reply with something even meaner.
net-cyberbullying-quiz-reply-meaner-true =
    .feedback = It's tempting, but hitting back can make things worse and could get you into trouble too.
net-cyberbullying-quiz-reply-meaner-false =
    .feedback = Right. Don't reply: save the evidence, block, report and tell a trusted adult.

net-cyberbullying-quiz-screenshots = Why take screenshots before you block someone?
    .hint = Think about what an adult, your school or the app needs in order to act.
net-cyberbullying-quiz-screenshots-no-need = There's no need: blocking is enough.
    .feedback = Blocking helps, but it doesn't always end it, and without evidence it's harder for adults or the app to act.
net-cyberbullying-quiz-screenshots-post-them = To post them in the class group, so everyone sees what the bullies did and takes your side
    .feedback = That can start a new round of bullying, with you in the middle of it. Keep them to show people who can help.
net-cyberbullying-quiz-screenshots-evidence = To keep proof to show a trusted adult, the school or the app
    .feedback = Yes. Proof makes it much easier for others to stop the bullying.

net-cyberbullying-quiz-bystander = You see a classmate being mocked in a group chat. What's best?
net-cyberbullying-quiz-bystander-stay-out = Stay out of it: it's not my business, and if I say something they'll turn on me next.
    .feedback = That fear is understandable, but silence leaves your classmate alone. You can help privately, without anyone in the group knowing.
net-cyberbullying-quiz-bystander-support-report = Support them privately, report it and tell a teacher
    .feedback = Yes. Support for the person targeted, and action from adults.
net-cyberbullying-quiz-bystander-laugh = Add a laughing face, so I'm not next.
    .feedback = Joining in, even with an emoji, tells the bullies the group is on their side.

net-cyberbullying-quiz-just-kidding = If someone says "I was just kidding", it can't be bullying.
net-cyberbullying-quiz-just-kidding-true =
    .feedback = That's not true. If you feel hurt and it carries on after you've asked them to stop, it can be bullying, whatever they call it.
net-cyberbullying-quiz-just-kidding-false =
    .feedback = Right. "Just kidding" doesn't change how it feels or what it is.

net-cyberbullying-quiz-trusted-adult = Who could be a trusted adult to talk to about cyberbullying? Choose all that apply.
net-cyberbullying-quiz-trusted-adult-game-stranger = An older player from your game who seems kind and offers to "sort them out" for you
    .feedback = No. Someone you only know online isn't a trusted adult, however kind he seems, and "sorting them out" could make things worse.
net-cyberbullying-quiz-trusted-adult-relative = A parent, or an aunt or uncle you trust
    .feedback = Yes. Any adult in the family you feel safe with can help, even if you need to explain the app to them.
net-cyberbullying-quiz-trusted-adult-popular-student = A popular older student with lots of followers, who can "expose" the bullies online
    .feedback = Not an adult, and exposing people online usually starts a new round of bullying. Choose an adult who can act calmly.
net-cyberbullying-quiz-trusted-adult-counsellor = A teacher or the school counsellor
    .feedback = Yes. Schools can act, especially when the bullies are classmates.
