# كلمات التطبيق نفسه. كلمات الدروس في lessons/*.ftl.

-mascot = هُدهُد
-app-name = أمان
