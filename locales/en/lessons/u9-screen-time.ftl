## Lesson: Screens off, eyes rest (under 9)

u9-screen-time = Screens off, eyes rest
    .summary = Screens are fun for a while. Then it's time to rest and play.

u9-screen-time-meet = Amal watches cartoons on Mama's phone all afternoon. Now her eyes feel tired and sore.
    .alt = Amal sits on the sofa with a phone and rubs her tired eyes. The afternoon sun shines through the window.

u9-screen-time-eyes = What should Amal do?
u9-screen-time-eyes-more = Watch one more cartoon. And one more!
    .feedback = More cartoons will make her eyes even more tired. Her eyes need a rest.
u9-screen-time-eyes-new-eyes = Go to the souq and buy new eyes!
    .feedback = Ha ha! Nobody sells eyes at the souq. Amal needs to rest the eyes she has.
u9-screen-time-eyes-switch-off = Switch off the phone and go and play.
    .feedback = Yes! Her eyes can rest, and her body can move. Good choice!

u9-screen-time-offline = What can Amal play without a screen?
u9-screen-time-offline-hopscotch = Hopscotch in the yard with her cousins.
    .feedback = Great fun! Jumping and laughing with cousins is a wonderful game.
u9-screen-time-offline-draw = Drawing with her crayons.
    .feedback = Lovely! She can draw and colour anything she can imagine.
u9-screen-time-offline-stare = Staring at the dark screen.
    .feedback = Ha ha! That's not a game. Let's find something that moves or makes us laugh.

u9-screen-time-tip = { -mascot } says: screens are fun, but not all day long. Rest your eyes. Move your body. Play with your family and friends.

u9-screen-time-timer = Mama says: "Ten more minutes, then dinner." Ding! The timer rings. What does Amal do?
u9-screen-time-timer-shout = She shouts: "No! The cartoon isn't finished. I want more!"
    .feedback = Stopping something fun is hard. A big breath helps. The cartoon will still be there tomorrow.
u9-screen-time-timer-stop = She says "OK, Mama!" and gives back the phone.
    .feedback = Well done, Amal! Stopping on time is hard, and you did it. Mama is proud of you.

u9-screen-time-bedtime = It's bedtime. Where does the tablet sleep tonight?
u9-screen-time-bedtime-pillow = Under Amal's pillow, for a little watching before sleep.
    .feedback = Bedtime is for sleeping, not for screens. The tablet can sleep far from Amal's bed.
u9-screen-time-bedtime-charger = On its charger in the living room.
    .feedback = Yes! The tablet rests and charges. Amal rests and sleeps. Good night!

u9-screen-time-recap = Screens are fun for a while, not all day. When your eyes feel tired, switch off. Play, move and talk with your family. When time is up, stop.

## Quiz

u9-screen-time-quiz-tired-eyes = Amal's eyes are tired. Which picture shows a good idea?
u9-screen-time-quiz-tired-eyes-rope = Amal skips with a rope in the yard.
    .feedback = Yes! Her eyes rest while she plays and moves.
u9-screen-time-quiz-tired-eyes-screen = Amal keeps watching the phone in the dark.
    .feedback = Her eyes need a rest from the screen. Playing away from it is better.

u9-screen-time-quiz-far-from-bed = At night, it's best for the tablet to sleep far from your bed.
u9-screen-time-quiz-far-from-bed-true =
    .feedback = That's right! Your bed is for sleeping, not for screens. The tablet sleeps on its charger.
u9-screen-time-quiz-far-from-bed-false =
    .feedback = It is true. Beds are for sleeping, not for screens. The tablet can sleep on its charger, far from you.

u9-screen-time-quiz-time-up = The timer rings. Your screen time is over. What do you do?
    .hint = What did Amal do when the timer rang?
u9-screen-time-quiz-time-up-one-more = Say "Just one more!" again and again.
    .feedback = "Just one more" can go on forever! Stop now, and play again tomorrow.
u9-screen-time-quiz-time-up-stop = Stop, even if the cartoon isn't finished, and give back the phone.
    .feedback = Yes! Stopping on time shows you can take care of yourself.
u9-screen-time-quiz-time-up-hide = Hide under a blanket and keep watching.
    .feedback = Hiding breaks the family rule. Grown-ups trust you more when you stop on time.

u9-screen-time-quiz-without-screen = Which of these need no screen? Choose all the right ones.
u9-screen-time-quiz-without-screen-video-call = A video call with Grandma
    .feedback = A video call is lovely, but it needs a screen. Grandma's story at home does not.
u9-screen-time-quiz-without-screen-football = Playing football
    .feedback = Yes! Just a ball and some friends.
u9-screen-time-quiz-without-screen-cartoons = Watching cartoons
    .feedback = Cartoons need a screen. They are fun, but only for a short while.
u9-screen-time-quiz-without-screen-grandma-story = Listening to Grandma's story
    .feedback = Yes! Grandma's stories need no screen, just your ears.
