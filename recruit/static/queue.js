// Keyboard work on the queue: j/k move, Enter opens, x claims. Without this file the links
// and Claim buttons do the same work, so it only adds speed.
(function () {
  "use strict";
  fillCounts(document.querySelector("form.filters[data-facets]"));

  // Facet counts beside each option, fetched after the page so the list shows at once.
  function fillCounts(form) {
    if (!form || form.querySelector(".show-counts") === null) { return; }
    fetch(form.getAttribute("data-facets"), {
      credentials: "same-origin", headers: { "Accept": "application/json" },
    }).then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        var link = form.querySelector(".show-counts");
        if (!body) { return; }
        // Broad views are counted over a sample: rounded, marked ≈, and a value the sample
        // did not meet gets no number rather than a wrong zero.
        var mark = body.estimated ? "\u2248" : "";
        form.querySelectorAll("option[data-facet]").forEach(function (option) {
          var counts = body.counts[option.getAttribute("data-facet")] || {};
          var n = counts[option.getAttribute("data-value")];
          if (n === undefined && body.estimated) { return; }
          option.textContent = option.textContent + " (" + mark + (n || 0).toLocaleString() + ")";
        });
        var summary = document.createElement("span");
        summary.className = "hint";
        summary.textContent = mark + body.matches.toLocaleString() + " matching" +
          (body.estimated ? " (counts estimated from a sample)" : "");
        link.replaceWith(summary);
      }).catch(function () { /* the Show counts link still works */ });
  }

  var table = document.getElementById("queue");
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
  var live = document.getElementById("queue-live");
  var token = document.querySelector('meta[name="csrf-token"]');
  var current = -1;

  function say(message) { if (live) { live.textContent = message; } }

  function select(index) {
    if (!rows.length) { return; }
    index = Math.max(0, Math.min(rows.length - 1, index));
    if (current >= 0) { rows[current].classList.remove("selected"); }
    current = index;
    var row = rows[current];
    row.classList.add("selected");
    row.setAttribute("tabindex", "-1");
    row.focus();
    var link = row.querySelector("a");
    say(link ? link.textContent : "");
  }

  function claim(row) {
    var form = row.querySelector("form.claim");
    if (!form) { say("Already assigned."); return; }
    fetch(form.action, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": token ? token.content : "", "Accept": "application/json" },
    }).then(function (response) {
      return response.json().then(function (body) {
        say(body.message);
        if (response.ok) {
          form.remove();
          row.querySelector(".cell-status .status").textContent = body.status.replace("_", " ");
          row.querySelector(".cell-assigned").textContent = "me";
        }
      });
    }).catch(function () { say("Could not claim; try the Claim button."); });
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target.closest && target.closest("input, select, textarea, button")) { return; }
    if (event.key === "j") { select(current + 1); event.preventDefault(); }
    else if (event.key === "k") { select(current - 1); event.preventDefault(); }
    else if (event.key === "Enter" && current >= 0 && target.tagName !== "A") {
      window.location.href = rows[current].getAttribute("data-href");
    } else if (event.key === "x" && current >= 0) { claim(rows[current]); event.preventDefault(); }
  });
}());
