"""wrk Lua scripts: the latency summary line, POST bodies, and the mixed endurance run."""

import json

# Every script ends with this line; run.py parses it.
DONE = """
function done(summary, latency, requests)
  local non2xx = 0
  for _, t in ipairs(threads) do non2xx = non2xx + (t:get("non2xx") or 0) end
  io.write(string.format("BENCH p50=%d p95=%d p99=%d errors=%d non2xx=%d\\n",
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout, non2xx))
end
"""

# wrk counts a 3xx (a redirect to the login page, say) as a success; we count it as a failure.
COUNT_NON_2XX = """
threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non2xx = 0 end
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
"""


def _lua(value: str) -> str:
    return json.dumps(value)  # a JSON string literal is a valid Lua string literal here


def single(*, method: str = "GET", body: str = "", content_type: str = "", csrf: str = "") -> str:
    """One endpoint; for a POST, the body and the CSRF header Django checks."""
    lines = [COUNT_NON_2XX]
    if method != "GET":
        lines += [
            f"wrk.method = {_lua(method)}",
            f"wrk.body = {_lua(body)}",
            f'wrk.headers["Content-Type"] = {_lua(content_type)}',
            f'wrk.headers["X-CSRFToken"] = {_lua(csrf)}',
            'wrk.headers["Referer"] = "http://127.0.0.1/"',
        ]
    return "\n".join(lines) + DONE


def mixed(requests: list[dict], *, csrf: str) -> str:
    """Every endpoint in turn on each connection: the endurance run."""
    entries = ",\n".join(
        f"  {{method = {_lua(r['method'])}, url = {_lua(r['url'])}, "
        f"body = {_lua(r.get('body', ''))}, ctype = {_lua(r.get('content_type', ''))}}}"
        for r in requests
    )
    return f"""{COUNT_NON_2XX}
local plan = {{
{entries}
}}
local requests = {{}}
local i = 0
local base_init = init
function init(args)
  base_init(args)
  for _, r in ipairs(plan) do
    local headers = {{}}
    for k, v in pairs(wrk.headers) do headers[k] = v end
    local body = nil
    if r.method ~= "GET" then
      headers["Content-Type"] = r.ctype
      headers["X-CSRFToken"] = {_lua(csrf)}
      headers["Referer"] = "http://127.0.0.1/"
      body = r.body
    end
    table.insert(requests, wrk.format(r.method, r.url, headers, body))
  end
end
function request()
  i = i % #requests + 1
  return requests[i]
end
{DONE}"""
