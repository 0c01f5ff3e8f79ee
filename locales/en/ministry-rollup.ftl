# The ministry view's freshness: its figures come from a rollup refreshed every hour by the server.
# $day is a date (YYYY-MM-DD) and $time a time of day (HH:MM), both in UTC.
ministry-figures-at = Figures up to { $day }, { $time } (UTC).
