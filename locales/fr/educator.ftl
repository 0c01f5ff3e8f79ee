# Pages des éducateurs et des auteurs (issue 16). À part de ui.ftl, que le côté apprenant modifie.

edu-author-link = Aperçu des leçons pour les auteurs
edu-ministry-link = Vue du ministère
edu-no-school-no-classes = Ce compte du ministère n'appartient à aucune école : il n'a donc pas de classes. Ouvrez la Vue du ministère en haut de la page.
author-back = Retour à l'espace éducateurs

edu-helpline-confidence-words = Confiance : { $confidence ->
    [several-sources] plusieurs sources indépendantes concordent
    [two-sources] deux sources indépendantes concordent
    [one-source] une seule source
    [conflicting] les sources se contredisent
   *[unverified] non vérifiée
  }
edu-helpline-source-link = Source : { $publisher }
edu-helpline-published = publiée en { $year }
edu-helpline-checked-on = Vérifiée le { $date }

edu-csv-grid-file = progression { $klass } { $date }
edu-csv-lesson-file = leçon { $lesson } { $klass } { $date }
