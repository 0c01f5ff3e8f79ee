// A list of rows, each with its buttons (views/action_list.py): the Classes tab's learners and the
// dashboard's needs-help alerts. Draws the rows the server sends and says only which button was
// pressed on which row; what a press does, and whether it is allowed, is the server's to decide.
// Texts go in as text, never as markup.

// h(tag, attrs, ...children): views/dom.js, put before this module by views/esm.py.

export function render({model}) {
  const root = h("div", {class: "action-list"});

  // One listener for every row: a press is {act, key}. amaan-ACT-KEY names a button for tests,
  // whatever the language.
  root.addEventListener("click", (event) => {
    const pressed = event.target.closest("button[data-act]");
    if (!pressed || pressed.disabled) return;
    model.send_msg({act: pressed.dataset.act, key: pressed.dataset.key});
  });

  function row(item, rowClass) {
    const who = h("div", {class: "who"}, h(item.strong ? "strong" : "p", {text: item.text}),
      item.status ? h("span", {class: "status status-in-progress", text: item.status}) : null,
      ...(item.lines || []).map(([label, value]) => h("div", {class: "note"}, `${label}: `, h("bdi", {text: value}))));
    const actions = h("div", {class: "actions"}, ...item.buttons.map((b) => h("button", {
      type: "button", class: `amaan-${b.act}-${item.key} ${b.kind || ""}`.trim(), "data-act": b.act,
      "data-key": item.key, "data-focus": `${b.act}:${item.key}`, text: b.label})));
    return h("div", {class: `${rowClass} action-row`}, who, actions);
  }

  function draw() {
    let list;
    try {
      list = JSON.parse(model.rows || "{}");
    } catch (err) {
      return;
    }
    if (!list.rows) return;
    const active = root.getRootNode().activeElement;
    const focused = active && root.contains(active) ? active.dataset.focus : null;
    root.replaceChildren(...list.rows.map((item) => row(item, list.row_class)));
    if (focused) {
      // back to the same button, or to the row's first when that one went away (a confirmation)
      const [, key] = focused.split(/:(.*)/s);
      const again = root.querySelector(`[data-focus="${CSS.escape(focused)}"]`) ||
        root.querySelector(`button[data-key="${CSS.escape(key)}"]`);
      if (again) again.focus({preventScroll: true});
    }
  }

  // A file the server hands over (a learner's data, asked for with Export): saved, never shown.
  model.on("msg:custom", (message) => {
    if (!message || !message.download) return;
    const blob = new Blob([message.download.text], {type: message.download.type || "application/json"});
    const link = h("a", {href: URL.createObjectURL(blob), download: message.download.name});
    document.body.append(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  });

  model.on("rows", draw);
  draw();
  return root;
}
