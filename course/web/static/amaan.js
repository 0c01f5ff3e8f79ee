// Small page helpers, served by the app (no third-party script): remember the language
// chosen with ?lang=, trade sign-in tickets for cookies, and hide "Read aloud" where the
// device has no voice for the language.
(function () {
  "use strict";
  var YEAR = 60 * 60 * 24 * 365;
  // Preferences only (language, age band, country); an empty value forgets one.
  function setCookie(name, value) {
    document.cookie = name + "=" + encodeURIComponent(value) + "; path=/; max-age=" + (value ? YEAR : 0) +
      "; samesite=lax";
  }
  window.amaanSetCookie = setCookie;
  // Sign-in cookies are HttpOnly, out of any script's reach: the server sets or clears them in
  // answer to a one-time ticket its page session issued (course/web/cookies.py). Each once.
  var traded = {};
  window.amaanTradeTicket = function (ticket) {
    if (traded[ticket]) { return; }
    traded[ticket] = true;
    fetch("/session/learner", {method: "POST", credentials: "same-origin", cache: "no-store",
      headers: {"Content-Type": "application/x-www-form-urlencoded"},
      body: "ticket=" + encodeURIComponent(ticket)});
  };
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
