# Les mots de l'application. Ceux des leçons sont dans lessons/*.ftl.

-mascot = Houdhoud
-app-name = Amaan
