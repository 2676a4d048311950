// The apply page, enhanced: check the file before sending it, accept a dropped file, show
// upload progress. Without this script the plain form posts and the server answers.
(function () {
  "use strict";
  var form = document.getElementById("apply-form");
  if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
  document.documentElement.classList.add("js");

  var OK_TYPES = ["application/pdf", "application/msword", "text/plain", "image/jpeg", "image/png",
    "application/rtf", "text/rtf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"];
  var OK_ENDINGS = [".pdf", ".doc", ".docx", ".rtf", ".txt", ".jpg", ".jpeg", ".png"];
  var maxBytes = parseInt(form.getAttribute("data-max-bytes"), 10);
  var maxMb = form.getAttribute("data-max-mb");
  var resume = form.querySelector("input[name=resume]");
  var photo = form.querySelector("input[name=photo]");
  var problem = document.getElementById("file-problem");
  var chosen = document.getElementById("chosen-file");
  var drop = document.getElementById("drop-zone");
  var status = document.getElementById("upload-status");
  var bar = document.getElementById("upload-progress");
  var percent = document.getElementById("upload-percent");
  var button = form.querySelector("[type=submit]");

  function chosenFile() {
    if (resume.files && resume.files.length) { return resume.files[0]; }
    if (photo.files && photo.files.length) { return photo.files[0]; }
    return null;
  }

  function describe(input, ids) {
    var kept = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
      return id && id !== "file-problem";
    });
    input.setAttribute("aria-describedby", kept.concat(ids).join(" "));
  }

  function showProblem(message) {
    problem.textContent = message;
    problem.hidden = !message;
    [resume, photo].forEach(function (input) {
      describe(input, message ? ["file-problem"] : []);
      if (message) { input.setAttribute("aria-invalid", "true"); } else { input.removeAttribute("aria-invalid"); }
    });
  }

  function checkFile(file) {
    if (!file) { return "Please choose your resume file, or take a photo of it."; }
    var name = (file.name || "").toLowerCase();
    var typeOk = OK_TYPES.indexOf(file.type) >= 0 || OK_ENDINGS.some(function (end) {
      return name.slice(-end.length) === end;
    });
    if (!typeOk) {
      return "We can't read this kind of file. Please choose a PDF, a Word file (.docx or .doc), " +
        "a text file, or a photo (JPEG or PNG).";
    }
    if (file.size === 0) { return "This file is empty. Please check you picked the right one."; }
    if (file.size > maxBytes) {
      return "This file is " + (file.size / 1048576).toFixed(1) + " MB; we can take up to " + maxMb +
        " MB. Save your resume as a PDF from your word processor, or take a photo instead.";
    }
    return "";
  }

  function onChoose() {
    var file = chosenFile();
    chosen.textContent = file ? "Chosen: " + file.name : "";
    showProblem(file ? checkFile(file) : "");
  }

  function setProgress(value) {
    bar.value = value;
    percent.textContent = value + "%";
  }

  function showErrors(errors) {
    var messages = [];
    Object.keys(errors).forEach(function (name) { messages = messages.concat(errors[name]); });
    showProblem(messages.join(" "));
    problem.focus();
  }

  function finish(xhr) {
    var body = null;
    try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
    if (xhr.status === 200 && body && body.next) {
      setProgress(100);
      window.location.assign(body.next);
      return;
    }
    status.hidden = true;
    button.disabled = false;
    if (xhr.status === 400 && body && body.errors) { showErrors(body.errors); return; }
    form.submit(); // anything unexpected: let the server show its own page
  }

  function send(event) {
    event.preventDefault();
    var message = checkFile(chosenFile());
    if (message) { showProblem(message); resume.focus(); return; }
    showProblem("");
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("action") || window.location.href);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) { setProgress(Math.min(99, Math.round(e.loaded * 100 / e.total))); }
    });
    xhr.addEventListener("load", function () { finish(xhr); });
    xhr.addEventListener("error", function () {
      status.hidden = true;
      button.disabled = false;
      showProblem("The upload was interrupted. Check your connection and try again.");
    });
    setProgress(0);
    status.hidden = false;
    button.disabled = true;
    xhr.send(new FormData(form));
  }

  resume.addEventListener("change", onChoose);
  photo.addEventListener("change", onChoose);
  form.addEventListener("submit", send);

  if ("draggable" in drop && window.DataTransfer) {
    document.getElementById("drop-hint").hidden = false;
    ["dragenter", "dragover"].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add("dragging"); });
    });
    ["dragleave", "drop"].forEach(function (type) {
      drop.addEventListener(type, function () { drop.classList.remove("dragging"); });
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) {
        resume.files = e.dataTransfer.files;
        onChoose();
      }
    });
  }
})();
