# كلمات التطبيق نفسه. كلمات الدروس في lessons/*.ftl، وأسماء خطوط المساعدة في help.ftl.

-mascot = هُدهُد
-app-name = أمان

app-title = { -app-name }: بأمان على الإنترنت
app-tagline = دروس قصيرة لتبقى آمنًا على الإنترنت
language-name = العربية
language-choose = اللغة
skip-to-content = انتقل إلى الدرس

## الصفحة الرئيسية

home-hello = مرحبًا! أنا { -mascot }. هيّا نتعلّم معًا كيف نبقى آمنين على الإنترنت.
home-choose-band = كم عمرك؟
# Ages are variables so each regional locale prints them in its own digits.
band-under-9 = أقل من { $age } سنوات
band-9-12 = من { $from } إلى { $to } سنة
band-13-18 = من { $from } إلى { $to } سنة
band-educators = الأهل والمربّون
home-lessons = { $count ->
    [zero] لا دروس
    [one] درس واحد
    [two] درسان
    [few] { $count } دروس
    [many] { $count } درسًا
   *[other] { $count } درس
}
lesson-minutes = { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
lesson-start = ابدأ
lesson-continue = تابع
lesson-review = راجِع
status-not-started = لم يبدأ بعد
status-in-progress = قيد التعلّم
status-completed = مكتمل
status-mastered = متقَن
home-guest-note = أنت تتعلّم زائرًا. يُحفظ تقدّمك على هذا الجهاز فقط.
home-join-class = انضمّ إلى صفّي

## مشغّل الدرس

player-progress = البطاقة { $current } من { $total }
player-back = السابق
player-next = التالي
player-start-quiz = ابدأ الاختبار
player-what-would-you-do = ماذا تفعل؟
player-key-message = الرسالة المهمّة
player-recap = تذكّر
player-best-choice = الاختيار الأكثر أمانًا
player-lessons = كل الدروس
read-aloud = اقرأ لي
read-aloud-stop = أوقف القراءة

## الاختبار

quiz-progress = السؤال { $current } من { $total }
quiz-choose-one = اختر إجابة واحدة.
quiz-choose-all = اختر كل الإجابات الصحيحة.
quiz-true = صح
quiz-false = خطأ
quiz-check = تحقّق من إجابتي
quiz-hint = أظهر تلميحًا
quiz-hint-label = تلميح
quiz-correct = إجابة صحيحة!
quiz-wrong = ليس تمامًا.
quiz-try-again = حاول مرة أخرى
quiz-tries-left = { $tries ->
    [zero] لم تبقَ محاولات.
    [one] يمكنك أن تحاول مرة أخرى.
    [two] يمكنك أن تحاول مرّتين أخريين.
    [few] يمكنك أن تحاول { $tries } مرات أخرى.
    [many] يمكنك أن تحاول { $tries } مرة أخرى.
   *[other] يمكنك أن تحاول { $tries } مرة أخرى.
}
quiz-answer-was = الإجابة الصحيحة:
quiz-next-question = السؤال التالي
quiz-see-results = أرني نتيجتي
quiz-answers-label = الإجابات

## النتيجة

results-title = نتيجتك
results-score = { $total ->
    [zero] لم تكن هناك أسئلة.
    [one] أجبت عن { $correct } من سؤال واحد إجابة صحيحة من المحاولة الأولى.
    [two] أجبت عن { $correct } من سؤالين إجابة صحيحة من المحاولة الأولى.
    [few] أجبت عن { $correct } من { $total } أسئلة إجابة صحيحة من المحاولة الأولى.
    [many] أجبت عن { $correct } من { $total } سؤالًا إجابة صحيحة من المحاولة الأولى.
   *[other] أجبت عن { $correct } من { $total } سؤال إجابة صحيحة من المحاولة الأولى.
}
results-mastered = أتقنت هذا الدرس!
results-badge = وسام: { $lesson }
results-not-yet = واصل! تحتاج إلى { $needed } لتتقن هذا الدرس. يمكنك أن تعيد الاختبار متى شئت.
results-remember = ما يجب أن تتذكّره
results-retry = أعِد الاختبار
results-back = عودة إلى الدروس
results-hidden = أحسنت لأنك أنهيت الاختبار! سيشارك معلّمك النتائج لاحقًا.

## طلب المساعدة

help-button = اطلب المساعدة
help-title = طلب المساعدة
help-intro = إذا أقلقك شيء على الإنترنت أو أحزنك أو أخافك، فأنت لست في مشكلة. تكلّم عنه.
help-trusted-adult = أخبر شخصًا بالغًا تثق به: أحد والديك، أو جدّك أو جدّتك، أو قريبًا كبيرًا، أو معلّمك، أو المرشد في المدرسة.
help-what-to-do = لا تردّ على من يجعلك تشعر بالسوء. يمكنك أن تحظره. احتفظ بالرسائل أو التقط صورة للشاشة لتُريها للشخص البالغ.
help-helpline-title = خط مجاني لمساعدة الأطفال
help-helpline-call = اتصل بالرقم { $number }
help-helpline-for = { $organisation }، { $country }
help-no-helpline = ليس لدينا بعدُ رقم خط مساعدة تحقّقنا منه في بلدك. الشخص البالغ الذي تثق به يستطيع أن يساعدك في الوصول إلى الجهة المناسبة.
help-country = البلد
help-close = رجوع

## الأخطاء والحالة

error-title = حدث خطأ ما
error-body = عذرًا، لم تُفتح هذه الصفحة. عُد إلى الدروس وحاول مرة أخرى.
error-not-found = لم نجد هذه الصفحة.
error-back-home = عودة إلى الدروس
status-saving-failed = لم نستطع الحفظ الآن. تحقّق من الاتصال، وستُحفظ إجابتك عندما تحاول مرة أخرى.
