# The app's own words. Lesson words live in lessons/*.ftl.

-mascot = Hudhud
-app-name = Amaan
