# أسماء الأنشطة في سجلات التعلّم xAPI المرسلة إلى مخزن سجلات التعلّم (docs/xapi.md).
# يقرؤها المعلّم أو الوزارة في مخزن السجلات؛ ولا يراها أيّ طفل.

# $lesson (String) - عنوان الدرس
xapi-quiz-name = اختبار: { $lesson }
# $lesson (String) - عنوان الدرس؛ $number (Number) - ترتيب السؤال في الاختبار
xapi-question-name = { $lesson }: السؤال { $number }
