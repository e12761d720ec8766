// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
    // Moves keyboard focus to the first field with a validation error, so a screen reader announces it.
    const galat = document.querySelector(".input-validation-error");
    if (galat instanceof HTMLElement) galat.focus();

    // Live formula check: after typing pauses, posts the form (antiforgery token included) to the page's
    // Periksa handler, which runs the same allow-list check as the Uji button, and shows its message.
    document.querySelectorAll("textarea[data-periksa]").forEach((rumus) => {
        if (!(rumus instanceof HTMLTextAreaElement) || !rumus.form) return;
        const form = rumus.form;
        const hasil = document.getElementById(rumus.dataset.periksaHasil || "");
        const syarat = form.querySelector("[name='Form.Syarat']");
        let jeda = 0;
        let nomor = 0;
        const periksa = async () => {
            const ini = ++nomor;
            try {
                const jawab = await fetch(rumus.dataset.periksa, {
                    method: "POST",
                    body: new FormData(form),
                    credentials: "same-origin",
                    headers: { "Accept": "application/json" },
                });
                if (!jawab.ok || ini !== nomor || !hasil) return;
                const isi = await jawab.json();
                hasil.textContent = isi.pesan;
                hasil.classList.toggle("periksa-valid", isi.valid === true);
                hasil.classList.toggle("periksa-galat", isi.valid !== true);
                hasil.dataset.valid = isi.valid ? "ya" : "tidak";
            } catch {
                // Offline or refused: the Uji button still checks the formula.
            }
        };
        const tunda = () => {
            clearTimeout(jeda);
            jeda = setTimeout(periksa, 600);
        };
        rumus.addEventListener("input", tunda);
        if (syarat) syarat.addEventListener("input", tunda);
    });
});
