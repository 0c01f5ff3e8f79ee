## Lesson: Take control of your screen time (ages 13-18)

net-screen-time = Take control of your screen time
    .summary = Notice how screens affect your sleep, mood and studies, and set limits you choose yourself.

net-screen-time-late-night = It's exam week. Khaled, 16, gets into bed at eleven "just to check one thing". One video leads to the next, the class group keeps buzzing, a game sends a reminder about a reward waiting for him. When he looks at the clock, it's two in the morning.
    .alt = Khaled lies in bed in the dark, his face lit by his phone; a clock on the wall shows a late hour.

net-screen-time-morning = In the morning he can hardly get up. In the physics exam he reads the same question three times. He knows the answer... somewhere in his head. He's annoyed: he didn't even enjoy those videos.
    .alt = Khaled yawns at his exam desk, his head resting on his hand, with a paper in front of him.

net-screen-time-screens-and-you = Screens are great for learning, talking and relaxing, but too much screen time may not be good for your body or your mind. Endless videos, notifications and rewards for coming back make time slip away without you noticing. Using a screen right before bed, and checking your phone during the night, make it harder to sleep well. Taking control doesn't mean giving up your phone. It means you decide, not the app.

net-screen-time-tonight = Khaled's last exam is tomorrow. Which plan would help him most tonight?
net-screen-time-tonight-willpower = Keep the phone by his pillow and rely on willpower.
    .feedback = Willpower alone is hard at midnight with a buzzing phone. A plan works better than good intentions.
net-screen-time-tonight-plan = Mute notifications and leave the phone charging outside his room an hour before bed.
    .feedback = Well done. No buzzing, no temptation in bed, and his mind gets to rest before the exam.
net-screen-time-tonight-all-night = Stay up all night revising on his phone.
    .feedback = Revising is good, but a tired mind finds it harder to focus during the exam.

net-screen-time-buzz = Layla notices she picks up her phone every time it buzzes, even during homework. What could help her?
net-screen-time-buzz-do-not-disturb = Turn off notifications she doesn't need, and switch on "do not disturb" while she studies.
    .feedback = Yes. The messages will wait, and she can answer them all in a break she chooses.
net-screen-time-buzz-face-down = Turn the phone face down but leave the sound on.
    .feedback = A small step, but every buzz will still pull her attention away.
net-screen-time-buzz-answer-fast = Reply to every message straight away so she doesn't miss anything.
    .feedback = Each reply breaks her focus, so homework takes longer. Her friends can wait a little.

net-screen-time-own-limits = Set your own limits. Check how much time you spend on each app: many phones show this in their settings. Choose screen-free moments, like family meals and the last hour before bed. Turn off notifications you don't need. Leave your phone outside your bedroom at night. And balance screens with other things: sport, friends, family, reading. You can also make a plan with your family; adults can use one too.

net-screen-time-recap = Your screen should work for you, not the other way round. Protect your sleep: no screens in the last hour before bed, and the phone out of your room at night. Turn off notifications you don't need, set your own limits, and keep time for people and activities away from screens.

## Quiz

net-screen-time-quiz-sleep-help = Which of these habits help you sleep better? Choose all that apply.
net-screen-time-quiz-sleep-help-under-pillow = Keeping your phone under your pillow on silent, so you can check the time if you wake up
    .feedback = Even on silent, the screen lights up, and it's very tempting to read "just one message" in the night. An ordinary alarm clock does the job.
net-screen-time-quiz-sleep-help-charge-outside = Charging your phone outside your bedroom at night
    .feedback = Yes. No buzzing, and no temptation to check it during the night.
net-screen-time-quiz-sleep-help-scroll-in-bed = Watching videos in bed until you feel sleepy
    .feedback = Usually the opposite happens: one video leads to the next, and you fall asleep later.
net-screen-time-quiz-sleep-help-last-check = One last look at the class group before you close your eyes, so you don't miss anything
    .feedback = One last look often turns into many, and a new message can keep your mind busy. The messages will still be there in the morning.

net-screen-time-quiz-give-up = Taking control of your screen time means giving up your phone.
net-screen-time-quiz-give-up-true =
    .feedback = Not at all. It means using it the way you choose, and keeping time for sleep, study and people.
net-screen-time-quiz-give-up-false =
    .feedback = Right. The goal is balance: you decide when and how, not the app.

net-screen-time-quiz-exam-week = Yassine is revising for the bac in Algiers. What's the smartest plan for his phone during exam week?
    .hint = Think about what his mind needs the night before an exam.
net-screen-time-quiz-exam-week-always-on = Keep it next to his books, so he can follow the class group and never miss any news about the exam.
    .feedback = Every buzz pulls his attention away. He can check the group during a planned break: real news will still be there.
net-screen-time-quiz-exam-week-all-night = Revise on it all night, and sleep once the exam is over.
    .feedback = A tired mind finds it harder to focus and remember during the exam.
net-screen-time-quiz-exam-week-plan = Mute it while he revises, check it in breaks, and keep it away at night.
    .feedback = Yes. Short planned breaks help, and a quiet night helps him focus the next day.

net-screen-time-quiz-before-bed = Using a screen right before bed can make it harder to fall asleep.
net-screen-time-quiz-before-bed-true =
    .feedback = Yes. That's why it helps to stop screens a while before bed and keep the phone away from your bed.
net-screen-time-quiz-before-bed-false =
    .feedback = Actually, it's true: screens right before bed make it harder to fall asleep, so put yours away a while before you sleep.

net-screen-time-quiz-balance = Layla notices she spends three hours on her phone every afternoon and feels tired and grumpy afterwards. What should she try first?
net-screen-time-quiz-balance-delete-apps = Delete every app tonight, so she's never tempted again
    .feedback = That's hard to keep up, and she'd lose useful things too, like her class group. Reasonable limits work better.
net-screen-time-quiz-balance-own-plan = Set her own daily limit with an app timer, and plan something she enjoys away from the screen
    .feedback = Yes. A limit she chooses herself, plus something fun to do instead, is easier to stick to.
net-screen-time-quiz-balance-nothing = Nothing: everyone her age spends that long on their phone
    .feedback = How she feels matters. If screens leave her tired and grumpy, it's worth changing something, whatever others do. Talking to a parent or another trusted adult can help too.
