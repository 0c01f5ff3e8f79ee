helpline-eg-nccm = المجلس القومي للطفولة والأمومة
helpline-sa-nfsp = البرنامج الوطني للأمان الأسري
helpline-jo-jrf = مؤسسة نهر الأردن
helpline-ps-sawa = مؤسسة سوا
helpline-kw-moh = مكتب حماية الطفل، وزارة الصحة
helpline-ae-dfwac = مؤسسة دبي لرعاية النساء والأطفال
    .region = دُبَيّ
helpline-ae-moi = مركز حماية الطفل، وزارة الداخلية
helpline-ae-sssd = دائرة الخدمات الاجتماعية بالشارقة
    .region = الشَّارِقَة
helpline-om-mosd = وزارة التنمية الاجتماعية
helpline-ma-onde = المرصد الوطني لحقوق الطفل
helpline-bh-cpc = مركز حماية الطفل، وزارة التنمية الاجتماعية
helpline-tn-mfefs = وزارة الأسرة والمرأة والطفولة وكبار السن
helpline-dz-onppe = الهيئة الوطنية لحماية وترقية الطفولة
helpline-qa-aman = مركز الحماية والتأهيل الاجتماعي (أمان)
helpline-sd-fcpa = وحدة حماية الأسرة والطفل، الشرطة
helpline-so-mfhrd = وزارة الأسرة وتنمية حقوق الإنسان

## Get help: what the child reads about a line (issue 17). Lines open every day of the week.

# $region: the part of the country the line serves (a helpline-<id>.region text).
help-helpline-region = لِلْأَطْفَالِ الَّذِينَ يَعِيشُونَ فِي { $region }.
# $hours: hours a day the line answers (24: day and night).
help-helpline-hours = { $hours ->
    [24] يَعْمَلُ لَيْلًا وَنَهَارًا، كُلَّ أَيَّامِ الْأُسْبُوعِ.
    [zero] يَعْمَلُ { $hours } سَاعَةٍ فِي الْيَوْمِ، كُلَّ أَيَّامِ الْأُسْبُوعِ.
    [one] يَعْمَلُ سَاعَةً وَاحِدَةً فِي الْيَوْمِ، كُلَّ أَيَّامِ الْأُسْبُوعِ.
    [two] يَعْمَلُ سَاعَتَيْنِ فِي الْيَوْمِ، كُلَّ أَيَّامِ الْأُسْبُوعِ.
    [few] يَعْمَلُ { $hours } سَاعَاتٍ فِي الْيَوْمِ، كُلَّ أَيَّامِ الْأُسْبُوعِ.
    [many] يَعْمَلُ { $hours } سَاعَةً فِي الْيَوْمِ، كُلَّ أَيَّامِ الْأُسْبُوعِ.
   *[other] يَعْمَلُ { $hours } سَاعَةٍ فِي الْيَوْمِ، كُلَّ أَيَّامِ الْأُسْبُوعِ.
}
