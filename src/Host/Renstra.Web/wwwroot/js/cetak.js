// Progressive enhancement only: the print buttons of the dashboard and indicator pages (Ctrl+P works without it).
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("button[data-cetak]").forEach((tombol) => {
        tombol.hidden = false;
        tombol.addEventListener("click", () => window.print());
    });
    // A printed plan tree shows every branch, not only the ones opened on screen.
    window.addEventListener("beforeprint", () => {
        document.querySelectorAll("details.simpul:not([open])").forEach((d) => {
            d.setAttribute("open", "");
            d.dataset.dibukaUntukCetak = "ya";
        });
    });
    window.addEventListener("afterprint", () => {
        document.querySelectorAll("details[data-dibuka-untuk-cetak]").forEach((d) => {
            d.removeAttribute("open");
            delete d.dataset.dibukaUntukCetak;
        });
    });
});
