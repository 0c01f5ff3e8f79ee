# La fraîcheur de la vue du ministère : ses chiffres viennent d'un cumul que le serveur met à jour toutes les heures.
# $day est une date (AAAA-MM-JJ) et $time une heure (HH:MM), toutes deux en UTC.
ministry-figures-at = Chiffres arrêtés au { $day } à { $time } (UTC).
