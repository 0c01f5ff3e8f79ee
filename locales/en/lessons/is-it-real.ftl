## Lesson: Is it real? (ages 9-12)

is-it-real = Is it real?
    .summary = Some pictures and videos are changed or made by computers: learn four simple checks, and don't share when you're not sure.

is-it-real-shark = After a big storm, a video arrives in the family group on Mum's phone. It shows a shark swimming down a flooded street in Oran! Uncle Nabil has written: "Look!!! Send this to everyone!" Lina, who is 10, wants to show it to her friends straight away.
    .alt = Lina and her mum look at a phone; on the screen, a shark fin sticks out of the water in a flooded street lined with houses.

is-it-real-computers-can = Today, computers can make pictures, videos and even voices of things that never happened. This is often done with artificial intelligence, or AI. Apps can also change a real photo: add something, take something away, or swap a face. Some of these pictures are made for fun, and they say so. Others are made to trick people: to scare them, to make them angry, or to get lots of clicks.

is-it-real-checking = Lina and her mum decide to check before sharing. Who posted the video first? They can't tell: it's a copy of a copy. They search for it together and find the same shark in videos of floods in other cities, years ago. A news website says it's a fake. Lina also notices something odd: the water around the fin doesn't move at all.
    .alt = Lina and her mum sit at a computer; the screen shows several small copies of the same picture side by side, and a magnifying glass.

is-it-real-footballer = Lina's classmate sends her a video: a famous footballer says he's coming to play for their town's club next week! What should Lina do?
is-it-real-footballer-share-warning = Share it, but write "maybe fake?" under it.
    .feedback = Even with a question mark, the video goes further, and many people won't read the words. If she isn't sure, it's better not to share it.
is-it-real-footballer-ask-first = Not share it yet, and check with an adult.
    .feedback = Well done! Big real news is also on trusted news websites. If she can't find it there, she doesn't share it.
is-it-real-footballer-share-fast = Share it quickly, before everyone else does, because it's great news.
    .feedback = Rushing is exactly what fake videos count on. Taking a minute to check is always worth it.

is-it-real-silly-photo = Rayan's class has a group that the children follow on their parents' phones. One day, someone posts a picture of Rayan there. An app has changed it: Rayan has a baby's face and is crying. Lots of children send laughing faces. Rayan didn't know about it, and he feels very hurt.
    .alt = Rayan looks sadly at a tablet showing a funny, changed picture of himself, surrounded by lots of small laughing faces.

is-it-real-photo-choice = Yassir is in Rayan's class and sees the picture. What should he do?
is-it-real-photo-choice-stay-quiet = Say nothing: it's not his picture, so it's none of his business.
    .feedback = Saying nothing can make Rayan feel that everyone agrees with the joke. One friendly voice can make a big difference.
is-it-real-photo-choice-laugh-along = Send a laughing face like the others: it's only a joke.
    .feedback = A joke that hurts someone isn't just a joke. Each laughing face makes the picture go further and hurts Rayan more.
is-it-real-photo-choice-stand-by = Not share it, tell Rayan he's on his side, and tell a teacher.
    .feedback = Well done! He stands by his friend, and an adult can help get the picture removed. Making fake pictures of real people to make fun of them is never OK.

is-it-real-four-checks = Before you believe or share a picture or a video, do four checks. One: who posted it first? A well-known news website, or an account you don't know? Two: does anything look odd? Look at hands, eyes, writing, shadows, and lips that don't match the voice. But a picture that looks normal can still be fake. Three: search for it with an adult, to see whether trusted websites talk about it. Four: ask an adult you trust. And if you're still not sure, don't share it.

is-it-real-recap = Computers can make or change pictures, videos and voices. Before you believe or share: find out who posted it first, look for odd details, search for it with an adult, and ask an adult. When you're not sure, don't share. And never make fake pictures of real people that could hurt them.

## Quiz

is-it-real-quiz-never-happened = Computers can now make videos of things that never happened.
is-it-real-quiz-never-happened-true =
    .feedback = That's right. That's why it's worth checking before you believe or share a surprising video.
is-it-real-quiz-never-happened-false =
    .feedback = They can. With artificial intelligence, a computer can make a real-looking video of something that never happened.

is-it-real-quiz-first-check = You see an amazing video of a lion walking through your town's market. What's a good first check?
is-it-real-quiz-first-check-likes = Count the likes: if thousands of people have liked it, it has to be real
    .feedback = Lots of likes only show that lots of people saw it. Fake videos often get more likes, because they're surprising.
is-it-real-quiz-first-check-who-posted = Find out who posted it first, and whether news websites talk about it
    .feedback = Yes. A video from a well-known news website is more trustworthy than a copy from an account you don't know.
is-it-real-quiz-first-check-who-sent = Look at who sent it to me: if it's my cousin, it's true
    .feedback = Your cousin may have been tricked too. What matters is who made it and posted it first, not who passed it on.

is-it-real-quiz-odd-signs = Which of these can be signs that a picture was made or changed by a computer? Choose all that apply.
is-it-real-quiz-odd-signs-fingers = Hands with too many or too few fingers
    .feedback = Yes. Computers often get hands wrong.
is-it-real-quiz-odd-signs-many-shares = It has been shared thousands of times
    .feedback = Being shared a lot says nothing about whether a picture is real: fake pictures are shared a lot too.
is-it-real-quiz-odd-signs-writing = Writing in the background that doesn't make sense
    .feedback = Yes. Mixed-up letters that don't make real words are a common sign.
is-it-real-quiz-odd-signs-followers = It was posted by an account with lots of followers
    .feedback = Accounts with many followers can post fakes too, sometimes without knowing. Followers don't prove anything.
is-it-real-quiz-odd-signs-shadows = Shadows going in different directions
    .feedback = Yes. In a real photo, shadows made by the same light all go the same way.

is-it-real-quiz-looks-normal = If you can't see anything strange in a video, it must be real.
is-it-real-quiz-looks-normal-true =
    .feedback = Not so. Some fake videos look perfect. Finding out who posted it first is a better test.
is-it-real-quiz-looks-normal-false =
    .feedback = Right. Odd details can help, but a video that looks normal can still be fake.

is-it-real-quiz-not-sure = You're not sure whether a funny video of a famous singer is real. What do you do?
is-it-real-quiz-not-sure-dont-share = I don't share it, and I ask an adult to help me check
    .feedback = Yes. When you're not sure, the safe choice is not to share.
is-it-real-quiz-not-sure-share-question = I share it with "is this real?" so my friends can check it for me
    .feedback = Your friends may pass it on without reading your question. Check first, then decide.
is-it-real-quiz-not-sure-class-only = I share it only with my class group, not with everyone
    .feedback = Even a small group can send it on to lots of people. If you're not sure, don't share it at all.

is-it-real-quiz-fake-classmate = A classmate wants to use an app to make a silly fake picture of another child and post it in the class group. What's right?
is-it-real-quiz-fake-classmate-if-laughs = It's fine, as long as the other child is one of his good friends and laughs too
    .feedback = Even good friends can be hurt by a fake picture that everyone laughs at. Making fake pictures to make fun of someone is never OK.
is-it-real-quiz-fake-classmate-small-group = It's fine if he deletes it after a few minutes
    .feedback = In a few minutes, someone can save it or send it on. A deleted picture can come back.
is-it-real-quiz-fake-classmate-say-no = Tell him not to, because it could hurt, and tell a teacher if it's posted
    .feedback = Yes. Fake pictures of real people can really hurt, and an adult can help get them removed.
