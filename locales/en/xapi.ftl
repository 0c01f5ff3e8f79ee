# Names of activities in xAPI learning records sent to a Learning Record Store (docs/xapi.md).
# An educator or a ministry reads them in their LRS; no child sees them.

# $lesson (String) - the lesson's title
xapi-quiz-name = Quiz: { $lesson }
# $lesson (String) - the lesson's title; $number (Number) - the question's place in the quiz
xapi-question-name = { $lesson }: question { $number }
