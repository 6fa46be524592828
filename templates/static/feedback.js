// "Cette page vous a-t-elle aidé ?": sends the form in the background and thanks the reader.
// The fields go form-encoded, as the form posts them without JavaScript, with `keepalive` so that
// the answer still leaves when the reader goes to another page at once.
for (const form of document.querySelectorAll("form.feedback")) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const status = form.querySelector(".feedback-status");
    try {
      await fetch(form.action, { method: "POST", body: new URLSearchParams(new FormData(form)), mode: "no-cors", keepalive: true });
    } catch {
      form.submit();
      return;
    }
    form.querySelector("fieldset").disabled = true;
    status.textContent = form.dataset.thanks;
  });
}
