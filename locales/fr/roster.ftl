# Une liste de classe entière d'un coup, et les cartes de connexion imprimées (issue 16, point 9).

roster-title = Ajouter plusieurs élèves
roster-help = Collez un nom par ligne, ou choisissez un fichier CSV (les noms dans la première colonne, ou dans une colonne intitulée « nom »). Chaque élève reçoit son propre mot de passe en images.
roster-paste = Noms, un par ligne
roster-file = Ou un fichier CSV
roster-add = Ajouter tous les noms
roster-added = { $count ->
    [one] Un élève ajouté.
    [many] { $count } d'élèves ajoutés.
   *[other] { $count } élèves ajoutés.
} Imprimez leurs cartes de connexion maintenant : les images ne sont montrées qu'une fois.
roster-empty = Il n'y a aucun nom à ajouter. Collez un nom par ligne, ou choisissez un fichier CSV.
roster-both = Collez des noms ou choisissez un fichier, pas les deux. Le fichier a été mis de côté : pour l'ajouter, videz la zone de texte et choisissez de nouveau le fichier.
roster-too-big = Cette liste est trop grande (200 Ko au plus). Découpez-la en listes plus petites.
roster-not-utf8 = La ligne { $line } du fichier est illisible. Dans Excel, enregistrez-le au format « CSV UTF-8 » puis réessayez.
roster-broken = La ligne { $line } du fichier n'a pas pu être lue comme du CSV.
roster-too-many = { $max } noms au plus à la fois. Découpez la liste et ajoutez-la en plusieurs fois.
roster-refused = { $count ->
    [one] Une ligne ne peut pas être ajoutée
    [many] { $count } de lignes ne peuvent pas être ajoutées
   *[other] { $count } lignes ne peuvent pas être ajoutées
} : personne n'a donc été ajouté. Corrigez ces lignes puis ajoutez de nouveau la liste :
roster-line-invalid = Ligne { $line } : « { $name } » n'a ni lettre ni chiffre à afficher.
roster-line-too-long = Ligne { $line } : « { $name } » dépasse { $max } caractères.
roster-line-repeated = Ligne { $line } : « { $name } » figure déjà à la ligne { $other }.
roster-line-looks-like = Ligne { $line } : « { $name } » ressemble à « { $other_name } » de la ligne { $other }. Ajoutez de quoi les distinguer, par exemple une initiale.
roster-line-in-class = Ligne { $line } : la classe compte déjà « { $other_name } » ou un nom qui lui ressemble.
roster-more = { $count ->
    [one] … et une autre ligne.
    [many] … et { $count } d'autres lignes.
   *[other] … et { $count } autres lignes.
}

cards-ready = { $count ->
    [one] Une carte de connexion est prête à imprimer.
    [many] { $count } de cartes de connexion sont prêtes à imprimer.
   *[other] { $count } cartes de connexion sont prêtes à imprimer.
} Leurs images ne sont gardées que dans cette page jusqu'à sa fermeture, nulle part ailleurs.
cards-open = Imprimer les cartes de connexion
cards-close = Fermer les cartes
cards-forget = Oublier ces cartes
cards-forgotten = Les cartes sont oubliées. Pour en imprimer une de nouveau, donnez de nouvelles images à l'élève.
cards-title = Cartes de connexion : { $klass }
cards-print = Imprimer
cards-hint = Huit cartes par page A4. Découpez le long des pointillés et donnez à chaque élève sa carte.
cards-code = Code de la classe
cards-pictures = Images secrètes, dans l'ordre
