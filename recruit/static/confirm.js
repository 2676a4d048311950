// The confirm page, enhanced: while the resume is being read, poll for the result and fill
// the boxes that are still empty (never what the candidate typed); add licence and
// certification rows without a round trip. Without this script the form works as it is.
(function () {
  "use strict";
  var form = document.getElementById("confirm-form");
  if (!form) { return; }
  document.documentElement.classList.add("js");
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }

  var touched = {};
  form.addEventListener("input", function (e) { if (e.target.name) { touched[e.target.name] = true; } });
  form.addEventListener("change", function (e) { if (e.target.name) { touched[e.target.name] = true; } });

  function renumber(row, index) {
    row.querySelectorAll("[name], [id], [for], [aria-describedby]").forEach(function (el) {
      ["name", "id", "for", "aria-describedby"].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value) { el.setAttribute(attr, value.replace(/-\d+-/g, "-" + index + "-")); }
      });
    });
    var title = row.querySelector(".row-title");
    if (title) { title.textContent = title.textContent.replace(/\d+$/, String(index + 1)); }
  }

  function addRow(list) {
    var rows = list.querySelectorAll("[data-row]");
    var last = rows[rows.length - 1];
    var row = last.cloneNode(true);
    renumber(row, rows.length);
    row.querySelectorAll(".errors").forEach(function (el) { el.remove(); });
    row.querySelectorAll(".has-errors").forEach(function (el) { el.classList.remove("has-errors"); });
    row.querySelectorAll("input, select").forEach(function (el) {
      el.removeAttribute("aria-invalid");
      if (el.type === "checkbox") { el.checked = false; } else { el.value = ""; }
    });
    row.open = true;  // a new row needs the candidate: never a closed summary
    var summary = row.querySelector(".summary-text");
    if (summary) { summary.textContent = "New"; }
    last.parentNode.insertBefore(row, last.nextSibling);
    return row;
  }

  document.querySelectorAll("fieldset[data-list]").forEach(function (list) {
    var button = list.querySelector("[type=submit]");
    if (!button) { return; }
    button.addEventListener("click", function (e) {
      e.preventDefault();
      var row = addRow(list);
      var first = row.querySelector("select, input");
      if (first) { first.focus(); }
    });
  });

  function ensureRow(name) {
    var match = /^(\w+)-(\d+)-/.exec(name);
    if (!match) { return; }
    var list = form.querySelector('fieldset[data-list="' + match[1] + '"]');
    var guard = 0;
    while (list && !form.elements[name] && guard++ < 12) { addRow(list); }
  }

  function fill(fields) {
    Object.keys(fields).forEach(function (name) {
      var value = fields[name];
      if (value === null || value === "" || value === false || touched[name]) { return; }
      ensureRow(name);
      var el = form.elements[name];
      if (!el || el instanceof RadioNodeList) { return; }
      if (el.type === "checkbox") { el.checked = true; return; }
      if (el.value === "") { el.value = value; }
    });
  }

  var box = document.getElementById("parse-progress");
  if (!box) { return; }
  var message = document.getElementById("parse-message");
  var bar = document.getElementById("parse-bar");
  var url = box.getAttribute("data-url");

  function done(text, problem) {
    bar.hidden = true;
    message.textContent = text;
    if (problem) { box.classList.add("notice-problem"); }
  }

  function poll() {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", url);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.addEventListener("load", function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (!body || body.state === "reading") { window.setTimeout(poll, 1500); return; }
      if (body.state === "failed") {
        done(body.message + " Please fill in the form yourself; a recruiter will still see your file.", true);
        return;
      }
      fill(body.fields || {});
      done("We've read your resume and filled in what we found. Please check everything below.");
    });
    xhr.addEventListener("error", function () { window.setTimeout(poll, 3000); });
    xhr.send();
  }
  window.setTimeout(poll, 1500);
})();
