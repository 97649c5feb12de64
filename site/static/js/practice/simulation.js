// Simulation step: a thinking timer, and a short fade between situations.
// Without this script the page works the same; it only adds the clock and motion.
(function () {
  "use strict";
  var root = document.querySelector("[data-sim]");
  if (!root) return;
  root.classList.add("js-sim");

  var timer = root.querySelector("[data-think-timer]");
  var out = root.querySelector("[data-think-seconds]");
  if (timer && out) {
    var started = Date.now();
    timer.hidden = false;
    var tick = function () {
      var s = Math.floor((Date.now() - started) / 1000);
      out.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
    };
    tick();
    window.setInterval(tick, 1000);
  }

  var form = root.querySelector("[data-sim-form]");
  if (form) {
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (form.dataset.sent) {
        // One choice per situation: a second click would only be a stale double submit.
        event.preventDefault();
        return;
      }
      form.dataset.sent = "1";
      if (button) {
        button.classList.add("is-chosen");
        // Disabled buttons are not submitted, so carry the value in a hidden field.
        var hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = button.name;
        hidden.value = button.value;
        form.appendChild(hidden);
      }
      form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      root.classList.add("is-leaving");
    });
  }
})();
