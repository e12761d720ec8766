-- Each request PUTs a Ketenagakerjaan sheet of its own period (years and quarters 2000-2100: 505 distinct sheets),
-- so concurrent writers do not contend for one sheet. Counts non-2xx answers per status.
local periode = {}
for tahun = 2000, 2100 do
  periode[#periode + 1] = tostring(tahun)
  for t = 1, 4 do periode[#periode + 1] = tahun .. "-T" .. t end
end
local n = 0
local token = os.getenv("TOKEN")
ditolak = {} -- a global: done() reads each thread's through thread:get
local threads = {}

function setup(thread)
  thread:set("mulai", math.random(#periode))
  table.insert(threads, thread)
end

request = function()
  n = n + 1
  local p = periode[(mulai + n) % #periode + 1]
  local body = string.format('{"nilai":{"AngkatanKerja":%d,"Pengangguran":%d}}', 70000 + n % 1000, 2000 + n % 700)
  return wrk.format("PUT", "/api/ketenagakerjaan/data/" .. p,
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

response = function(status)
  if status >= 300 then ditolak[status] = (ditolak[status] or 0) + 1 end
end

done = function(summary, latency, requests)
  -- The whole tail in one line (wrk's --latency stops at p99): a smooth tail and a spike at p99 call for different fixes.
  local p = {}
  for _, q in ipairs({ 50, 75, 90, 95, 99, 99.9 }) do p[#p + 1] = string.format("p%s %.1f", q, latency:percentile(q) / 1000) end
  io.write("latency ms: " .. table.concat(p, " / ") .. string.format(" / max %.1f\n", latency.max / 1000))
  io.write(string.format("accepted writes/s: %.0f (non-2xx and socket errors excluded)\n",
    (summary.requests - summary.errors.status - summary.errors.connect - summary.errors.read - summary.errors.write - summary.errors.timeout) / (summary.duration / 1e6)))
  local jumlah = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("ditolak") or {}) do jumlah[status] = (jumlah[status] or 0) + n end
  end
  for status, n in pairs(jumlah) do io.write(string.format("non-2xx answers with status %d: %d\n", status, n)) end
end
