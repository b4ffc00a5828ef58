-- wrk script of bench/run. BENCH_WRITE=centers: every request registers a new centre (a code unique to the
-- run, the thread and the request); otherwise the URL given to wrk is read. done() prints one line that
-- bench/run parses: requests/s, p50 and p99 in ms, and how many answers were not 2xx or failed.
local threads = {}
local counter = 0
local run = tostring(os.time())
local write = os.getenv("BENCH_WRITE") == "centers"
-- BENCH_DELAY_MS: each connection waits this long after an answer before its next request (a paced load, below
-- saturation)
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "")
if write then
  wrk.headers["Content-Type"] = "application/json"   -- next to the Authorization header of -H
end

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function request()
  if not write then
    return wrk.format(nil)
  end
  counter = counter + 1
  local body = string.format(
    '{"code":"W%s-%d-%d","name":"Bench centre","districtCode":"DUSHANBE.SINO","constructionType":"NEW_BUILD","workplaces":5}',
    run, id, counter)
  return wrk.format("POST", "/centers", nil, body)
end

if pause then
  function delay()
    return pause
  end
end

function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  io.write(string.format("BENCH rps=%.1f p50=%.1f p99=%.1f requests=%d failed=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, failed))
end
