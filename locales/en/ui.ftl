# The app's own words. Lesson words live in lessons/*.ftl, helpline names in help.ftl.

-mascot = Hudhud
-app-name = Amaan

app-title = { -app-name }: safe online
app-tagline = Short lessons to stay safe online
language-name = English
language-choose = Language
skip-to-content = Skip to the lesson

## Home

home-hello = Hello! I'm { -mascot }. Let's learn how to stay safe online together.
home-choose-band = How old are you?
band-under-9 = Under { $age }
band-9-12 = { $from } to { $to }
band-13-18 = { $from } to { $to }
band-educators = Parents and educators
home-lessons = { $count ->
    [one] One lesson
   *[other] { $count } lessons
}
lesson-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
lesson-start = Start
lesson-continue = Continue
lesson-review = Review
status-not-started = Not started
status-in-progress = In progress
status-completed = Completed
status-mastered = Mastered
home-guest-note = You are learning as a guest. Your progress is kept on this device only.
home-join-class = Join my class

## Lesson player

player-progress = Card { $current } of { $total }
player-back = Back
player-next = Next
player-start-quiz = Start the quiz
player-what-would-you-do = What would you do?
player-key-message = Key message
player-recap = Remember
player-best-choice = The safest choice
player-lessons = All lessons
read-aloud = Read aloud
read-aloud-stop = Stop reading

## Quiz

quiz-progress = Question { $current } of { $total }
quiz-choose-one = Choose one answer.
quiz-choose-all = Choose all the answers that are right.
quiz-true = True
quiz-false = False
quiz-check = Check my answer
quiz-hint = Show a hint
quiz-hint-label = Hint
quiz-correct = That's right!
quiz-wrong = Not quite.
quiz-try-again = Try again
quiz-tries-left = { $tries ->
    [one] You can try one more time.
   *[other] You can try { $tries } more times.
}
quiz-answer-was = The right answer:
quiz-next-question = Next question
quiz-see-results = See my results
quiz-answers-label = Answers

## Results

results-title = Your results
results-score = { $total ->
    [one] You got { $correct } of one question right at the first try.
   *[other] You got { $correct } of { $total } questions right at the first try.
}
results-mastered = You mastered this lesson!
results-badge = Badge: { $lesson }
results-not-yet = Keep going! You need { $needed } to master this lesson. You can try the quiz again whenever you like.
results-remember = What to remember
results-retry = Try the quiz again
results-back = Back to lessons
results-hidden = Well done for finishing! Your teacher will share the results later.

## Get help

help-button = Get help
help-title = Getting help
help-intro = If something online worries you, upsets you or scares you, you are not in trouble. Talk about it.
help-trusted-adult = Tell a grown-up you trust: a parent, a grandparent, an older relative, a teacher or the school counsellor.
help-what-to-do = Don't reply to anyone who makes you feel bad. You can block them. Keep the messages or take a screenshot to show the adult.
help-helpline-title = A free helpline for children
help-helpline-call = Call { $number }
help-helpline-for = { $organisation }, { $country }
help-no-helpline = We don't have a checked helpline number for your country yet. A trusted adult can help you find the right people.
help-country = Country
help-close = Back

## Errors and status

error-title = Something went wrong
error-body = Sorry, this page didn't load. Go back to the lessons and try again.
error-not-found = We couldn't find this page.
error-back-home = Back to the lessons
status-saving-failed = We couldn't save that just now. Check the connection; your answer will be saved when you try again.
