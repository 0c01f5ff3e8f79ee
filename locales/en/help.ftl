helpline-eg-nccm = National Council for Childhood and Motherhood
helpline-sa-nfsp = National Family Safety Program
helpline-jo-jrf = Jordan River Foundation
helpline-ps-sawa = Sawa
helpline-kw-moh = Child Protection Office, Ministry of Health
helpline-ae-dfwac = Dubai Foundation for Women and Children
    .region = Dubai
helpline-ae-moi = Child Protection Centre, Ministry of Interior
helpline-ae-sssd = Sharjah Social Services Department
    .region = Sharjah
helpline-om-mosd = Ministry of Social Development
helpline-ma-onde = National Observatory for the Rights of the Child
helpline-bh-cpc = Child Protection Centre, Ministry of Social Development
helpline-tn-mfefs = Ministry of Family, Women, Children and Seniors
helpline-dz-onppe = National Body for the Protection and Promotion of Childhood
helpline-qa-aman = Aman Protection and Social Rehabilitation Centre
helpline-sd-fcpa = Family and Child Protection Unit, Police
helpline-so-mfhrd = Ministry of Family and Human Rights Development

## Get help: what the child reads about a line (issue 17). Lines open every day of the week.

# $region: the part of the country the line serves (a helpline-<id>.region text).
help-helpline-region = For children who live in { $region }.
# $hours: hours a day the line answers (24: day and night).
help-helpline-hours = { $hours ->
    [24] Open day and night, every day.
    [one] Open { $hours } hour a day, every day.
   *[other] Open { $hours } hours a day, every day.
}
