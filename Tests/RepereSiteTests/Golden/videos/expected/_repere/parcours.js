// Onboarding paths (« parcours »): the reader's progress, kept in this browser only
// (localStorage, one entry per path: the addresses of the steps done). Nothing is sent anywhere;
// without JavaScript a path is a plain ordered list of links.
const prefix = "repere-parcours:";

function load(path) {
  try {
    const stored = JSON.parse(localStorage.getItem(prefix + path));
    return new Set(Array.isArray(stored) ? stored.filter((s) => typeof s === "string") : []);
  } catch {
    return new Set();
  }
}

function save(path, done) {
  try {
    if (done.size === 0) localStorage.removeItem(prefix + path);
    else localStorage.setItem(prefix + path, JSON.stringify([...done].sort()));
  } catch {
    // Storage refused (private browsing, quota): progress is simply not kept.
  }
}

// The path's own page: the checklist, its progress, « Commencer / Reprendre » and the reset.
for (const list of document.querySelectorAll("ol[data-path-steps]")) {
  const path = list.dataset.pathSteps;
  const boxes = [...list.querySelectorAll("input[type=checkbox][data-step]")];
  const progress = document.querySelector(`[data-path-progress="${CSS.escape(path)}"]`);
  const start = document.querySelector(`[data-path-start="${CSS.escape(path)}"]`);
  const reset = document.querySelector(`[data-path-reset="${CSS.escape(path)}"]`);
  const startLabel = start?.textContent;
  const show = () => {
    const done = load(path);
    for (const box of boxes) box.checked = done.has(box.dataset.step);
    const count = boxes.filter((box) => box.checked).length;
    if (progress) {
      const text = count > 1 ? progress.dataset.many : progress.dataset.one;
      progress.textContent = text.replace("{done}", count).replace("{total}", boxes.length);
      progress.hidden = false;
    }
    if (start) {
      const next = boxes.find((box) => !box.checked);
      start.textContent = count === 0 ? startLabel : next ? start.dataset.resume : start.dataset.finished;
      start.href = (next ?? boxes[0])?.dataset.step ?? start.href;
    }
    if (reset) reset.hidden = count === 0;
  };
  for (const box of boxes) {
    box.addEventListener("change", () => {
      const done = load(path);
      if (box.checked) done.add(box.dataset.step);
      else done.delete(box.dataset.step);
      save(path, done);
      show();
    });
  }
  reset?.addEventListener("click", () => {
    save(path, new Set());
    show();
    boxes[0]?.focus();
  });
  show();
}

// A page inside a path: « Marquer cette étape comme lue », shown only with JavaScript.
for (const box of document.querySelectorAll("input[type=checkbox][data-mark-step]")) {
  const path = box.dataset.path;
  box.checked = load(path).has(box.dataset.markStep);
  box.addEventListener("change", () => {
    const done = load(path);
    if (box.checked) done.add(box.dataset.markStep);
    else done.delete(box.dataset.markStep);
    save(path, done);
  });
  box.closest("[hidden]")?.removeAttribute("hidden");
}
