# Pages of a launch from a learning platform such as Moodle (LTI 1.3, docs/lti.md).

## A teacher chooses the lesson their course links to
lti-pick-title = Choose a lesson for your course
lti-pick-intro = Each learner who opens it from your course works in Amaan; their mastery of the lesson goes to your gradebook.
lti-pick-submit = Add this lesson
lti-sending = Sending your choice back to your course…
lti-continue = Continue

## A launch that cannot go on
lti-error-title = This link could not be opened
lti-error-launch = Please open it again from your course. If it happens again, tell your teacher.
lti-error-teacher = Only a teacher can choose a lesson.
lti-error-lesson = This lesson is no longer in Amaan. Please tell your teacher.
lti-error-closed = This class is closed. Please ask your teacher.
lti-error-course = Please open this link from inside a course.
