helpline-eg-nccm = Conseil national de l'enfance et de la maternité
helpline-sa-nfsp = Programme national de sécurité familiale
helpline-jo-jrf = Fondation Jordan River
helpline-ps-sawa = Sawa
helpline-kw-moh = Bureau de protection de l'enfance, ministère de la Santé
helpline-ae-dfwac = Fondation de Dubaï pour les femmes et les enfants
    .region = Dubaï
helpline-ae-moi = Centre de protection de l'enfance, ministère de l'Intérieur
helpline-ae-sssd = Département des services sociaux de Charjah
    .region = Charjah
helpline-om-mosd = Ministère du Développement social
helpline-ma-onde = Observatoire national des droits de l'enfant
helpline-bh-cpc = Centre de protection de l'enfance, ministère du Développement social
helpline-tn-mfefs = Ministère de la Femme, de la Famille, de l'Enfance et des Seniors
helpline-dz-onppe = Organe national de protection et de promotion de l'enfance
helpline-qa-aman = Centre Aman de protection et de réhabilitation sociale
helpline-sd-fcpa = Unité de protection de la famille et de l'enfant, police
helpline-so-mfhrd = Ministère de la Famille et du Développement des droits humains

## Get help: what the child reads about a line (issue 17). Lines open every day of the week.

# $region: the part of the country the line serves (a helpline-<id>.region text).
help-helpline-region = Pour les enfants qui vivent à { $region }.
# $hours: hours a day the line answers (24: day and night).
help-helpline-hours = { $hours ->
    [24] Ouverte jour et nuit, tous les jours.
    [one] Ouverte { $hours } heure par jour, tous les jours.
    [many] Ouverte { $hours } d'heures par jour, tous les jours.
   *[other] Ouverte { $hours } heures par jour, tous les jours.
}
