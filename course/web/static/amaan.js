// Small page helpers, served by the app (no third-party script): remember the language
// chosen with ?lang=, trade sign-in tickets for cookies, and load the player's module.
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

  // The player is a Panel ES-module component, which loads its code with importShim. Its code
  // imports nothing, so the browser's own import() does: the 38 KB es-module-shims script is
  // left out of the page (templates/page.html). Blob URLs are its only sources (headers.py).
  if (!window.importShim) {
    window.importShim = function (url) { return import(url); };
    window.importShim.addImportMap = function () {}; // the player has no import map
  }
})();
