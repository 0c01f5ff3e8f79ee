# Noms des activités dans les traces xAPI envoyées à un LRS (docs/xapi.md).
# Un enseignant ou un ministère les lit dans son LRS ; aucun enfant ne les voit.

# $lesson (String) - le titre de la leçon
xapi-quiz-name = Quiz : { $lesson }
# $lesson (String) - le titre de la leçon ; $number (Number) - la place de la question dans le quiz
xapi-question-name = { $lesson } : question { $number }
