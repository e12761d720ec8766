#!/usr/bin/env python3
"""PUT -> capaian visible: how long after a sheet PUT the capaian read shows the new realisasi (issue 9).

Each sample PUTs a NEW Ketenagakerjaan sheet value into the probe's own sheet (one kecamatan, one year: no background
writer touches that region) and then reads GET /api/capaian?tahun=Y&wilayah=W with a bearer token, as a client does,
until the unemployment indicator's row shows exactly the realisasi of the values just sent
(Pengangguran / AngkatanKerja * 100, a value no earlier sample produced) with a status other than SedangDihitung.
The time is from sending the PUT to receiving the first read that shows it. Standard library only.

  terlihat.py URL TOKEN [samples=60] [timeout per sample in s=30] [budget in s=90] [data directory]
With the host's data directory, each visible sample is also split into hops from the rows the host wrote (read-only):
the sheet event's outbox row, Kinerja's inbox row for it, and the stored result's DihitungPadaUtc.
Stops early when the budget is spent (no sample starts after it), so a run with background writers never outlasts
them. Prints one line per 10 samples and then p50/p95/p99/max; exits 1 if a sample never became visible.
"""
import datetime
import http.client
import json
import random
import sqlite3
import statistics
import sys
import time
import urllib.parse

KODE = "RPJMD-01"  # Tingkat pengangguran terbuka = Pengangguran / AngkatanKerja * 100
JEDA_BACA = 0.01  # between two reads of one sample
JEDA_SAMPEL = 0.2  # between samples, so the probe is one client among the writers, not a second load


def main():
    url, token = sys.argv[1], sys.argv[2]
    jumlah = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    batas = float(sys.argv[4]) if len(sys.argv) > 4 else 30.0
    anggaran = time.perf_counter() + (float(sys.argv[5]) if len(sys.argv) > 5 else 90.0)
    data = sys.argv[6] if len(sys.argv) > 6 else None
    alamat = urllib.parse.urlparse(url)
    tulis = http.client.HTTPConnection(alamat.hostname, alamat.port, timeout=60)
    baca = http.client.HTTPConnection(alamat.hostname, alamat.port, timeout=60)
    kepala = {"Authorization": "Bearer " + token}

    def minta(koneksi, metode, jalur, badan=None):
        h = dict(kepala)
        if badan is not None:
            h["Content-Type"] = "application/json"
        koneksi.request(metode, jalur, body=badan, headers=h)
        r = koneksi.getresponse()
        return r.status, r.read()

    status, isi = minta(baca, "GET", "/api/wilayah")
    if status != 200:
        sys.exit(f"GET /api/wilayah: {status} {isi[:300]!r}")
    wilayah = pertama_kecamatan(json.loads(isi))
    tahun = 2024
    jalur_put = f"/api/ketenagakerjaan/data/{tahun}?wilayah={urllib.parse.quote(wilayah)}"
    jalur_get = f"/api/capaian?tahun={tahun}&wilayah={urllib.parse.quote(wilayah)}"
    print(f"probe: sheet ketenagakerjaan {tahun} of kecamatan {wilayah}, indicator {KODE}, {jumlah} samples", flush=True)

    angkatan = 100000  # Pengangguran / 100 000 * 100 has three decimals: the API's rounding to four changes nothing
    awal = random.randrange(1, 50000)  # a fresh start value, so no sample can match a value from an earlier run
    waktu, gagal, baca_total, langkah = [], 0, 0, []
    for i in range(jumlah):
        if time.perf_counter() > anggaran:
            print(f"  time budget spent after {i} samples", flush=True)
            break
        pengangguran = awal + i
        harapan = round(pengangguran / angkatan * 100, 4)
        badan = json.dumps({"nilai": {"AngkatanKerja": angkatan, "Pengangguran": pengangguran}})
        t0, t0_jam = time.perf_counter(), time.time()
        status, isi = minta(tulis, "PUT", jalur_put, badan)
        t_put = time.perf_counter() - t0
        if status != 200:
            sys.exit(f"PUT {jalur_put}: {status} {isi[:300]!r}")
        terlihat = None
        while time.perf_counter() - t0 < batas:
            status, isi = minta(baca, "GET", jalur_get)
            baca_total += 1
            if status != 200:
                sys.exit(f"GET {jalur_get}: {status} {isi[:300]!r}")
            baris = next((r for r in json.loads(isi) if r["kode"] == KODE and r["periode"] == str(tahun)), None)
            if baris and baris["realisasi"] is not None and abs(baris["realisasi"] - harapan) < 1e-6 \
                    and baris["status"] != "SedangDihitung":
                terlihat = time.perf_counter() - t0
                break
            time.sleep(JEDA_BACA)
        if terlihat is None:
            gagal += 1
            print(f"  sample {i + 1}: NOT visible within {batas:.0f} s (PUT took {t_put * 1000:.0f} ms)", flush=True)
        else:
            waktu.append(terlihat)
            if data:
                hop = hop_hop(data, wilayah, tahun, pengangguran, t0_jam, terlihat)
                if hop:
                    langkah.append(hop)
        if (i + 1) % 10 == 0 and waktu:
            print(f"  {i + 1} samples, last: PUT {t_put * 1000:.0f} ms, visible after {waktu[-1] * 1000:.0f} ms", flush=True)
        time.sleep(JEDA_SAMPEL)

    if waktu:
        ms = sorted(x * 1000 for x in waktu)
        print(f"PUT -> visible over {len(ms)} samples ({baca_total} reads): p50 {persen(ms, 50):.0f} ms, "
              f"p95 {persen(ms, 95):.0f} ms, p99 {persen(ms, 99):.0f} ms, max {ms[-1]:.0f} ms, "
              f"mean {statistics.fmean(ms):.0f} ms; target p95 < 1000 ms: {'met' if persen(ms, 95) < 1000 else 'NOT met'}")
    if langkah:
        nama = ["PUT sent -> sheet event written", "-> Kinerja's inbox row", "-> result stored", "-> read shows it"]
        bagian = "; ".join(f"{n} {persen(sorted(h[j] for h in langkah), 50):.0f} / {persen(sorted(h[j] for h in langkah), 95):.0f}"
                           for j, n in enumerate(nama))
        print(f"hops over {len(langkah)} samples (p50 / p95 ms, from the rows the host wrote): {bagian}")
    if len(waktu) < 50:
        print(f"only {len(waktu)} samples became visible (fewer than 50): read the percentiles with care")
    if gagal:
        print(f"{gagal} samples never became visible within {batas:.0f} s")
        sys.exit(1)


def hop_hop(data, wilayah, tahun, pengangguran, t0_jam, terlihat):
    """Milliseconds of each hop of one sample: PUT sent -> outbox row -> Kinerja inbox -> stored result -> visible."""
    def jam(teks):
        return datetime.datetime.fromisoformat(teks[:26]).replace(tzinfo=datetime.timezone.utc).timestamp()
    try:
        bidang = sqlite3.connect(f"file:{data}/ketenagakerjaan.db?mode=ro", uri=True, timeout=5)
        kinerja = sqlite3.connect(f"file:{data}/kinerja.db?mode=ro", uri=True, timeout=5)
        pola_w, pola_n = f'%"wilayah":"{wilayah}"%', f'%"Pengangguran":{pengangguran}}}%'
        baris = bidang.execute("SELECT Id, OccurredOnUtc FROM OutboxMessages WHERE Payload LIKE ? AND Payload LIKE ?",
                               (pola_w, pola_n)).fetchone()
        if not baris:
            return None
        masuk = kinerja.execute("SELECT MIN(HandledOnUtc) FROM InboxMessages WHERE MessageId = ?", (baris[0],)).fetchone()
        hasil = kinerja.execute("SELECT DihitungPadaUtc FROM HasilCapaian WHERE Kode = ? AND Wilayah = ? AND Periode = ?",
                                (KODE, wilayah, str(tahun))).fetchone()
        if not masuk or not masuk[0] or not hasil or not hasil[0]:
            return None
        t = [jam(baris[1]), jam(masuk[0]), jam(hasil[0])]
        titik = [t0_jam] + t + [t0_jam + terlihat]
        return [max(0.0, (titik[i + 1] - titik[i]) * 1000) for i in range(4)]
    except sqlite3.Error:
        return None


def pertama_kecamatan(pohon):
    """The first kecamatan of the region tree (kabupaten -> kecamatan), whatever the tree's field names."""
    daftar = pohon if isinstance(pohon, list) else [pohon]
    for kab in daftar:
        for anak in kab.get("kecamatan") or kab.get("anak") or []:
            return anak["kode"]
    sys.exit(f"no kecamatan in GET /api/wilayah: {json.dumps(pohon)[:300]}")


def persen(terurut, p):
    """Nearest-rank percentile of a sorted list."""
    k = max(0, min(len(terurut) - 1, int(-(-p * len(terurut) // 100)) - 1))
    return terurut[k]


if __name__ == "__main__":
    main()
