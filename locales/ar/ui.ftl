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
home-done = انتهيتُ
home-done-hint = عندما تنتهي، اضغط «انتهيتُ» ليبدأ الطفل التالي من جديد.
home-farewell-left = أحسنت! صار هذا الجهاز جاهزًا لطفل آخر.
home-farewell-ended = انتهى دخولك إلى الصفّ على هذا الجهاز. اطلب من معلّمك أن يساعدك.

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
quiz-pick-another = جرّبتَ هذه الإجابة من قبل. اخترْ إجابةً أخرى.
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
status-saving-failed = لم نستطع حفظ إجابتك على حاسوب المدرسة. هذا ليس خطأك: أخبر معلّمك من فضلك، ثم حاول مرة أخرى.
busy-title = لحظة من فضلك
busy-body = تُفتح صفحات كثيرة على هذه الشبكة الآن. ستحاول هذه الصفحة مرة أخرى وحدها بعد ثوانٍ قليلة.
busy-retry = حاول الآن

## المربّون: تسجيل الدخول

educator-login-title = دخول المربّين
educator-username = اسم المستخدم
educator-password = كلمة المرور
educator-sign-in = دخول
educator-wrong = اسم المستخدم وكلمة المرور غير متطابقين. تحقّق منهما وحاول مرة أخرى. بعد محاولات خاطئة كثيرة يُغلق الحساب بضع دقائق، ويستطيع مسؤول المدرسة فتحه قبل ذلك.
educator-too-many = محاولات كثيرة من هذه الشبكة. انتظر بضع دقائق ثم حاول مرة أخرى.
educator-sign-out = خروج
setup-title = إنشاء أول حساب للمربّين
setup-intro = هذه الصفحة من الرابط الذي طبعه الخادم عند تشغيله. يعمل مرة واحدة فقط، لإنشاء أول مربٍّ في المدرسة (مسؤول يستطيع إضافة غيره).
setup-display-name = اسمك
setup-password-again = كلمة المرور مرة أخرى
setup-mismatch = كلمتا المرور مختلفتان.
setup-weak = { $count ->
    [zero] استعمل كلمة مرور.
    [one] استعمل حرفًا واحدًا على الأقل.
    [two] استعمل حرفين على الأقل.
    [few] استعمل { $count } أحرف على الأقل.
    [many] استعمل { $count } حرفًا على الأقل.
   *[other] استعمل { $count } حرف على الأقل.
}
setup-invalid = رابط الإعداد هذا لم يعد صالحًا. أعد تشغيل الخادم ليطبع رابطًا جديدًا.
setup-create = أنشئ الحساب

## الانضمام إلى الصفّ

signin-title = انضمّ إلى صفّي
signin-code = رمز الصفّ
signin-code-help = يعطيك معلّمك رمز الصفّ. فيه 6 حروف وأرقام.
signin-next = التالي
signin-wrong-code = لم نجد صفًّا بهذا الرمز. تأكّد منه مع معلّمك ثم حاول مرة أخرى.
signin-too-many = محاولات كثيرة الآن. انتظر قليلًا، ثم حاول مرة أخرى مع معلّمك.
signin-pick-name = اضغط على اسمك.
signin-hello = مرحبًا يا { $name }!
signin-pictures = { $count ->
    [zero] لا صور.
    [one] اضغط على صورتك السرّية.
    [two] اضغط على صورتيك السرّيتين بالترتيب.
    [few] اضغط على صورك السرّية الـ{ $count } بالترتيب.
    [many] اضغط على صورك السرّية الـ{ $count } بالترتيب.
   *[other] اضغط على صورك السرّية الـ{ $count } بالترتيب.
}
signin-progress = { $done } من { $total }
signin-start-again = ابدأ من جديد
signin-wrong-pictures = هذه ليست الصور الصحيحة. حاول مرة أخرى.
signin-locked = دخولك يرتاح قليلًا. اطلب من معلّمك أن يفتحه لك.
signin-resting = الدخول بالصور يرتاح قليلًا الآن. اطلب من معلّمك أن يساعدك.
signin-guest = تابع زائرًا
signin-as = دخلت باسم: { $name }
signin-sign-out = خروج
picture-camel = جمل
picture-palm = نخلة
picture-moon = قمر
picture-star = نجمة
picture-fish = سمكة
picture-cat = قطّة
picture-ball = كرة
picture-car = سيارة
picture-tree = شجرة
picture-sun = شمس
picture-boat = قارب
picture-apple = تفّاحة

## المربّون: الصفوف

edu-title = مساحة المربّين
edu-hello = أهلًا، { $name }
edu-tab-classes = الصفوف
edu-tab-dashboard = التقدّم
edu-tab-helplines = خطوط المساعدة
edu-tab-team = المربّون
edu-lessons-link = دروس للأهل والمربّين
edu-class = الصفّ
edu-no-class = أنشئ صفّك الأول لتحصل على رمز انضمام لمتعلّميك.
edu-new-class = صفّ جديد
edu-class-name = اسم الصفّ
edu-class-country = البلد (لشاشة طلب المساعدة)
edu-class-self-register = يستطيع المتعلّمون أن يضيفوا أنفسهم برمز الانضمام
edu-create-class = أنشئ الصفّ
edu-class-name-needed = اكتب اسمًا للصفّ.
edu-class-created = الصفّ { $name } جاهز. رمز الانضمام إليه هو { $code }.
edu-join-code = رمز الانضمام
edu-join-code-help = يفتح المتعلّمون هذا التطبيق، ويضغطون «انضمّ إلى صفّي»، ويكتبون هذا الرمز.
edu-new-code = أنشئ رمزًا جديدًا
edu-code-changed = رمز الانضمام الجديد هو { $code }. الرمز القديم لم يعد يعمل.
edu-archive = أرشِف هذا الصفّ
edu-class-archived = أُرشف الصفّ. لم يعد متعلّموه يستطيعون الدخول.
edu-learners = { $count ->
    [zero] لا متعلّمين
    [one] متعلّم واحد
    [two] متعلّمان
    [few] { $count } متعلّمين
    [many] { $count } متعلّمًا
   *[other] { $count } متعلّم
}
edu-add-learner = أضف متعلّمًا
edu-learner-name = الاسم الظاهر (اسم أول أو لقب: لا حاجة إلى اسم العائلة)
edu-add = أضف
edu-learner-name-needed = اكتب الاسم الظاهر للمتعلّم.
edu-learner-name-taken = في الصفّ متعلّم اسمه { $name } أو اسم يشبهه كثيرًا. أضف حرفًا أو لقبًا.
edu-learner-added = أصبح { $name } في الصفّ. صوره السرّية هي: { $pictures }. أخبره بها أو اكتبها له على بطاقة.
edu-learner-new-pictures = الصور السرّية الجديدة لـ{ $name } هي: { $pictures }.
edu-learner-unlocked = يستطيع { $name } الدخول من جديد.
edu-unlock-class = اسمح للصفّ كلّه بالدخول من جديد
edu-class-unlocked = يستطيع جميع متعلّمي { $name } الدخول من جديد.
edu-class-resting = الدخول بالصور متوقّف في هذا الصفّ بعد صور خاطئة كثيرة. إن كان متعلّموك معك، فاسمح للصفّ كلّه بالدخول من جديد.
edu-class-approve-names = الأسماء الجديدة تحتاج إلى موافقتي
edu-approval-on = صارت الأسماء التي يضيفها المتعلّمون تنتظر موافقتك قبل أن يراها زملاؤهم.
edu-approval-off = صارت الأسماء التي يضيفها المتعلّمون تنضمّ إلى الصفّ مباشرة.
edu-waiting = { $count ->
    [zero] لا أسماء تنتظر موافقتك
    [one] اسم واحد ينتظر موافقتك
    [two] اسمان ينتظران موافقتك
    [few] { $count } أسماء تنتظر موافقتك
    [many] { $count } اسمًا ينتظر موافقتك
   *[other] { $count } اسم ينتظر موافقتك
}
edu-waiting-help = أضاف المتعلّمون هذه الأسماء بأنفسهم. وافق على الاسم ليظهر في قائمة الصفّ، وارفضه إن لم يكن اسم متعلّم في صفّك.
edu-approve = وافق
edu-reject = ارفض
edu-name-approved = أصبح { $name } في قائمة الصفّ.
edu-name-rejected = لم يُضَف الاسم { $name }.
edu-learner-deleted = حُذف { $name } وكل ما سُجّل عنه.
edu-last-active = آخر نشاط
edu-locked = متوقّف بعد صور خاطئة
edu-unlock = اسمح له بالدخول
edu-new-pictures = صور جديدة
edu-export = تصدير البيانات (JSON)
edu-delete = احذف
edu-delete-confirm = احذف نهائيًا
edu-admin-only = مسؤول المدرسة وحده يستطيع إضافة المربّين وفتح حساباتهم المغلقة.
edu-educator-invalid = تحقّق من اسم المستخدم (حروف وأرقام ونقاط)، واستعمل كلمة مرور من 10 أحرف على الأقل.
edu-educator-added = يستطيع { $name } الدخول الآن.
edu-educator-locked = مُغلق بعد كلمات مرور خاطئة
edu-educator-unlocked = يستطيع { $name } الدخول من جديد.
edu-add-educator = أضف مربّيًا
edu-helplines-intro = كل ما لدينا من خطوط، مع مصدر كل منها. لا يرى الأطفال إلا الخطوط المتحقَّق منها؛ وحيث لا يوجد خط متحقَّق منه في بلد ما، يرون إرشادات الشخص البالغ الموثوق فقط.
edu-helpline-verified = متحقَّق منه: يظهر للأطفال
edu-helpline-unverified = غير متحقَّق منه: لا يظهر للأطفال
edu-helpline-source = المصدر
edu-helpline-checked = تاريخ التحقّق: { $date }
edu-helpline-confidence = درجة الثقة: { $confidence }
edu-helpline-none = لا يوجد خط مساعدة متحقَّق منه

## المؤلّفون: المعاينة

author-title = معاينة الدرس
author-intro = امشِ في أيّ درس كما يفعل الطفل. لا يُحفظ شيء ممّا تفعله هنا. قارن بين لغتين جنبًا إلى جنب؛ ويبيّن الجدول أدناه مصدر كل نصّ في البطاقة الحالية.
author-lesson = الدرس
author-locale = اللغة
author-compare = قارن مع
author-sources = نصوص هذه البطاقة
author-missing = ناقص
author-fallback = من { $locale }
author-left-out = في ملفات هذه الدروس أخطاء، لذلك لا يراها الأطفال:
author-problems = مشكلات في ملفات هذا الدرس:

## المربّون: لوحة التقدّم

dash-grid-title = الصفّ في لمحة
dash-pick-track = الدروس
dash-sort = رتّب حسب
dash-sort-name = الاسم
dash-sort-last-active = آخر نشاط
dash-sort-completed = الدروس المكتملة
dash-sort-mastered = الدروس المتقَنة
dash-search = ابحث عن متعلّم
dash-no-learners = لا متعلّمين للعرض. أضف متعلّمين من تبويب الصفوف، أو امسح البحث.
dash-learner = المتعلّم
dash-started = بدأ
dash-completed = أكمل
dash-mastered = أتقن
dash-average = متوسّط أفضل نتيجة
dash-last-active = آخر نشاط
dash-chart-title = التقدّم في كل درس
dash-learners-axis = المتعلّمون
dash-export-grid = نزّل الجدول (CSV لبرنامج Excel)
dash-lesson-title = درس واحد واختباره
dash-pick-lesson = الدرس
dash-rate = { $label }: { $count } من { $total } ({ $percent })
dash-median-time = الوقت المعتاد لإنهاء الدرس: { $minutes } دقيقة
dash-no-time = لم يُنهِ أحد هذا الدرس بعد.
dash-difficult = الأسئلة الصعبة
dash-difficult-help = الأصعب أولًا: نسبة الإجابات الأولى الصحيحة، والإجابة الخاطئة الأكثر اختيارًا.
dash-question = السؤال
dash-first-try = صحيح من المحاولة الأولى
dash-common-wrong = الإجابة الخاطئة الأكثر اختيارًا
dash-no-answers = لا إجابات بعد.
dash-export-lesson = نزّل هذا التقرير (CSV لبرنامج Excel)
dash-learner-title = متعلّم واحد، إجابة بإجابة
dash-pick-learner = المتعلّم
dash-cards = البطاقة { $seen } من { $total }
dash-try = اختبار { $lesson }: النتيجة { $score }
dash-attempt = المحاولة { $n }
dash-right = صحيحة
dash-wrong = خاطئة
dash-hint-used = استعمل التلميح
dash-needs-help = يحتاج إلى مساعدة
dash-rules = يُنبَّه إلى المتعلّم إذا لم ينجح في الاختبار نفسه مرّتين، أو إذا بقي درس على البطاقة نفسها 7 أيام، أو إذا كانت نصف إجاباته الأولى الأخيرة على الأقل خاطئة. أخفِ التنبيه بعد أن تساعده؛ ولا يعود إلا إذا تكرّر الأمر.
dash-rule-failed-quiz-twice = لم يُتقن { $name } اختبار «{ $lesson }» بعد { $failed ->
    [zero] أيّ محاولة
    [one] محاولة واحدة
    [two] محاولتين
    [few] { $failed } محاولات
    [many] { $failed } محاولة
   *[other] { $failed } محاولة
} (أفضل نتيجة { $best_score }).
dash-rule-stuck-on-card = بقي { $name } على البطاقة { $card } من { $cards } في «{ $lesson }» منذ { $days ->
    [zero] اليوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
dash-rule-many-wrong-first-tries = أخطأ { $name } في { $wrong } من آخر { $answered } إجابات أولى.
dash-dismiss = أخفِ التنبيه
dash-no-flags = لا أحد يحتاج إلى مساعدة وفق هذه القواعد الآن.
dash-coverage = مخاطر الإنترنت التي غُطّيت (الأربعة)
dash-coverage-help = لكل نوع من المخاطر: كم متعلّمًا أكمل درسًا واحدًا على الأقل عنه، وأيّ الدروس تتناوله.
dash-covered = { $done } من { $total ->
    [zero] لا متعلّمين
    [one] متعلّم واحد
    [two] متعلّمَين
    [few] { $total } متعلّمين
    [many] { $total } متعلّمًا
   *[other] { $total } متعلّم
}
risk-content = المحتوى: ما يراه الأطفال
risk-contact = التواصل: من يقابله الأطفال
risk-conduct = السلوك: كيف يتصرّف الأطفال
risk-contract = العقود والإنفاق: ما يشترك فيه الأطفال وما ينفقونه
dash-assign-title = الدروس المكلَّف بها
dash-assign = الدروس التي يراها متعلّموك أولًا
dash-assign-save = احفظ الدروس المكلَّف بها
dash-visibility = متى يرى المتعلّمون نتائج اختباراتهم
dash-visibility-learner = فورًا
dash-visibility-educator = عندما أشاركها
csv-learner = المتعلّم
csv-lessons_completed = الدروس المكتملة
csv-lessons_mastered = الدروس المتقَنة
csv-last_active = آخر نشاط
csv-started = بدأ
csv-completed = أكمل
csv-mastered = أتقن
csv-average_best_score = متوسّط أفضل نتيجة
csv-learners = المتعلّمون
csv-median_time = الوقت الوسيط
csv-mean_time = متوسّط الوقت
csv-tries_finished = محاولات الاختبار المنتهية
csv-average_try_score = متوسّط نتيجة المحاولة
csv-question = السؤال
csv-first_try_correct = صحيح من المحاولة الأولى
csv-first_answers = الإجابات الأولى
csv-wrong_answers = الإجابات الخاطئة
csv-top_wrong_option = الإجابة الخاطئة الأكثر اختيارًا
csv-top_wrong_count = عدد مرّات اختيارها

## الطباعة

print-now = اطبع
print-report-title = تقرير التقدّم: { $klass }
print-report-link = تقرير للطباعة
cert-title = شهادة
cert-text = أكمل { $name } كل دروس مسار «{ $track }»: البقاء آمنًا على الإنترنت.
cert-date = مُنحت في { $date }
cert-link = شهادة: { $track }

## الانضمام إلى الصفّ: متعلّمون جدد

signin-new = أنا جديد: أضفني
signin-new-help = اكتب الاسم الذي يناديك به معلّمك وأصدقاؤك. يكفي الاسم الأول أو اللقب.
signin-new-name = اسمك
signin-new-name-needed = اكتب اسمك أولًا.
signin-name-taken = في الصفّ من يحمل هذا الاسم أو اسمًا يشبهه كثيرًا. أضف حرفًا أو استعمل لقبًا.
signin-too-many-new = أُضيفت أسماء جديدة كثيرة قبل قليل. اطلب من معلّمك أن يضيفك، أو حاول مرة أخرى لاحقًا.
signin-wait-title = شكرًا يا { $name }!
signin-wait-teacher = سيضيفك معلّمك إلى الصفّ قريبًا. بعد ذلك عُد إلى هنا، واضغط على اسمك ثم على صورك السرّية.
signin-choose-pictures = { $count ->
    [zero] لا صور.
    [one] اختر صورتك السرّية، وتذكّرها!
    [two] اختر صورتين سرّيتين بالترتيب، وتذكّرهما!
    [few] اختر { $count } صور سرّية بالترتيب، وتذكّرها!
    [many] اختر { $count } صورة سرّية بالترتيب، وتذكّرها!
   *[other] اختر { $count } صورة سرّية بالترتيب، وتذكّرها!
}

## order question kind (issue 15)

order-how = رَتِّبِ الْخُطُوَاتِ: اُنْقُلْ كُلَّ خُطْوَةٍ إِلَى الْأَعْلَى أَوْ إِلَى الْأَسْفَلِ بِالسَّهْمَيْنِ اللَّذَيْنِ بِجَانِبِهَا.
order-earlier = اُنْقُلْهَا إِلَى الْأَعْلَى
order-later = اُنْقُلْهَا إِلَى الْأَسْفَلِ
order-right-order = التَّرْتِيبُ الصَّحِيحُ، وَلِمَاذَا:

## get help country, header, notice (issue 15)

# the app's name alone, for the header on a phone
app-name = { -app-name }
help-country-where = أَيْنَ تَعِيشُ؟
help-country-choose = اِخْتَرْ بَلَدَكَ
help-country-unknown = اِخْتَرْ بَلَدَكَ مِنَ الْقَائِمَةِ، لِنُرِيَكَ رَقْمَ خَطٍّ مَجَّانِيٍّ لِمُسَاعَدَةِ الْأَطْفَالِ فِيهِ، إِذَا كَانَ عِنْدَنَا.
# on the home screen of a child signed in to a class
home-teacher-sees = يَرَى مُعَلِّمُكَ الدُّرُوسَ الَّتِي تَدْرُسُهَا وَإِجَابَاتِكَ عَنِ الْأَسْئِلَةِ، لِيُسَاعِدَكَ عَلَى التَّعَلُّمِ.
home-teacher-sees-later = يَرَى مُعَلِّمُكَ الدُّرُوسَ الَّتِي تَدْرُسُهَا وَإِجَابَاتِكَ عَنِ الْأَسْئِلَةِ لِيُسَاعِدَكَ، وَسَيُخْبِرُكَ بِنَتَائِجِكَ لَاحِقًا.
signin-code-length = { $typed ->
    [0] اُكْتُبْ رَمْزَ الصَّفِّ أَوَّلًا. فِيهِ { $length } حُرُوفٍ وَأَرْقَامٍ.
   *[other] رَمْزُ الصَّفِّ فِيهِ { $length } حُرُوفٍ وَأَرْقَامٍ، وَأَنْتَ كَتَبْتَ { $typed }. اُنْظُرْ إِلَى الرَّمْزِ مَرَّةً أُخْرَى.
}

## player (issue 15)
results-not-yet-stars = { $needed ->
    [zero] أَحْسَنْتَ! يُمْكِنُكَ أَنْ تُعِيدَ الِاخْتِبَارَ مَتَى شِئْتَ.
    [one] وَاصِلْ! تَحْتَاجُ إِلَى نَجْمَةٍ وَاحِدَةٍ لِتُتْقِنَ هٰذَا الدَّرْسَ. يُمْكِنُكَ أَنْ تُعِيدَ الِاخْتِبَارَ مَتَى شِئْتَ.
    [two] وَاصِلْ! تَحْتَاجُ إِلَى نَجْمَتَيْنِ لِتُتْقِنَ هٰذَا الدَّرْسَ. يُمْكِنُكَ أَنْ تُعِيدَ الِاخْتِبَارَ مَتَى شِئْتَ.
    [few] وَاصِلْ! تَحْتَاجُ إِلَى { $needed } نُجُومٍ لِتُتْقِنَ هٰذَا الدَّرْسَ. يُمْكِنُكَ أَنْ تُعِيدَ الِاخْتِبَارَ مَتَى شِئْتَ.
    [many] وَاصِلْ! تَحْتَاجُ إِلَى { $needed } نَجْمَةً لِتُتْقِنَ هٰذَا الدَّرْسَ. يُمْكِنُكَ أَنْ تُعِيدَ الِاخْتِبَارَ مَتَى شِئْتَ.
   *[other] وَاصِلْ! تَحْتَاجُ إِلَى { $needed } نَجْمَةً لِتُتْقِنَ هٰذَا الدَّرْسَ. يُمْكِنُكَ أَنْ تُعِيدَ الِاخْتِبَارَ مَتَى شِئْتَ.
}
player-skip = تَخَطَّ هٰذَا السُّؤَالَ
player-choose-first = اِخْتَرْ مَاذَا تَفْعَلُ أَوَّلًا، أَوْ تَخَطَّ هٰذَا السُّؤَالَ.
read-aloud-no-voice = هٰذَا الْجِهَازُ لَا يَسْتَطِيعُ الْقِرَاءَةَ بِصَوْتٍ عَالٍ بِالْعَرَبِيَّةِ. اُطْلُبْ مِنْ شَخْصٍ كَبِيرٍ أَنْ يَقْرَأَ مَعَكَ.
quiz-exit = اُخْرُجْ مِنَ الِاخْتِبَارِ (نَحْفَظُ إِجَابَاتِكَ)
player-offline = اِنْقَطَعَ الِاتِّصَالُ بِحَاسُوبِ الْمَدْرَسَةِ. نُحَاوِلُ مِنْ جَدِيدٍ…
player-not-saved = لَمْ يُحْفَظْ بَعْدُ. اِنْتَظِرْ قَلِيلًا: سَنُرْسِلُهُ مَرَّةً أُخْرَى عِنْدَمَا يَعُودُ الِاتِّصَالُ.
