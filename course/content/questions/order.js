// "Order these steps" (course/content/questions/order.py). A snippet, not a module: the player
// concatenates every kind's renderer into its one ES module, where `kinds` is already defined.
//
// Each step has "move earlier" and "move later" buttons rather than drag and drop: they work the
// same with a finger on a cheap phone, with a keyboard and with a screen reader.
//
// data: order.py's screen_data, {selection: "order", how, items: [{id, label, image}],
//   positions: ["1", ...], explanation: null | {head, steps: [{id, label, image, why}]}}, plus the
//   core's {text, image, alt}. Item images must already be URLs.
// ctx: {dir, say(key), locked, onChange(ids)}, and optionally `response` (or data.response): the
//   ids as the child last arranged them, shown instead of the shuffled start after a check or a
//   reload. onChange is called after each move, never at render: the start is never the right
//   order (OrderSteps.start_order), so Check may wait for a first move.
kinds.order = {
  render(data, ctx) {
    const el = (tag, attrs, ...children) => {
      const node = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs || {})) {
        if (k === "class") node.className = v;
        else node.setAttribute(k, v);
      }
      node.append(...children);
      return node;
    };
    // Up and down: the list is vertical, so the arrows need no mirroring right to left.
    const arrow = (up) => {
      const ns = "http://www.w3.org/2000/svg";
      const svg = document.createElementNS(ns, "svg");
      svg.setAttribute("viewBox", "0 0 24 24");
      svg.setAttribute("aria-hidden", "true");
      svg.setAttribute("focusable", "false");
      const path = document.createElementNS(ns, "path");
      path.setAttribute("d", up ? "M5 15l7-7 7 7" : "M5 9l7 7 7-7");
      svg.append(path);
      return svg;
    };

    const byId = new Map(data.items.map((item) => [item.id, item]));
    const given = ctx.response || data.response;
    const usable = Array.isArray(given) && given.length === byId.size && given.every((id) => byId.has(id)) &&
      new Set(given).size === byId.size;
    const ids = usable ? given.slice() : data.items.map((item) => item.id);
    const place = (i) => (data.positions && data.positions[i]) || String(i + 1);

    const root = el("div", {class: "amaan-order", dir: ctx.dir});
    root.append(el("style", {}, kinds.order.css));
    // the core shows the question (#question-text) and data.how above this element
    const list = el("ol", {class: "amaan-order-list", "aria-labelledby": "question-text"});
    // Screen readers hear where a step landed; the focus itself stays on the button pressed.
    const live = el("p", {class: "amaan-order-live", "aria-live": "polite"});
    root.append(list, live);

    const move = (from, to, which) => {
      if (ctx.locked || to < 0 || to >= ids.length) return;
      const [id] = ids.splice(from, 1);
      ids.splice(to, 0, id);
      draw();
      live.textContent = `${place(to)} \u2014 ${byId.get(id).label}`;
      // keep the keyboard where it was: the same button on the moved step, or its other
      // button once the step has reached the top or the bottom
      const row = list.children[to];
      const same = row.querySelector(`[data-move="${which}"]`);
      (same && !same.disabled ? same : row.querySelector("[data-move]:not([disabled])")).focus();
      ctx.onChange(ids.slice());
    };

    const moveButton = (id, label, which, to) => {
      const b = el("button", {
        type: "button", class: "amaan-order-move", "data-move": which,
        // the core puts focus back on the same data-key when it redraws the screen
        "data-key": `order:${id}:${which}`,
        "aria-label": `${ctx.say(which === "earlier" ? "order-earlier" : "order-later")}: ${label}`,
      }, arrow(which === "earlier"));
      b.disabled = to < 0 || to >= ids.length;
      b.addEventListener("click", () => move(ids.indexOf(id), to, which));
      return b;
    };

    const draw = () => {
      list.replaceChildren(...ids.map((id, i) => {
        const item = byId.get(id);
        const body = el("div", {class: "amaan-order-body"});
        if (item.image) body.append(el("img", {src: item.image, alt: ""}));
        body.append(el("span", {class: "amaan-order-label"}, item.label));
        const row = el("li", {class: "amaan-order-item", "data-id": id},
          el("span", {class: "amaan-order-place", "aria-hidden": "true"}, place(i)), body);
        if (!ctx.locked) {
          row.append(el("div", {class: "amaan-order-buttons"},
            moveButton(id, item.label, "earlier", i - 1), moveButton(id, item.label, "later", i + 1)));
        }
        return row;
      }));
    };
    draw();

    const explanation = data.explanation;
    if (explanation && Array.isArray(explanation.steps) && explanation.steps.length) {
      const steps = el("ol", {class: "amaan-order-explain"});
      explanation.steps.forEach((step, i) => {
        steps.append(el("li", {},
          el("span", {class: "amaan-order-place", "aria-hidden": "true"}, place(i)),
          el("span", {}, el("b", {}, step.label), " ", step.why)));
      });
      root.append(el("div", {class: "amaan-order-answer"}, el("p", {}, el("b", {}, explanation.head)), steps));
    }
    return root;
  },

  // Logical properties only (margin-block, padding-inline, inline-size...): the same rules read
  // right to left. The page's colours reach into a shadow root as inherited custom properties.
  css: `
.amaan-order-list, .amaan-order-explain { list-style: none; margin: 0; padding: 0; }
.amaan-order-item { display: flex; align-items: center; gap: 0.5rem; margin-block: 0 0.5rem;
  padding-block: 0.25rem; padding-inline: 0.5rem; border: 2px solid var(--amaan-teal-soft, #e3f1ee);
  border-radius: var(--amaan-radius, 14px); background: var(--amaan-card, #fff); color: var(--amaan-ink, #1d2b2a); }
.amaan-order-place { flex: none; min-inline-size: 2rem; block-size: 2rem; border-radius: 1rem; font-weight: bold;
  background: var(--amaan-teal, #1f6f65); color: #fff; display: inline-flex; align-items: center; justify-content: center; }
.amaan-order-body { flex: 1 1 auto; min-inline-size: 0; display: flex; align-items: center; gap: 0.5rem;
  overflow-wrap: anywhere; }
.amaan-order-body img { inline-size: 4rem; block-size: auto; }
.amaan-order-buttons { flex: none; display: flex; gap: 0.25rem; }
.amaan-order-move { min-inline-size: 48px; min-block-size: 48px; padding: 0; cursor: pointer;
  border: 2px solid var(--amaan-teal, #1f6f65); border-radius: var(--amaan-radius, 14px);
  background: var(--amaan-teal-soft, #e3f1ee); color: var(--amaan-teal, #1f6f65); }
.amaan-order-move svg { inline-size: 24px; block-size: 24px; fill: none; stroke: currentColor; stroke-width: 3;
  stroke-linecap: round; stroke-linejoin: round; }
.amaan-order-move:disabled { opacity: 0.35; cursor: default; }
.amaan-order-move:focus-visible { outline: 3px solid var(--amaan-focus, #0b57d0); outline-offset: 2px; }
.amaan-order-live { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap; }
.amaan-order-explain li { display: flex; gap: 0.5rem; align-items: flex-start; margin-block: 0 0.5rem; }
`,
};
