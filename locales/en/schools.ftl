# The educator page's Team tab: the school a school admin looks after.
schools-your-school = Your school: { $name }
schools-country = Country (Get help shows its helplines to classes that have no country of their own)
schools-country-unknown = Not known
schools-region = Region
schools-save = Save the school's details
schools-saved = The school's details are saved.
schools-invalid = These details could not be saved: a region has at most 80 characters.
schools-not-allowed = Only this school's admin can change its details.
