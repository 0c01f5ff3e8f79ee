// Small page helpers, served by the app (no third-party script): remember the language
// chosen with ?lang=, and hide "Read aloud" where the device has no voice for the language.
(function () {
  "use strict";
  var YEAR = 60 * 60 * 24 * 365;
  function setCookie(name, value) {
    document.cookie = name + "=" + encodeURIComponent(value) + "; path=/; max-age=" + YEAR + "; samesite=lax";
  }
  window.amaanSetCookie = setCookie;
  var lang = new URLSearchParams(window.location.search).get("lang");
  if (lang && /^[a-z]{2}(-[A-Z]{2})?$/.test(lang)) { setCookie("amaan_lang", lang); }

  // A CSS custom property inherits into every shadow root, so the button's own stylesheet
  // can read it: no voice, no button.
  function updateVoices() {
    var synth = window.speechSynthesis;
    var want = (document.documentElement.lang || "ar").slice(0, 2);
    var has = !!synth && synth.getVoices().some(function (v) { return (v.lang || "").slice(0, 2) === want; });
    document.documentElement.style.setProperty("--amaan-speak-display", has ? "block" : "none");
  }
  updateVoices();
  if (window.speechSynthesis && "onvoiceschanged" in window.speechSynthesis) {
    window.speechSynthesis.addEventListener("voiceschanged", updateVoices);
  }
})();
