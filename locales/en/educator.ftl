# Educator and author pages (issue 16). Kept apart from ui.ftl, which the learner side edits.

edu-author-link = Lesson preview for authors
edu-ministry-link = Ministry view
edu-no-school-no-classes = This is a ministry account in no school, so it has no classes. Open the Ministry view from the top of the page.
author-back = Back to the educator space

# How sure we are of a helpline entry (course/content/helplines.py, "confidence").
edu-helpline-confidence-words = Confidence: { $confidence ->
    [several-sources] several independent sources agree
    [two-sources] two independent sources agree
    [one-source] one source only
    [conflicting] the sources disagree
   *[unverified] not checked
  }
edu-helpline-source-link = Source: { $publisher }
edu-helpline-published = published in { $year }
edu-helpline-checked-on = Checked on { $date }

# The file name a CSV export is saved under: class, then date (letters and digits only).
edu-csv-grid-file = progress { $klass } { $date }
edu-csv-lesson-file = lesson { $lesson } { $klass } { $date }
