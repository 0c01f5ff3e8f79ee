// The learner's home screen (views/home.py): draws the data the server sends
// (course/web/home_screen.py) and says only what was tapped. Which lesson opens, what a status
// says and who is signed in are the server's to decide. Texts go in as text, never as markup.
// h(tag, attrs, ...children): views/dom.js, put before this module by views/esm.py.

const AGAIN_AFTER_MS = 4000; // a tap the server has not answered yet is not sent twice

export function render({model}) {
  const root = h("div", {class: "home"});
  const sent = new Map(); // what was tapped -> when it was sent

  // ``key`` names the control across redraws (focus comes back to it); amaan-NAME is the stable
  // name tests and benchmarks find it by, whatever the language.
  function tap(key, message, once) {
    if (once) {
      const last = sent.get(key);
      if (last !== undefined && Date.now() - last < AGAIN_AFTER_MS) return; // a double tap
      sent.set(key, Date.now());
    }
    model.send_msg(message);
  }

  function button(key, label, cls, message, once) {
    const node = h("button", {type: "button", class: cls, "data-key": key, text: label});
    node.addEventListener("click", () => tap(key, message, once));
    return node;
  }

  function choice(name, labelId, group, what) {
    // toggle buttons: the one chosen is pressed (a radio group would need arrow keys to move)
    const buttons = group.options.map(([value, label]) => {
      const node = button(`${what}:${value}`, label, "pill", {[what]: value}, false);
      node.setAttribute("aria-pressed", String(value === group.value));
      return node;
    });
    return h("div", {class: `amaan-${name} choices`, role: "group", "aria-labelledby": labelId}, ...buttons);
  }

  function card(lesson) {
    const text = h("span", {class: "lesson-text"},
      h("span", {class: "lesson-title", text: lesson.title}),
      h("span", {class: "lesson-summary", text: lesson.summary}),
      h("span", {class: "meta"},
        h("span", {class: `status status-${lesson.status}`, text: lesson.status_label}),
        h("span", {text: lesson.minutes})));
    // lazy: a band lists up to a dozen pictures, most of them below a phone's fold
    const cover = lesson.image ? h("img", {src: lesson.image, alt: "", width: "96", height: "60",
                                           loading: "lazy", decoding: "async"}) : null;
    // spans only: a button holds phrasing content; the whole card is one tap target
    const go = h("button", {type: "button", class: "lesson", "data-key": `open:${lesson.id}`},
      h("span", {class: "lesson-card"}, cover, text, h("span", {class: `go go-${lesson.status}`, text: lesson.go})));
    go.addEventListener("click", () => tap(`open:${lesson.id}`, {open: lesson.id}, true));
    return h("div", {class: `amaan-open-${lesson.id} amaan-lesson`}, go);
  }

  function draw() {
    let screen;
    try {
      screen = JSON.parse(model.screen || "{}");
    } catch (err) {
      return;
    }
    if (!screen.bands) return;
    const active = root.getRootNode().activeElement;
    const focused = active && root.contains(active) ? active.dataset.key : null;
    const parts = [
      h("div", {class: "hello"}, h("img", {src: screen.mascot, alt: "", width: "72", height: "72"}),
         h("p", {text: screen.hello})),
      ...screen.notes.map((note) => h("p", {class: "note", text: note})),
    ];
    if (screen.leave) {
      parts.push(h("div", {class: `amaan-${screen.leave.name} row`},
                    button("leave", screen.leave.label, "pill", {leave: true}, true)));
    }
    const address = screen.address;
    parts.push(h("div", {class: "amaan-address-row row"},
      h("span", {id: "address-label", class: "amaan-address-label", text: address.question}),
      choice("address", "address-label", address, "address"),
      address.value ? h("div", {class: "amaan-address-clear"},
                         button("address-clear", address.clear, "pill quiet", {address: null}, false)) : null));
    parts.push(h("h2", {id: "bands", text: screen.bands.heading}), choice("bands", "bands", screen.bands, "band"));
    if (screen.lessons.cards.length) {
      parts.push(h("div", {class: "lesson-grid"}, h("h2", {text: screen.lessons.heading}),
                    ...screen.lessons.cards.map(card)));
    }
    if (screen.join) {
      parts.push(h("div", {class: "amaan-join-class row"}, button("join", screen.join, "pill", {join: true}, true)));
    }
    root.replaceChildren(...parts);
    sent.clear(); // a new screen: the server has answered
    if (focused) {
      const again = root.querySelector(`[data-key="${CSS.escape(focused)}"]`);
      if (again) again.focus({preventScroll: true});
    }
  }

  model.on("screen", draw);
  draw();
  return root;
}
