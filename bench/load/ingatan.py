#!/usr/bin/env python3
"""Memory of the running host over a scripted session of mixed use (issue 13, "Memory").

    bench/load/ingatan.sh [minutes of use = 60] [requests per second = 5]

Started by ingatan.sh with the host's URL and pid. Signs in as every demo role (the web form with its cookie and
the API's bearer token), then for the given minutes walks the pages each role opens and the API calls a client makes:
dashboards of every year and quarter, indicator pages, the data form, sheet PUTs with changing numbers (so recomputes
run), exports, E.81/LKjIP, registers, the audit log. Every minute it prints the host's RSS; at the end it waits idle
and prints the RSS after 1 and 5 minutes. Standard library only.
"""
import http.cookiejar
import json
import random
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

URL, PID, MENIT, LAJU = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
SANDI = "Renstra#2026"
TAHUN = list(range(2021, 2027))
KODE = ["RPJMD-01", "RPJMD-02", "IKU-01", "SAS-01", "SAS-02", "PRG-01", "KEG-01", "SUB-01", "SUB-20"]


def rss_mb():
    with open(f"/proc/{PID}/status") as f:
        for baris in f:
            if baris.startswith("VmRSS"):
                return int(baris.split()[1]) // 1024
    return -1


class Sesi:
    def __init__(self, email):
        self.email = email
        self.cookie = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        halaman = self.cookie.open(URL + "/masuk").read().decode()
        token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', halaman).group(1)
        data = urllib.parse.urlencode({"Email": email, "KataSandi": SANDI, "__RequestVerificationToken": token}).encode()
        self.cookie.open(URL + "/masuk", data).read()
        permintaan = urllib.request.Request(URL + "/api/auth/login", json.dumps({"email": email, "password": SANDI}).encode(),
                                            {"content-type": "application/json"})
        self.bearer = json.load(urllib.request.urlopen(permintaan))["accessToken"]

    def halaman(self, jalur):
        try:
            self.cookie.open(URL + jalur).read()
        except urllib.error.HTTPError as e:
            e.read()

    def api(self, metode, jalur, isi=None):
        permintaan = urllib.request.Request(URL + jalur, None if isi is None else json.dumps(isi).encode(),
                                            {"authorization": "Bearer " + self.bearer, "content-type": "application/json",
                                             "accept-encoding": "gzip"}, method=metode)
        try:
            urllib.request.urlopen(permintaan).read()
        except urllib.error.HTTPError as e:
            e.read()


def periode_acak():
    t = random.choice(TAHUN)
    return str(t) if random.random() < 0.4 else f"{t}-T{random.randint(1, 4)}"


def langkah(sesi):
    pimpinan, admin, naker, kukm = sesi["pimpinan"], sesi["admin"], sesi["naker"], sesi["kukm"]
    pilihan = [
        lambda: pimpinan.halaman(f"/?tahun={random.choice(TAHUN)}"),
        lambda: pimpinan.halaman(f"/?periode={periode_acak()}"),
        lambda: pimpinan.halaman(f"/indikator/{random.choice(KODE)}"),
        lambda: pimpinan.halaman(f"/evaluasi/renja?tahun={random.choice(TAHUN)}"),
        lambda: pimpinan.halaman(f"/evaluasi/lkjip?tahun={random.choice(TAHUN)}"),
        lambda: pimpinan.halaman("/evaluasi/anggaran"),
        lambda: pimpinan.halaman(f"/ekspor?tahun={random.choice(TAHUN)}&format=xlsx"),
        lambda: pimpinan.api("GET", f"/api/capaian?tahun={random.choice(TAHUN)}"),
        lambda: pimpinan.api("GET", f"/api/capaian/{random.choice(KODE)}?dari=2021&sampai=2026"),
        lambda: naker.halaman("/isian"),
        lambda: naker.halaman(f"/isian/ketenagakerjaan/{periode_acak()}"),
        lambda: naker.api("PUT", f"/api/ketenagakerjaan/data/{periode_acak()}",
                          {"nilai": {"AngkatanKerja": random.randint(60000, 80000), "Pengangguran": random.randint(1500, 4000)}}),
        lambda: kukm.halaman("/register/koperasi"),
        lambda: kukm.halaman(f"/isian/koperasiumkm/{periode_acak()}"),
        lambda: admin.halaman("/aturan"),
        lambda: admin.halaman(f"/aturan/{random.choice(KODE)}"),
        lambda: admin.halaman("/audit"),
        lambda: admin.halaman("/pengguna"),
    ]
    random.choice(pilihan)()


def main():
    random.seed(2026)
    sesi = {"pimpinan": Sesi("pimpinan@renstra.local"), "admin": Sesi("admin@renstra.local"),
            "naker": Sesi("operator.naker@renstra.local"), "kukm": Sesi("operator.kukm@renstra.local")}
    print(f"RSS after sign-in: {rss_mb()} MB", flush=True)
    mulai = time.time()
    berikut = mulai
    jumlah = 0
    menit = 0
    while time.time() - mulai < MENIT * 60:
        langkah(sesi)
        jumlah += 1
        berikut += 1.0 / LAJU
        time.sleep(max(0.0, berikut - time.time()))
        if time.time() - mulai >= (menit + 1) * 60:
            menit += 1
            print(f"minute {menit}: {jumlah} requests, RSS {rss_mb()} MB", flush=True)
    print(f"use over: {jumlah} requests in {(time.time() - mulai) / 60:.1f} min, RSS {rss_mb()} MB", flush=True)
    # The host gives memory back after a minute without requests (Renstra:Memory:IdleTrimSeconds, checked every 15 s).
    for menit_senggang, tidur in ((1, 60), (2, 60), (5, 180)):
        time.sleep(tidur)
        print(f"idle {menit_senggang} min: RSS {rss_mb()} MB", flush=True)


main()
