# تقسيم لوحة المتابعة وقوائم الصف إلى صفحات، والبحث فيها (المسألة 16، البند 5).

dash-search-enter = جزء من الاسم، ثم Enter
dash-page-previous = السابقة
dash-page-next = التالية
dash-page = الصفحة { $page } من { $pages } · { $count ->
    [zero] لا متعلّمين
    [one] متعلّم واحد
    [two] متعلّمان
    [few] { $count } متعلّمين
    [many] { $count } متعلّمًا
   *[other] { $count } متعلّم
}
dash-flags-page = الصفحة { $page } من { $pages } · { $count ->
    [zero] لا تنبيهات
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $count } تنبيهات
    [many] { $count } تنبيهًا
   *[other] { $count } تنبيه
}

signin-find-name = { $address ->
    [f] ابحثي عن اسمكِ: اكتبي أوّل حروفه، ثمّ Enter
   *[m] ابحث عن اسمك: اكتب أوّل حروفه، ثمّ Enter
}

dash-class-glance = { $klass } في لمحة

# Needs-help alerts about a learner (issue 16, item 6): the name, a colon, then what happened to
# the work, so that no verb has to agree with a boy or a girl ("أخطأ سلمى" read as an error).
dash-flag-failed-quiz-twice = { $name }: اختبار «{ $lesson }» لم يُتقَن بعد { $failed ->
    [zero] أيّ محاولة
    [one] محاولة واحدة
    [two] محاولتين
    [few] { $failed } محاولات
    [many] { $failed } محاولة
   *[other] { $failed } محاولة
} (أفضل نتيجة { $best_score }).
dash-flag-stuck-on-card = { $name }: البطاقة { $card } من { $cards } في «{ $lesson }»، بلا تقدّم منذ { $days ->
    [zero] اليوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
dash-flag-many-wrong-first-tries = { $name }: إجابات أولى خاطئة، { $wrong } من آخر { $answered }.
