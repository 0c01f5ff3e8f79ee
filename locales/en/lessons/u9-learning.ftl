## Lesson: Learning is my right (under 9)

u9-learning = Learning is my right
    .summary = Screens can help you learn new things, with a grown-up by your side.

u9-learning-meet = Layla's class is learning about the moon. Layla wants to know more. She has lots of questions!
    .alt = Layla stands at a window at night. She looks up at a big round moon and stars.

u9-learning-how = How can Layla learn more about the moon?
u9-learning-how-video = Watch a video about the moon with Baba.
    .feedback = Yes! Videos and learning apps can teach us so much. Learning with Baba is fun too.
u9-learning-how-give-up = Give up. The moon is too far away!
    .feedback = The moon is far, but learning brings it close! Books and videos can help.

u9-learning-right = { -mascot } says: you have the right to learn. Books, videos and learning apps can all help you discover new things.

u9-learning-true-or-not = A video says: "The moon is made of cheese!" Is that true?
u9-learning-true-or-not-believe = Yes! The video said so.
    .feedback = Anyone can make a video, and some are just for fun. Not everything online is true.
u9-learning-true-or-not-check = Check in a book, or ask the teacher.
    .feedback = Great thinking! Checking helps you find out what is really true.

u9-learning-phone = Layla wants to learn on the phone. But Mama needs it for a call. What should Layla do?
u9-learning-phone-grab = Grab the phone and cry.
    .feedback = Grabbing won't help, and Mama needs the phone too. Waiting is kinder.
u9-learning-phone-wait = Wait, and read her moon book for now.
    .feedback = Yes! Books are great for learning too. She can watch the video after Mama's call.

u9-learning-grandpa = Grandpa wants to learn how to make a video call. How can Layla help?
u9-learning-grandpa-laugh = Laugh and say: "It's so easy!"
    .feedback = Laughing can make Grandpa feel shy. Everyone learns at their own speed.
u9-learning-grandpa-show = Show him, one step at a time.
    .feedback = Wonderful! Grown-ups can learn too. Now Grandpa can call the family.

u9-learning-recap = Learning is your right. Screens, books and teachers can all help you learn. Not everything online is true, so check with a grown-up. Learning together is the most fun!

## Quiz

u9-learning-quiz-real-moon = Which picture shows the real moon?
u9-learning-quiz-real-moon-real = The moon in the night sky, with stars
    .feedback = Yes! That is the real moon. Your books and your teacher can tell you more about it.
u9-learning-quiz-real-moon-cheese = A moon made of cheese, with a mouse on it
    .feedback = Ha ha! That's a funny drawing, not the real moon. Some videos are just for fun.

u9-learning-quiz-everything-true = Everything in online videos is true.
u9-learning-quiz-everything-true-true =
    .feedback = Not so. Anyone can make a video. Some are for fun, and some are wrong.
u9-learning-quiz-everything-true-false =
    .feedback = That's right! Check in a book, or ask a grown-up.

u9-learning-quiz-help-learn = What can help you learn? Choose all the right ones.
u9-learning-quiz-help-learn-book = A book
    .feedback = Yes! Books are full of things to learn.
u9-learning-quiz-help-learn-learning-video = A learning video, with a grown-up
    .feedback = Yes! Screens can help you learn too.
u9-learning-quiz-help-learn-teacher = Your teacher
    .feedback = Yes! Teachers love questions.
u9-learning-quiz-help-learn-shouting = Shouting at the screen
    .feedback = Ha ha! Shouting doesn't teach anything. Asking questions does.

u9-learning-quiz-strange = A video says something strange. What do you do?
    .hint = What did Layla do about the cheese moon?
u9-learning-quiz-strange-check = Check in a book, or ask a grown-up.
    .feedback = Yes! Checking helps you know what is true.
u9-learning-quiz-strange-tell-all = Tell all my friends straight away.
    .feedback = It might not be true. Check first, then share.
u9-learning-quiz-strange-believe = Believe it. It's on the internet.
    .feedback = Not everything online is true. Checking is smart.
