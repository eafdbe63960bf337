// crosscheck HTML report: filters kept in the URL fragment, j/k and arrow
// keys between cards. Without this script every card is shown.
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll("article[data-fingerprint]"));
  var form = document.getElementById("filters");
  if (!form) { return; }
  var controls = {
    kind: form.querySelector("[name=kind]"),
    verdict: form.querySelector("[name=verdict]"),
    source: form.querySelector("[name=source]"),
    topic: form.querySelector("[name=topic]"),
    q: form.querySelector("[name=q]"),
    decided: form.querySelector("[name=decided]")
  };
  var counter = document.getElementById("shown-count");
  // What the search box matches: the finding, not the review controls.
  var texts = cards.map(function (card) {
    return Array.prototype.filter.call(card.children, function (part) {
      return !part.hasAttribute("data-review");
    }).map(function (part) { return part.textContent; }).join(" ").toLowerCase();
  });
  var sources = cards.map(function (card) {
    try { return JSON.parse(card.getAttribute("data-sources") || "[]"); } catch (e) { return []; }
  });

  function state() {
    var s = {};
    ["kind", "verdict", "source", "topic"].forEach(function (key) {
      if (controls[key] && controls[key].value) { s[key] = controls[key].value; }
    });
    if (controls.q && controls.q.value.trim()) { s.q = controls.q.value.trim(); }
    if (controls.decided && controls.decided.checked) { s.decided = "1"; }
    return s;
  }

  function apply() {
    var s = state();
    var q = (s.q || "").toLowerCase();
    var shown = 0;
    cards.forEach(function (card, n) {
      var visible = (!s.kind || card.getAttribute("data-kind") === s.kind) &&
        (!s.verdict || card.getAttribute("data-verdict") === s.verdict) &&
        (!s.topic || card.getAttribute("data-topic") === s.topic) &&
        (!s.source || sources[n].indexOf(s.source) >= 0) &&
        (!q || texts[n].indexOf(q) >= 0) &&
        (s.decided || card.getAttribute("data-decision") !== "dismissed");
      card.hidden = !visible;
      if (visible) { shown += 1; }
    });
    if (counter) { counter.textContent = "Showing " + shown + " of " + cards.length + " finding(s)"; }
    return s;
  }

  function save(s) {
    var params = new URLSearchParams();
    Object.keys(s).forEach(function (key) { params.set(key, s[key]); });
    var text = params.toString();
    var url = text ? "#" + text : location.pathname + location.search;
    try {
      history.replaceState(null, "", url);
    } catch (e) {
      location.replace(text ? "#" + text : "#");
    }
  }

  function restore() {
    var hash = location.hash.replace(/^#/, "");
    if (hash.indexOf("=") < 0) { apply(); return; }
    var params = new URLSearchParams(hash);
    ["kind", "verdict", "source", "topic"].forEach(function (key) {
      var control = controls[key];
      if (!control) { return; }
      var wanted = params.get(key) || "";
      var known = Array.prototype.some.call(control.options, function (o) { return o.value === wanted; });
      control.value = known ? wanted : "";
    });
    if (controls.q) { controls.q.value = params.get("q") || ""; }
    if (controls.decided) { controls.decided.checked = params.get("decided") === "1"; }
    apply();
  }

  function changed() { save(apply()); }

  form.addEventListener("change", changed);
  form.addEventListener("input", changed);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  window.addEventListener("hashchange", restore);
  form.hidden = false;
  restore();

  function visibleCards() { return cards.filter(function (card) { return !card.hidden; }); }

  // Focus the first shown card after `card` (else before it): where the
  // reader goes on when the card they were on is hidden.
  function focusNear(card) {
    var at = cards.indexOf(card);
    var after = cards.slice(at + 1).concat(cards.slice(0, at).reverse());
    var next = after.filter(function (c) { return !c.hidden; })[0];
    if (next) { next.focus(); }
  }

  function move(step) {
    var visible = visibleCards();
    if (!visible.length) { return; }
    var current = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest("article[data-fingerprint]") : null;
    var at = visible.indexOf(current);
    var next = at < 0 ? (step > 0 ? 0 : visible.length - 1)
      : Math.min(Math.max(at + step, 0), visible.length - 1);
    visible[next].focus();
    visible[next].scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) { return; }
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
    if (typing) { return; }
    if (event.key === "j" || event.key === "ArrowDown") {
      event.preventDefault();
      move(1);
    } else if (event.key === "k" || event.key === "ArrowUp") {
      event.preventDefault();
      move(-1);
    } else if (event.key === "/" && controls.q) {
      event.preventDefault();
      controls.q.focus();
    }
  });

  // Folded camps print expanded.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (d) {
      d.open = true;
      return true;
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  // For review.js, on the served review page.
  window.crosscheckPage = { cards: cards, apply: apply, focusNear: focusNear };
})();
