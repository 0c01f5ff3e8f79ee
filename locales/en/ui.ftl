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
home-done = I'm done
home-done-hint = When you finish, tap "I'm done" so the next child starts fresh.
home-farewell-left = Well done! This device is ready for the next child.
home-farewell-ended = Your class sign-in has ended on this device. Ask your teacher to help you.

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
quiz-pick-another = You tried this answer already. Pick a different one.
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
status-saving-failed = Your answer couldn't be saved on the school computer. It's not your fault: please tell your teacher, then try again.
busy-title = Just a moment
busy-body = Lots of pages are opening on this network right now. This page will try again by itself in a few seconds.
busy-retry = Try again now

## Educators: sign-in

educator-login-title = Educator sign-in
educator-username = Username
educator-password = Password
educator-sign-in = Sign in
educator-wrong = That username and password don't match. Check them and try again. After too many wrong passwords an account is locked for a few minutes; your school admin can unlock it sooner.
educator-too-many = Too many attempts from this network. Wait a few minutes and try again.
educator-sign-out = Sign out
setup-title = Create the first educator account
setup-intro = This page comes from the link the server printed when it started. It works once, to create the school's first educator (an admin who can add others).
setup-display-name = Your name
setup-password-again = Password again
setup-mismatch = The two passwords are different.
setup-weak = { $count ->
    [one] Use at least one character.
   *[other] Use at least { $count } characters.
}
setup-invalid = This setup link is no longer valid. Restart the server to print a new one.
setup-create = Create the account

## Joining a class

signin-title = Join my class
signin-code = Class code
signin-code-help = Your teacher gives you the class code. It has 6 letters and numbers.
signin-next = Next
signin-wrong-code = We couldn't find a class with this code. Check it with your teacher and try again.
signin-too-many = Too many tries for now. Wait a little, then try again with your teacher.
signin-pick-name = Tap your name.
signin-hello = Hello, { $name }!
signin-pictures = { $count ->
    [one] Tap your secret picture.
   *[other] Tap your { $count } secret pictures, in order.
}
signin-progress = { $done } of { $total } pictures
signin-start-again = Start again
signin-wrong-pictures = Those pictures are not the right ones. Try again.
signin-locked = Your sign-in is resting for a while. Ask your teacher to open it for you.
signin-resting = Signing in with pictures is resting for a while. Ask your teacher to help you.
signin-guest = Continue as a guest
signin-as = Signed in: { $name }
signin-sign-out = Sign out
picture-camel = Camel
picture-palm = Palm tree
picture-moon = Moon
picture-star = Star
picture-fish = Fish
picture-cat = Cat
picture-ball = Ball
picture-car = Car
picture-tree = Tree
picture-sun = Sun
picture-boat = Boat
picture-apple = Apple

## Educators: classes

edu-title = Educator space
edu-hello = Hello, { $name }
edu-tab-classes = Classes
edu-tab-dashboard = Progress
edu-tab-helplines = Helplines
edu-tab-team = Educators
edu-lessons-link = Lessons for parents and educators
edu-class = Class
edu-no-class = Create your first class to get a join code for your learners.
edu-new-class = New class
edu-class-name = Class name
edu-class-country = Country (for the Get-help screen)
edu-class-self-register = Learners may add themselves with the join code
edu-create-class = Create the class
edu-class-name-needed = Give the class a name.
edu-class-created = Class { $name } is ready. Its join code is { $code }.
edu-join-code = Join code
edu-join-code-help = Learners open this app, tap "Join my class" and type this code.
edu-new-code = Make a new code
edu-code-changed = The new join code is { $code }. The old one no longer works.
edu-archive = Archive this class
edu-class-archived = The class is archived. Its learners can no longer sign in.
edu-learners = { $count ->
    [one] One learner
   *[other] { $count } learners
}
edu-add-learner = Add a learner
edu-learner-name = Display name (a first name or a nickname: no surname needed)
edu-add = Add
edu-learner-name-needed = Type the learner's display name.
edu-learner-name-taken = The class already has a learner called { $name }, or a name that looks just like it. Add a letter or a nickname.
edu-learner-added = { $name } is in the class. Their picture password is: { $pictures }. Tell them, or write it on a card for them.
edu-learner-new-pictures = { $name }'s new picture password is: { $pictures }.
edu-learner-unlocked = { $name } can sign in again.
edu-unlock-class = Let the whole class sign in again
edu-class-unlocked = Everyone in { $name } can sign in again.
edu-class-resting = Signing in with pictures is resting in this class after many wrong pictures. If your learners are with you, let the whole class sign in again.
edu-class-approve-names = New names need my approval
edu-approval-on = Names that learners add now wait for your approval before classmates see them.
edu-approval-off = Names that learners add now join the class at once.
edu-waiting = { $count ->
    [one] One name waits for your approval
   *[other] { $count } names wait for your approval
}
edu-waiting-help = Learners added these names themselves. Approve a name to put it on the class list. Reject it if it isn't the name of a learner in your class.
edu-approve = Approve
edu-reject = Reject
edu-name-approved = { $name } is on the class list now.
edu-name-rejected = The name { $name } was not added.
edu-learner-deleted = { $name } and everything recorded about them have been deleted.
edu-last-active = Last active
edu-locked = Resting after wrong pictures
edu-unlock = Let them sign in
edu-new-pictures = New pictures
edu-export = Export data (JSON)
edu-delete = Delete
edu-delete-confirm = Delete for good
edu-admin-only = Only a school admin can add educators or unlock their accounts.
edu-educator-invalid = Check the username (letters, numbers, dots) and use a password of at least 10 characters.
edu-educator-added = { $name } can now sign in.
edu-educator-locked = Locked after wrong passwords
edu-educator-unlocked = { $name } can sign in again.
edu-add-educator = Add an educator
edu-helplines-intro = Every entry we hold, with its source. Children only ever see entries marked verified; where a country has none, they see the trusted-adult guidance only.
edu-helpline-verified = Verified: shown to children
edu-helpline-unverified = Not verified: not shown to children
edu-helpline-source = Source
edu-helpline-checked = Checked on { $date }
edu-helpline-confidence = Confidence: { $confidence }
edu-helpline-none = No verified helpline

## Authors: preview

author-title = Lesson preview
author-intro = Walk any lesson as a child would. Nothing you do here is saved. Compare two languages side by side; the table below shows where each text of the current card comes from.
author-lesson = Lesson
author-locale = Language
author-compare = Compare with
author-sources = Texts of this card
author-missing = missing
author-fallback = from { $locale }
author-left-out = These lesson files have errors, so children don't see them:
author-problems = Problems in this lesson's files:

## Educators: progress dashboard

dash-grid-title = The class at a glance
dash-pick-track = Lessons
dash-sort = Sort by
dash-sort-name = Name
dash-sort-last-active = Last active
dash-sort-completed = Lessons completed
dash-sort-mastered = Lessons mastered
dash-search = Find a learner
dash-no-learners = No learners to show. Add learners in the Classes tab, or clear the search.
dash-learner = Learner
dash-started = Started
dash-completed = Completed
dash-mastered = Mastered
dash-average = Average best score
dash-last-active = Last active
dash-chart-title = Progress by lesson
dash-learners-axis = Learners
dash-export-grid = Download the grid (CSV for Excel)
dash-lesson-title = One lesson and its quiz
dash-pick-lesson = Lesson
dash-rate = { $label }: { $count } of { $total } ({ $percent })
dash-median-time = Typical time to finish: { $minutes } minutes
dash-no-time = No one has finished this lesson yet.
dash-difficult = Difficult questions
dash-difficult-help = Hardest first: the share of first answers that were right, and the wrong answer chosen most often.
dash-question = Question
dash-first-try = Right at the first try
dash-common-wrong = Wrong answer chosen most often
dash-no-answers = No answers yet.
dash-export-lesson = Download this report (CSV for Excel)
dash-learner-title = One learner, answer by answer
dash-pick-learner = Learner
dash-cards = { $total ->
    [one] card { $seen } of one
   *[other] card { $seen } of { $total }
}
dash-try = Quiz of { $lesson }: score { $score }
dash-attempt = try { $n }
dash-right = right
dash-wrong = wrong
dash-hint-used = used the hint
dash-needs-help = Needs help
dash-rules = A learner is flagged when they fail the same quiz twice, when a lesson stays on one card for 7 days, or when at least half of their last first answers are wrong. Dismiss a flag once you have helped; it comes back only if it happens again.
dash-dismiss = Dismiss
dash-no-flags = No one needs help by these rules right now.
dash-coverage = Online risks covered (the four Cs)
dash-coverage-help = For each kind of risk: how many learners completed at least one lesson on it, and which lessons cover it.
dash-covered = { $done } of { $total } learners
risk-content = Content: what children see
risk-contact = Contact: who children meet
risk-conduct = Conduct: how children behave
risk-contract = Contract: what children sign up to and spend
dash-assign-title = Assigned lessons
dash-assign = Lessons your learners see first
dash-assign-save = Save the assigned lessons
dash-visibility = When learners see their quiz results
dash-visibility-learner = Straight away
dash-visibility-educator = When I share them
csv-learner = Learner
csv-lessons_completed = Lessons completed
csv-lessons_mastered = Lessons mastered
csv-last_active = Last active
csv-started = Started
csv-completed = Completed
csv-mastered = Mastered
csv-average_best_score = Average best score
csv-learners = Learners
csv-median_time = Median time
csv-mean_time = Mean time
csv-tries_finished = Quiz tries finished
csv-average_try_score = Average try score
csv-question = Question
csv-first_try_correct = Right at the first try
csv-first_answers = First answers
csv-wrong_answers = Wrong answers
csv-top_wrong_option = Wrong answer chosen most often
csv-top_wrong_count = Times chosen

## Printing

print-now = Print
print-report-title = Progress report: { $klass }
print-report-link = Printable report
cert-title = Certificate
# The name stands on its own line above, so the sentence names no one: a verb
# agreeing with the name would be wrong for every girl (or every boy).
cert-text = For completing every lesson of the { $track } track: staying safe online.
cert-date = Awarded on { $date }
cert-link = Certificate: { $track }

## Joining a class: new learners

signin-new = I'm new: add me
signin-new-help = Type the name your teacher and friends call you. A first name or a nickname is enough.
signin-new-name = Your name
signin-new-name-needed = Type your name first.
signin-name-taken = Someone in the class already has this name, or one that looks just like it. Add a letter or use a nickname.
signin-too-many-new = Many new names were added just now. Ask your teacher to add you, or try again later.
signin-wait-title = Thank you, { $name }!
signin-wait-teacher = Your teacher will add you to the class soon. Then come back, tap your name and your secret pictures.
signin-choose-pictures = { $count ->
    [one] Choose your secret picture, and remember it!
   *[other] Choose { $count } secret pictures, in order, and remember them!
}

## order question kind (issue 15)

order-how = Put the steps in order: move each one earlier or later with its arrows.
order-earlier = Move earlier
order-later = Move later
order-right-order = The right order, and why:

## get help country, header, notice (issue 15)

# the app's name alone, for the header on a phone
app-name = { -app-name }
help-country-where = Where do you live?
help-country-choose = Choose your country
help-country-unknown = Choose your country from the list to see a free helpline for children there, if we have one.
# on the home screen of a child signed in to a class
home-teacher-sees = Your teacher can see which lessons you do and your quiz answers, to help you learn.
home-teacher-sees-later = Your teacher can see which lessons you do and your quiz answers, to help you learn, and will tell you your results later.
signin-code-length = { $typed ->
    [0] Type your class code first. It has { $length } letters and numbers.
   *[other] A class code has { $length } letters and numbers, and you typed { $typed }. Look at the code again.
}

## player (issue 15)
results-not-yet-stars = { $needed ->
    [one] Keep going! You need { $needed } star to master this lesson. You can try the quiz again whenever you like.
   *[other] Keep going! You need { $needed } stars to master this lesson. You can try the quiz again whenever you like.
}
player-skip = Skip this question
player-choose-first = Choose what you would do first, or skip this question.
read-aloud-no-voice = This device has no voice to read aloud in English. Ask an adult to read with you.
quiz-exit = Leave the quiz (your answers are kept)
player-offline = The connection to the school computer was lost. Trying again…
player-not-saved = Not saved yet. Please wait: it will be sent again when the connection is back.

## form of address (issue 17): on the home screen, the child may choose how the app speaks to them.
## Every message gets $address: "f" (as to a girl) or "m" (as to a boy, the default variant).

address-question = Talk to me as:
address-girl = a girl
address-boy = a boy
address-clear = Clear my choice
