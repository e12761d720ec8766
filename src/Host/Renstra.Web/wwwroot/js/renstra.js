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

// ==== Isian dan aturan (issue 13, operator/admin side) ====
// Numbers in the data form are regrouped the Indonesian way when a field is left (70345 → 70.345,
// 1234,5 → 1.234,5); the server reads both. Text that is no plain number is left as typed, so the
// server's message can name it.
document.addEventListener("DOMContentLoaded", () => {
    const kelompokkan = (teks) => {
        const bersih = teks.trim().replace(/\s/g, "");
        const cocok = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(bersih);
        if (!cocok) return null;
        const bulat = cocok[2].replace(/\./g, "").replace(/^0+(?=\d)/, "");
        const bergrup = bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        return cocok[1] + bergrup + (cocok[3] !== undefined ? "," + cocok[3] : "");
    };
    document.querySelectorAll("input[data-angka]").forEach((isian) => {
        if (!(isian instanceof HTMLInputElement)) return;
        isian.addEventListener("blur", () => {
            const hasil = kelompokkan(isian.value);
            if (hasil !== null && hasil !== isian.value) isian.value = hasil;
        });
    });
});
