# A whole class list at once, and the sign-in cards printed from it (issue 16, item 9).
# Phrased without a verb that agrees with one child: a list is mostly girls and boys together.

roster-title = أضف متعلّمين كثيرين
roster-help = الصق اسمًا في كلّ سطر، أو اختر ملفّ CSV (الأسماء في العمود الأول، أو في عمود عنوانه «الاسم»). لكلّ متعلّم صوره السرّية الخاصّة.
roster-paste = الأسماء، اسم في كلّ سطر
roster-file = أو ملفّ CSV
roster-add = أضف كلّ الأسماء
roster-added = { $count ->
    [zero] لم يُضَف أيّ متعلّم.
    [one] أُضيف متعلّم واحد.
    [two] أُضيف متعلّمان.
    [few] أُضيف { $count } متعلّمين.
    [many] أُضيف { $count } متعلّمًا.
   *[other] أُضيف { $count } متعلّم.
} اطبع بطاقات الدخول الآن: لا تظهر الصور إلا هذه المرّة.
roster-empty = لا أسماء لإضافتها. الصق اسمًا في كلّ سطر، أو اختر ملفّ CSV.
roster-both = الصق الأسماء أو اختر ملفًّا، لا الاثنين معًا. وُضع الملفّ جانبًا: لإضافته، أفرغ المربّع ثمّ اختر الملفّ من جديد.
roster-too-big = القائمة أكبر ممّا يُقبل (200 كيلوبايت على الأكثر). قسّمها إلى قوائم أصغر.
roster-not-utf8 = تعذّرت قراءة السطر { $line } من الملفّ. احفظه في Excel بصيغة «CSV UTF-8» ثمّ جرّب من جديد.
roster-broken = تعذّرت قراءة السطر { $line } من الملفّ بصيغة CSV.
roster-too-many = { $max } اسم على الأكثر في المرّة الواحدة. قسّم القائمة وأضفها على أجزاء.
roster-refused = { $count ->
    [zero] لا سطر مرفوض
    [one] لا يمكن إضافة سطر واحد
    [two] لا يمكن إضافة سطرين
    [few] لا يمكن إضافة { $count } أسطر
    [many] لا يمكن إضافة { $count } سطرًا
   *[other] لا يمكن إضافة { $count } سطر
}، لذلك لم يُضَف أحد. صحّح هذه الأسطر ثمّ أضف القائمة من جديد:
roster-line-invalid = السطر { $line }: «{ $name }» ليس فيه حرف ولا رقم يظهر.
roster-line-too-long = السطر { $line }: «{ $name }» أطول من { $max } حرفًا.
roster-line-repeated = السطر { $line }: «{ $name }» مكتوب من قبل في السطر { $other }.
roster-line-looks-like = السطر { $line }: «{ $name }» يبدو مثل «{ $other_name }» في السطر { $other }. أضف ما يميّز بينهما، كالحرف الأول من اسم الأب.
roster-line-in-class = السطر { $line }: في الصفّ من قبل الاسم «{ $other_name }» أو اسم يشبهه كثيرًا.
roster-more = { $count ->
    [zero] …
    [one] …وسطر آخر.
    [two] …وسطران آخران.
    [few] …و{ $count } أسطر أخرى.
    [many] …و{ $count } سطرًا آخر.
   *[other] …و{ $count } سطر آخر.
}

cards-ready = { $count ->
    [zero] لا بطاقات دخول جاهزة.
    [one] بطاقة دخول واحدة جاهزة للطباعة.
    [two] بطاقتا دخول جاهزتان للطباعة.
    [few] { $count } بطاقات دخول جاهزة للطباعة.
    [many] { $count } بطاقة دخول جاهزة للطباعة.
   *[other] { $count } بطاقة دخول جاهزة للطباعة.
} صورها محفوظة في هذه الصفحة فقط حتى تغلقها، لا في أيّ مكان آخر.
cards-open = اطبع بطاقات الدخول
cards-close = أغلق البطاقات
cards-forget = انسَ هذه البطاقات
cards-forgotten = نُسيت البطاقات. لطباعة بطاقة من جديد، أعطِ المتعلّم صورًا سرّية جديدة.
cards-title = بطاقات الدخول: { $klass }
cards-print = اطبع
cards-hint = ثماني بطاقات في كلّ صفحة A4. قُصّ على الخطوط المتقطّعة، وأعطِ كلّ متعلّم بطاقته.
cards-code = رمز الصفّ
cards-pictures = الصور السرّية بالترتيب
