// The candidate file, faster with JavaScript: evidence opens beside the original without a
// reload, item corrections and undo save in place, and keys e/n/c/j/k. Without this file
// the same links and forms do the same work through the server.
(function () {
  "use strict";
  var live = document.getElementById("file-live");

  function say(message, failed) {
    if (!live) { return; }
    live.textContent = message;
    live.hidden = false;
    live.classList.toggle("error", Boolean(failed));
    window.clearTimeout(say.timer);
    say.timer = window.setTimeout(function () { live.hidden = true; }, 6000);
  }

  // Evidence on demand: mark the item's lines in the extracted text, turn the PDF to its page.
  function openEvidence(link) {
    var box = document.getElementById("evidence-box");
    if (!box) { return false; }
    var lines = (link.getAttribute("data-lines") || "").split(" ").filter(Boolean);
    var page = link.getAttribute("data-page");
    var name = link.querySelector(".visually-hidden");
    document.getElementById("evidence-title").textContent = "Evidence" +
      (name ? name.textContent : "") + (page ? " · page " + page : "");
    var list = document.getElementById("evidence-lines");
    list.textContent = lines.length ? "" : "Not found in the extracted text.";
    lines.forEach(function (n, i) {
      var a = document.createElement("a");
      a.href = "#line-" + n;
      a.textContent = "line " + n;
      if (i) { list.appendChild(document.createTextNode(", ")); }
      list.appendChild(a);
    });
    document.querySelectorAll(".resume-text .hit").forEach(function (el) { el.classList.remove("hit"); });
    var text = document.querySelector(".original details.text");
    if (text) { text.open = true; }
    lines.forEach(function (n) {
      var line = document.getElementById("line-" + n);
      if (line) { line.classList.add("hit"); }
    });
    var frame = document.querySelector(".original iframe[data-src]");
    if (frame && page) { frame.src = frame.getAttribute("data-src") + "#page=" + page; }
    box.hidden = false;
    box.scrollIntoView({ block: "nearest" });
    var first = lines.length ? document.getElementById("line-" + lines[0]) : null;
    if (first) { first.scrollIntoView({ block: "center" }); }
    history.replaceState(null, "", link.href);
    box.focus({ preventScroll: true });
    return true;
  }

  // Saving in place: post the plain form, then redraw the file from the page itself.
  function send(form, submitter) {
    var body = new FormData(form, submitter);
    fetch(form.action, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "Accept": "application/json" },
    }).then(function (response) {
      return response.json().then(function (answer) {
        say(answer.message, !response.ok);
        if (response.ok) { return redraw(form); }
        return null;
      });
    }).catch(function () { form.submit(); });
  }

  function redraw(form) {
    var holder = form.closest("[id]:not(details):not(form)");
    var anchor = holder ? holder.id : null;
    return fetch(window.location.href, { credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var body = fresh.getElementById("file-body");
        var here = document.getElementById("file-body");
        if (!body || !here) { window.location.reload(); return; }
        here.replaceWith(body);
        var target = anchor ? document.getElementById(anchor) : null;
        if (target) {
          target.setAttribute("tabindex", "-1");
          target.focus({ preventScroll: true });
        }
      });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.evidence");
    if (link && openEvidence(link)) { event.preventDefault(); }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form.item-edit, form.undo")) { return; }
    event.preventDefault();
    send(form, event.submitter);
  });

  function claim() {
    var form = document.getElementById("claim-form");
    if (!form) { say("Already assigned."); return; }
    fetch(form.action, {
      method: "POST", body: new FormData(form), credentials: "same-origin",
      headers: { "Accept": "application/json" },
    }).then(function (response) {
      return response.json().then(function (answer) {
        say(answer.message, !response.ok);
        if (response.ok) { window.location.reload(); }
      });
    }).catch(function () { form.submit(); });
  }

  function edit() {
    var focused = document.activeElement;
    var scope = focused && focused.closest ? focused.closest("li, .card, section") : null;
    var details = (scope && scope.querySelector("details.edit")) ||
      document.querySelector("#licenses details.edit");
    if (!details) { return; }
    details.open = true;
    var input = details.querySelector("input:not([type=hidden]), select");
    if (input) { input.focus(); }
  }

  function follow(id) {
    var link = document.getElementById(id);
    if (link) { window.location.href = link.href; } else { say("No more candidates in this view."); }
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target.closest && target.closest("input, select, textarea, [contenteditable]")) { return; }
    var keys = {
      e: edit,
      n: function () { var note = document.getElementById("body"); if (note) { note.focus(); } },
      c: claim,
      j: function () { follow("next-candidate"); },
      k: function () { follow("prev-candidate"); },
    };
    if (keys[event.key]) { event.preventDefault(); keys[event.key](); }
  });
}());
