// The learner's player: draws the screen the server sends (course/web/player_screens.py) and
// sends back only intents. It decides nothing: which card comes next, whether an answer is
// right and what the score is all come from the server, which checks every intent against
// the marker of the screen it was made on.

const kinds = {};

/* KIND RENDERERS */

const RESEND_AFTER_MS = 4000;
// An intent the server has not answered is kept here too: if the page is rebuilt after the
// connection dropped (Bokeh gave up on the old session), the new page sends it once more.
// The server ignores it if it did arrive (its marker no longer names the screen on show).
const PENDING_KEY = "amaan-pending-intent";

// h(tag, attrs, ...children): views/dom.js, put before this module by views/esm.py

function progressBar(progress) {
  const percent = progress.total ? Math.round((100 * progress.current) / progress.total) : 0;
  const bar = h("div", {class: "bar", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": progress.total,
                        "aria-valuenow": progress.current, "aria-label": progress.label}, h("span"));
  bar.firstChild.style.inlineSize = `${percent}%`;
  return h("div", {class: "progress"}, bar, h("span", {class: "count", text: progress.label}));
}

function picture(url, alt, cls) {
  return url ? h("img", {src: url, alt: alt || "", class: cls || null, loading: "lazy"}) : null;
}

// ---- read aloud: the device's own voice, said plainly when there is none ----------------------

function voiceFor(lang) {
  const synth = window.speechSynthesis;
  if (!synth) return null;
  const prefix = lang.split("-")[0].toLowerCase();
  return synth.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === prefix) || null;
}

function readAloud(words, say, note) {
  const button = h("button", {type: "button", class: "amaan-read-aloud read-aloud", "aria-pressed": "false"},
                   words["read-aloud"]);
  button.addEventListener("click", () => {
    const synth = window.speechSynthesis;
    const voice = voiceFor(words.lang);
    if (!voice) {
      note.textContent = words["read-aloud-no-voice"];
      note.hidden = false;
      return;
    }
    if (synth.speaking) {
      synth.cancel();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(say.filter(Boolean).join("\n"));
    utterance.lang = voice.lang;
    utterance.voice = voice;
    utterance.rate = 0.9;
    const done = () => {
      button.textContent = words["read-aloud"];
      button.setAttribute("aria-pressed", "false");
    };
    utterance.addEventListener("end", done);
    utterance.addEventListener("error", done);
    button.textContent = words["read-aloud-stop"];
    button.setAttribute("aria-pressed", "true");
    synth.speak(utterance);
  });
  return button;
}

// ---- the component ------------------------------------------------------------------------------

export function render({model, el, view}) {
  const words = model.words;
  const root = h("section", {class: "player", dir: words.dir, lang: words.lang});
  const status = h("p", {class: "status", role: "status", "aria-live": "polite", hidden: true});
  const body = h("div", {class: "body"});
  root.append(status, body);

  // The screen comes as a JSON string (views/player.py); parsed once per string.
  let parsedFrom = null;
  let parsed = {};
  function current() {
    if (model.screen !== parsedFrom) {
      parsedFrom = model.screen;
      try {
        parsed = JSON.parse(parsedFrom || "{}") || {};
      } catch (err) {
        parsed = {};
      }
    }
    return parsed;
  }

  let seq = 0;
  let pending = null; // the intent sent and not yet answered by the server
  let resendTimer = null;
  let online = true;
  let shownKey = null;
  let response = []; // the quiz answer being put together on this question
  let touched = false; // the child has changed it since the screen came: "pick another" may show

  function showStatus() {
    let text = "";
    if (!online) text = words["player-offline"];
    else if (pending && pending.late) text = words["player-not-saved"];
    status.textContent = text;
    status.hidden = !text;
    status.classList.toggle("alert", Boolean(text));
  }

  function transmit() {
    try {
      model.send_msg(pending.message);
    } catch (err) {
      online = false; // the websocket is closed: sent again once it is back
    }
    clearTimeout(resendTimer);
    resendTimer = setTimeout(() => {
      if (pending) {
        pending.late = true;
        showStatus();
        transmit();
      }
    }, RESEND_AFTER_MS);
  }

  function keep(lesson) {
    try {
      if (pending && lesson) window.sessionStorage.setItem(PENDING_KEY, JSON.stringify({lesson, message: pending.message}));
      else window.sessionStorage.removeItem(PENDING_KEY);
    } catch (err) {
      // storage refused (private mode): the resend timer and reconnect still cover this page
    }
  }

  function send(intent, value) {
    const screen = current();
    if (pending && pending.message.intent === intent && pending.message.marker === screen.marker) {
      return; // a double tap: the first one is on its way
    }
    seq += 1;
    pending = {message: {intent, marker: screen.marker || "", value: value === undefined ? null : value, seq}, late: false};
    if (model.keep_place) keep(screen.lesson);
    transmit();
  }

  function resendKept(screen) {
    let kept = null;
    try {
      kept = JSON.parse(window.sessionStorage.getItem(PENDING_KEY) || "null");
    } catch (err) {
      kept = null;
    }
    if (kept && kept.lesson === screen.lesson && kept.message && kept.message.marker === screen.marker) {
      if (Array.isArray(kept.message.value)) response = kept.message.value.slice();
      send(kept.message.intent, kept.message.value);
    } else if (kept) {
      keep(null);
    }
  }

  // The server answers an intent in the screen it leads to (screen.ack), or with a message
  // {ack} when it changed nothing.
  function acknowledged(ack) {
    if (pending && ack === pending.message.seq) {
      pending = null;
      if (model.keep_place) keep(null);
      clearTimeout(resendTimer);
      online = true;
    }
  }

  model.on("msg:custom", (message) => {
    if (message) {
      acknowledged(message.ack);
      showStatus();
    }
  });

  try {
    const doc = view.model.document;
    doc.on_event("connection_lost", () => { online = false; showStatus(); });
    doc.on_event("client_reconnected", () => {
      online = true;
      showStatus();
      if (pending) transmit(); // the server ignores it if it arrived after all (same marker)
    });
  } catch (err) {
    // an older Bokeh without these events: the resend timer still covers a lost intent
  }

  function rememberLesson(lessonId) {
    // A reload (or a page rebuilt after the Wi-Fi dropped) comes back to this lesson, on the card
    // or question the store holds.
    const url = new URL(window.location.href);
    if (lessonId) url.searchParams.set("lesson", lessonId);
    else url.searchParams.delete("lesson");
    if (model.keep_place && url.href !== window.location.href) {
      window.history.replaceState(window.history.state, "", url.href);
    }
  }

  function nav(...buttons) {
    return h("div", {class: "nav"}, ...buttons);
  }

  // ``name`` is stable across locales (class amaan-NAME): tests and the load benchmark find buttons by it.
  function button(label, name, style, intent, value, attrs) {
    const key = `${intent}:${typeof value === "string" ? value : ""}`;
    return h("button", {type: "button", class: `amaan-${name} ${style}`, "data-key": key, ...(attrs || {}),
                        onclick: () => send(intent, typeof value === "function" ? value() : value)}, label);
  }

  function header(screen, note, say) {
    return h("div", {class: "top"}, screen.progress ? progressBar(screen.progress) : h("span"),
             say.length ? readAloud(words, say, note) : null);
  }

  function feedbackBox(fb) {
    if (!fb) return null;
    const items = (list) => h("ul", {}, list.map((item) =>
      h("li", {}, h("strong", {text: item.label}), item.text ? h("span", {text: item.text}) : null)));
    return h("div", {class: `feedback ${fb.good ? "good" : "try"}`, role: "status"},
             fb.head ? h("strong", {class: "head", text: fb.head}) : null,
             fb.label ? h("strong", {class: "head", text: fb.label}) : null,
             fb.text ? h("p", {text: fb.text}) : null,
             fb.why && fb.why.length ? items(fb.why) : null,
             fb.tries_left ? h("p", {text: fb.tries_left}) : null,
             fb.best && fb.best.length ? h("p", {}, h("b", {text: fb.best_label}), " ", fb.best.join(" / ")) : null,
             fb.answer_head ? h("p", {}, h("b", {text: fb.answer_head})) : null,
             fb.answer && fb.answer.length ? items(fb.answer) : null);
  }

  function lessonScreen(screen) {
    const card = screen.card;
    const note = h("p", {class: "note", hidden: true});
    const options = (card.options || []).map((option) =>
      button(option.label, "choice", "choice", "pick", option.id, {"aria-pressed": String(card.picked === option.id)}));
    const choose = h("p", {class: "note", role: "status", hidden: true, text: words["player-choose-first"]});
    // Next waits for a choice (the server refuses it too): it says why instead of doing nothing
    const next = screen.needs_choice
      ? h("button", {type: "button", class: "amaan-next primary onward", "data-key": "next:", "aria-disabled": "true",
                     onclick: () => { choose.hidden = false; }}, screen.next_label)
      : button(screen.next_label, "next", "primary onward", "next");
    return [
      header(screen, note, [card.text, ...(card.options || []).map((o) => o.label)]), note,
      h("div", {class: "card"},
        picture(card.image, card.alt),
        card.kicker ? h("div", {class: "kicker", text: card.kicker}) : null,
        h("h1", {class: "sr-only", text: screen.title}),
        h("p", {class: "text", text: card.text})),
      options.length ? h("div", {class: "choices"}, options) : null,
      screen.needs_choice ? h("div", {class: "skip-row"}, button(words["player-skip"], "skip", "quiet", "skip")) : null,
      feedbackBox(card.feedback), choose,
      nav(button(words["player-back"], "back", "", "back", undefined, {disabled: !screen.can_back}), next),
      nav(button(words["player-lessons"], "lessons", "quiet", "home")),
    ];
  }

  function sameAs(a, b) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);
  }

  function quizScreen(screen) {
    const q = screen.question;
    const note = h("p", {class: "note", hidden: true});
    const locked = screen.finished;
    const again = h("p", {class: "note", role: "status", hidden: true, text: words["quiz-pick-another"]});
    const check = button(words["quiz-check"], "check", "primary onward", "check", () => response.slice());
    const update = () => {
      const same = screen.tried && sameAs([...response].sort(), [...screen.tried].sort()) && q.selection !== "order";
      const sameOrder = screen.tried && q.selection === "order" && sameAs(response, screen.tried);
      check.disabled = !response.length || same || sameOrder;
      again.hidden = !(touched && (same || sameOrder));
    };
    let answers;
    const renderer = kinds[q.kind] || kinds[q.selection];
    if (renderer) {
      answers = renderer.render(q, {dir: words.dir, say: (key) => words[key] || key, locked,
                                    onChange: (ids) => { response = ids.slice(); touched = true; update(); }});
    } else {
      answers = choiceAnswers(q, locked, update);
    }
    update();
    return [
      header(screen, note, [q.text, ...(q.options || q.items || []).map((o) => o.label)]), note,
      h("div", {class: "card"},
        picture(q.image, q.alt),
        h("h1", {class: "sr-only", text: screen.title}),
        h("p", {class: "text", id: "question-text", text: q.text}),
        q.how ? h("p", {class: "how", text: q.how}) : null,
        screen.hint ? h("p", {class: "hint"}, h("b", {text: words["quiz-hint-label"]}), " ", screen.hint) : null),
      answers, again, feedbackBox(screen.feedback),
      nav(screen.has_hint ? button(words["quiz-hint"], "hint", "", "hint") : null,
          locked ? button(screen.last ? words["quiz-see-results"] : words["quiz-next-question"], "next-question",
                          "primary onward", "next-question")
                 : check),
      nav(button(words["quiz-exit"], "quiz-exit", "quiet", "home")),
    ];
  }

  function choiceAnswers(q, locked, update) {
    const many = q.selection === "many";
    const pictures = q.options.some((o) => o.image);
    const name = `answer-${current().marker}`;
    const group = h("div", {class: `answers amaan-answers-${many ? "many" : "one"}${pictures ? " pictures" : ""}`,
                            role: many ? "group" : "radiogroup",
                            "aria-labelledby": "question-text"});
    for (const option of q.options) {
      const input = h("input", {type: many ? "checkbox" : "radio", name, value: option.id, disabled: locked,
                                "data-key": `answer:${option.id}`,
                                checked: response.includes(option.id)});
      input.addEventListener("change", () => {
        const picked = [...group.querySelectorAll("input:checked")].map((i) => i.value);
        response = picked;
        touched = true;
        update();
      });
      group.append(h("label", {class: "answer"}, input, picture(option.image, "", "answer-picture"),
                     h("span", {text: option.label})));
    }
    return group;
  }

  function resultsScreen(screen) {
    const stars = screen.stars
      ? h("p", {class: "stars", role: "img", "aria-label": screen.stars.label},
          Array.from({length: screen.stars.total}, (_, i) => h("span", {class: i < screen.stars.got ? "star got" : "star",
                                                                        "aria-hidden": "true"})))
      : null;
    return [
      h("div", {class: "results"},
        h("h1", {text: screen.title}),
        h("p", {class: "lesson-title", text: screen.lesson_title}),
        screen.message ? h("p", {class: "text", text: screen.message}) : null,
        stars,
        screen.score ? h("p", {class: "text score", text: screen.score}) : null,
        screen.badge ? picture(screen.badge, "", "badge") : null,
        screen.mastered ? h("h2", {text: screen.mastered}) : null,
        screen.badge_text ? h("p", {text: screen.badge_text}) : null,
        screen.not_yet ? h("p", {text: screen.not_yet}) : null,
        screen.remember && screen.remember.length
          ? h("div", {class: "card remember"}, h("h2", {text: screen.remember_title}),
              screen.remember.map((text) => h("p", {text})))
          : null),
      nav(button(words["results-retry"], "retry", "", "retry"),
          button(words["results-back"], "back-to-lessons", "primary", "home")),
    ];
  }

  function draw() {
    const screen = current();
    acknowledged(screen.ack);
    // A question keeps its place while it is tried again: only a new card, question or screen
    // starts afresh (the marker also counts the question's tries).
    const key = `${screen.screen}|${screen.lesson}|${(screen.marker || "").split(":")[0]}`;
    const fresh = key !== shownKey;
    if (fresh) {
      response = [];
      touched = false;
    }
    if (screen.screen === "quiz" && !response.length && screen.tried) response = screen.tried.slice();
    if (shownKey === null && model.keep_place) resendKept(screen);
    const hadFeedback = Boolean(body.querySelector(".feedback"));
    let parts = [];
    if (screen.screen === "lesson") parts = lessonScreen(screen);
    else if (screen.screen === "quiz") parts = quizScreen(screen);
    else if (screen.screen === "results") parts = resultsScreen(screen);
    const active = root.getRootNode().activeElement;
    const focusKey = active && root.contains(active) ? active.getAttribute("data-key") : null;
    body.replaceChildren(...parts.filter(Boolean));
    rememberLesson(screen.screen === "results" ? "" : screen.lesson);
    showStatus();
    if (fresh && shownKey !== null) {
      // a new screen starts at the top, with focus on it for screen readers and keyboards
      window.scrollTo(0, 0);
      // a visible heading, or the card (an sr-only heading could show no focus ring)
      const target = body.querySelector("h1:not(.sr-only)") || body.querySelector(".card");
      if (target) {
        target.setAttribute("tabindex", "-1");
        target.focus({preventScroll: true});
      }
    } else {
      const again = focusKey ? body.querySelector(`[data-key="${CSS.escape(focusKey)}"]`) : null;
      if (again) again.focus({preventScroll: true});
      const feedback = body.querySelector(".feedback");
      if (feedback && !hadFeedback) feedback.scrollIntoView({block: "nearest"});
    }
    shownKey = key;
  }

  model.on("screen", draw);
  model.on("remove", () => {
    clearTimeout(resendTimer);
    // The child left the lesson (its root stays in the document): forget it. When the whole
    // document goes (a reconnect that reached another server process replaces it, and that
    // process reloads the page: course/web/failover.py), the address keeps ?lesson= so that the
    // reloaded page resumes on the same card.
    let top = view;
    while (top.parent) top = top.parent;
    const doc = view.model.document;
    if (doc && doc.roots().includes(top.model)) rememberLesson("");
  });
  draw();
  return root;
}
