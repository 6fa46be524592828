// "Cette page vous a-t-elle aidé ?": sends the form in the background and thanks the reader.
// Without JavaScript the form posts normally to the configured endpoint.
for (const form of document.querySelectorAll("form.feedback")) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const status = form.querySelector(".feedback-status");
    try {
      await fetch(form.action, { method: "POST", body: new FormData(form), mode: "no-cors" });
    } catch {
      form.submit();
      return;
    }
    form.querySelector("fieldset").disabled = true;
    status.textContent = form.dataset.thanks;
  });
}
