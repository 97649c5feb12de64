// The main menu folds into one "Menu" button on small screens (css/intervisor.css decides
// when). Loaded in <head> so the page never shows the open menu first; without this script
// the menu simply stays open.
document.documentElement.classList.add("menu-folds");

document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector(".menu-toggle");
  const menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (!menu) return;
  const open = (yes) => {
    toggle.setAttribute("aria-expanded", String(yes));
    menu.classList.toggle("is-open", yes);
  };
  toggle.addEventListener("click", () => open(toggle.getAttribute("aria-expanded") !== "true"));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menu.classList.contains("is-open")) {
      open(false);
      toggle.focus();
    }
  });
});
