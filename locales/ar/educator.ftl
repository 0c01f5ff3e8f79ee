# صفحات المربّين والمؤلّفين (issue 16). منفصلة عن ui.ftl الذي يعدّله جانب المتعلّمين.

edu-author-link = معاينة الدروس للمؤلّفين
edu-ministry-link = عرض الوزارة
edu-no-school-no-classes = هذا الحساب للوزارة ولا ينتمي إلى مدرسة، فلا صفوف له. افتح «عرض الوزارة» من أعلى الصفحة.
author-back = العودة إلى مساحة المربّين

edu-helpline-confidence-words = درجة الثقة: { $confidence ->
    [several-sources] تتّفق عدّة مصادر مستقلّة
    [two-sources] يتّفق مصدران مستقلّان
    [one-source] مصدر واحد فقط
    [conflicting] المصادر متعارضة
   *[unverified] لم يُتحقَّق منه
  }
edu-helpline-source-link = المصدر: { $publisher }
edu-helpline-published = نُشر سنة { $year }
edu-helpline-checked-on = تاريخ التحقّق: { $date }

edu-csv-grid-file = تقدّم { $klass } { $date }
edu-csv-lesson-file = درس { $lesson } { $klass } { $date }
