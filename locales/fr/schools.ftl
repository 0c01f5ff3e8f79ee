# L'onglet Équipe de la page des éducateurs : l'école dont s'occupe un administrateur d'école.
schools-your-school = Votre école : { $name }
schools-country = Pays (« Demander de l'aide » montre ses lignes d'écoute aux classes sans pays)
schools-country-unknown = Inconnu
schools-region = Région
schools-save = Enregistrer les informations de l'école
schools-saved = Les informations de l'école sont enregistrées.
schools-invalid = Ces informations n'ont pas pu être enregistrées : une région a au plus 80 caractères.
schools-not-allowed = Seul l'administrateur de cette école peut modifier ses informations.
