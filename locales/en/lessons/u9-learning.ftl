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
u9-learning-phone-grab = Grab the phone and cry: "I want to learn now!"
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
u9-learning-quiz-real-moon-real = The moon in the night sky
    .feedback = Yes! That is the real moon. You can find out more about it in your books.
u9-learning-quiz-real-moon-cheese = A moon made of cheese, with a mouse on it
    .feedback = Ha ha! That's a funny drawing, not the real moon. Some videos are just for fun.

u9-learning-quiz-grown-ups-learn = Grown-ups learn new things too, like Layla's grandpa.
u9-learning-quiz-grown-ups-learn-true =
    .feedback = That's right! Grandpa learned to make a video call. Everyone learns at their own speed.
u9-learning-quiz-grown-ups-learn-false =
    .feedback = It is true. Grown-ups learn too: Layla's grandpa learned to make a video call.

u9-learning-quiz-check = A video says something strange. How can you find out if it is true? Choose all the right ones.
    .hint = What did Layla do about the cheese moon?
u9-learning-quiz-check-watch-again = Watch the same video again.
    .feedback = The video will just say the same thing. Check somewhere else, or ask a grown-up.
u9-learning-quiz-check-book = Look in a book.
    .feedback = Yes! Books help you find out what is true.
u9-learning-quiz-check-sounds-sure = Believe it. The man in it sounds sure.
    .feedback = People can sound very sure and still be wrong. Checking is smart.
u9-learning-quiz-check-teacher = Ask my teacher.
    .feedback = Yes! Teachers love questions.
u9-learning-quiz-check-parents = Ask Mama or Baba.
    .feedback = Yes! A grown-up can help you check.

u9-learning-quiz-french-story = Imane wants to hear a story in French for school, on Mama's phone. But Mama needs it for a call. What does Imane do?
    .hint = What did Layla do when Mama needed the phone?
u9-learning-quiz-french-story-first = She says: "My lesson matters more than your call!"
    .feedback = Learning matters, and Mama's call matters too. Imane can wait a little.
u9-learning-quiz-french-story-wait = She waits, and reads a book until the call is over.
    .feedback = Yes! Waiting is kind, and books teach too. She can hear the story after the call.
u9-learning-quiz-french-story-grab = She grabs the phone and cries.
    .feedback = Grabbing won't help, and the phone might fall. Waiting is kinder.
