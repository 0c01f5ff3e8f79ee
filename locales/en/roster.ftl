# A whole class list at once, and the sign-in cards printed from it (issue 16, item 9).

roster-title = Add many learners
roster-help = Paste one name per line, or choose a CSV file (names in the first column, or in a column called "name"). Each learner gets their own picture password.
roster-paste = Names, one per line
roster-file = Or a CSV file
roster-add = Add every name
roster-added = { $count ->
    [one] One learner added.
   *[other] { $count } learners added.
} Print their sign-in cards now: the pictures are shown only this once.
roster-empty = There are no names to add. Paste one name per line, or choose a CSV file.
roster-both = Paste names or choose a file, not both. The file was put aside: to add it, empty the box and choose the file again.
roster-too-big = This list is too big (at most 200 KB). Split it into smaller lists.
roster-not-utf8 = Line { $line } of the file could not be read. In Excel, save it as "CSV UTF-8" and try again.
roster-broken = Line { $line } of the file could not be read as CSV.
roster-too-many = At most { $max } names at once. Split the list and add it in parts.
roster-refused = { $count ->
    [one] One line cannot be added
   *[other] { $count } lines cannot be added
}, so nobody was added. Correct these lines and add the list again:
roster-line-invalid = Line { $line }: "{ $name }" has no letter or digit to show.
roster-line-too-long = Line { $line }: "{ $name }" is longer than { $max } characters.
roster-line-repeated = Line { $line }: "{ $name }" is already on line { $other }.
roster-line-looks-like = Line { $line }: "{ $name }" looks the same as "{ $other_name }" on line { $other }. Add something to tell them apart, such as an initial.
roster-line-in-class = Line { $line }: the class already has "{ $other_name }" or a name that looks the same.
roster-more = { $count ->
    [one] …and one more line.
   *[other] …and { $count } more lines.
}

cards-ready = { $count ->
    [one] One sign-in card is ready to print.
   *[other] { $count } sign-in cards are ready to print.
} Their pictures are kept only in this page until you close it, nowhere else.
cards-open = Print sign-in cards
cards-close = Close the cards
cards-forget = Forget these cards
cards-forgotten = The cards are forgotten. To print one again, give the learner new pictures.
cards-title = Sign-in cards: { $klass }
cards-print = Print
cards-hint = Eight cards per A4 page. Cut along the dashed lines and give each child their own card.
cards-code = Class code
cards-pictures = Secret pictures, in order
