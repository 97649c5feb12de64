// Companion: a countdown for the current step, from the server's start time so a reload
// or a second screen shows the same clock. Without JavaScript the step list still works.
(function () {
  "use strict";
  var el = document.querySelector("[data-step-timer]");
  if (!el) return;
  var started = Date.parse(el.dataset.started);
  var total = parseInt(el.dataset.minutes, 10) * 60;
  if (isNaN(started) || isNaN(total)) return;
  var lang = document.documentElement.lang || "nl";
  var overText = lang === "nl" ? "over de tijd" : "over time";
  var leftText = lang === "nl" ? "nog" : "left";
  function fmt(s) {
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }
  function tick() {
    var elapsed = Math.floor((Date.now() - started) / 1000);
    var left = total - elapsed;
    if (left >= 0) {
      el.textContent = lang === "nl" ? leftText + " " + fmt(left) : fmt(left) + " " + leftText;
      el.classList.remove("is-over");
    } else {
      el.textContent = fmt(-left) + " " + overText;
      el.classList.add("is-over");
    }
  }
  el.setAttribute("role", "timer");
  tick();
  window.setInterval(tick, 1000);
})();
