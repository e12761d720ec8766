// Progressive enhancement only: every page works without this file.
// Moves keyboard focus to the first field with a validation error, so a screen reader announces it.
document.addEventListener("DOMContentLoaded", () => {
    const galat = document.querySelector(".input-validation-error");
    if (galat instanceof HTMLElement) galat.focus();
});
