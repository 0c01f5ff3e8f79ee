# تبويب الفريق في صفحة المعلّمين: المدرسة التي يتولّاها مسؤول المدرسة.
schools-your-school = مدرستك: { $name }
schools-country = البلد (تعرض صفحة «طلب المساعدة» خطوط المساعدة فيه للصفوف التي ليس لها بلد خاص بها)
schools-country-unknown = غير معروف
schools-region = المنطقة
schools-save = احفظ بيانات المدرسة
schools-saved = حُفظت بيانات المدرسة.
schools-invalid = تعذّر حفظ هذه البيانات: لا تتجاوز المنطقة 80 حرفًا.
schools-not-allowed = لا يغيّر بيانات هذه المدرسة إلا مسؤولها.
