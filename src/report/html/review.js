// The served review page: Confirm and Dismiss post the decision to the
// server with the page's token; the card shows the outcome. Runs after
// page.js, whose cards and filters it uses.
(function () {
  "use strict";
  var page = window.crosscheckPage;
  var meta = document.querySelector('meta[name="crosscheck-token"]');
  if (!page || !meta) { return; }
  var token = meta.getAttribute("content");

  function messageOf(response, body) {
    try {
      var parsed = JSON.parse(body);
      if (parsed && typeof parsed.error === "string") { return parsed.error; }
      if (parsed && typeof parsed.message === "string") { return parsed.message; }
    } catch (e) { /* not JSON: the text itself */ }
    return body.trim() || ("HTTP " + response.status + " " + response.statusText).trim();
  }

  // Marks a card as decided: its status line and `data-decision`.
  function show(card, decision, why) {
    var status = card.querySelector(".decision-status");
    card.setAttribute("data-decision", decision);
    status.textContent = decision === "dismissed" ? "Dismissed: " + why : "Confirmed";
    status.hidden = false;
  }

  // Confirm and Dismiss on one card.
  function wire(card) {
    var review = card.querySelector(".review");
    if (!review) { return; }
    var reason = review.querySelector("[name=reason]");
    var note = review.querySelector("[name=note]");
    var dismiss = review.querySelector("button[value=dismissed]");
    var buttons = review.querySelectorAll("button[value]");
    var error = card.querySelector(".decision-error");

    function fail(message) {
      error.textContent = message;
      error.hidden = false;
    }

    function sync() { dismiss.disabled = !reason.value.trim(); }
    reason.addEventListener("input", sync);
    sync();

    function decide(decision) {
      var why = reason.value.trim();
      if (decision === "dismissed" && !why) {
        fail("A reason is required to dismiss.");
        reason.focus();
        return;
      }
      error.hidden = true;
      error.textContent = "";
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
      fetch("/api/decisions", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Crosscheck-Token": token },
        body: JSON.stringify({
          fingerprint: card.getAttribute("data-fingerprint"),
          decision: decision,
          reason: why,
          note: note.value.trim()
        })
      }).then(function (response) {
        return response.text().then(function (body) {
          if (!response.ok) { throw { server: messageOf(response, body) }; }
          var answer = {};
          try { answer = JSON.parse(body); } catch (e) { /* the request says what was decided */ }
          var recorded = answer.decision === "confirmed" || answer.decision === "dismissed" ? answer.decision : decision;
          show(card, recorded, why);
          var wasFocused = card.contains(document.activeElement);
          page.apply();
          if (card.hidden && wasFocused) { page.focusNear(card); }
        });
      }).catch(function (e) {
        fail(e && e.server ? e.server : "Cannot reach the server: " + (e && e.message ? e.message : String(e)));
      }).then(function () {
        Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
        sync();
      });
    }

    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function () { decide(button.value); });
    });
  }

  page.cards.forEach(wire);

  // Decisions made before the page was opened (in an earlier session, on
  // the terminal, or in another tab) mark their cards too.
  fetch("/api/decisions", { headers: { "X-Crosscheck-Token": token } })
    .then(function (response) { return response.ok ? response.json() : { decisions: [] }; })
    .then(function (answer) {
      (answer.decisions || []).forEach(function (d) {
        page.cards.forEach(function (card) {
          if (card.getAttribute("data-fingerprint") === d.fingerprint) {
            show(card, String(d.decision).toLowerCase(), d.reason || "");
          }
        });
      });
      page.apply();
    })
    .catch(function () { /* the cards stay as rendered */ });
})();
