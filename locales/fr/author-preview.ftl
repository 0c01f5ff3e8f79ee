# L'aperçu des auteurs, /author (issue 16) : des volets qui avancent ensemble, et quand les modifications s'affichent.

author-together = Les deux langues avancent ensemble : une étape, un choix ou une réponse dans un volet se fait aussi dans l'autre.
author-dev-hint = Les modifications des fichiers de leçons ne s'affichent ici qu'après un redémarrage du serveur. Pour les voir dès l'enregistrement, lancez-le avec { $command }.
author-dev-live = Les modifications des fichiers de leçons s'affichent ici dès que vous les enregistrez.
