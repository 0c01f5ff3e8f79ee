// The band's lessons on the home screen, drawn by one component (views/lesson_list.py). Each
// card is one button; the server built its text (escaped) and decides what a tap does: the
// browser only says which lesson was tapped.

const AGAIN_AFTER_MS = 4000; // a tap the server has not answered yet is not sent twice

export function render({model, el}) {
  const root = document.createElement("div");
  root.className = "lesson-grid"; // not "lesson-list": Panel gives its own wrapper that name
  const sent = new Map(); // lesson id -> when its tap was sent

  function card(lesson) {
    const item = document.createElement("div");
    // amaan-open-<id>: the stable name tests and the benchmarks find a lesson by
    item.className = `amaan-open-${lesson.id} amaan-lesson`;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "lesson";
    button.dataset.key = lesson.id;
    button.innerHTML = lesson.html; // spans the server escaped (LessonList.show)
    button.addEventListener("click", () => {
      const last = sent.get(lesson.id);
      if (last !== undefined && Date.now() - last < AGAIN_AFTER_MS) return; // a double tap
      sent.set(lesson.id, Date.now());
      model.send_msg({open: lesson.id});
    });
    item.append(button);
    return item;
  }

  function draw() {
    let lessons = [];
    try {
      lessons = JSON.parse(model.lessons || "[]");
    } catch (err) {
      lessons = [];
    }
    const active = root.getRootNode().activeElement;
    const focused = active && root.contains(active) ? active.dataset.key : null;
    const parts = [];
    if (lessons.length) {
      const heading = document.createElement("h2");
      heading.textContent = model.heading;
      parts.push(heading);
    }
    root.replaceChildren(...parts, ...lessons.map(card));
    sent.clear();
    if (focused) {
      const again = root.querySelector(`[data-key="${CSS.escape(focused)}"]`);
      if (again) again.focus({preventScroll: true});
    }
  }

  model.on(["lessons", "heading"], draw);
  draw();
  return root;
}
