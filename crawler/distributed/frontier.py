"""The shared frontier in Redis: scrapy-redis' queue and dupefilter, plus claims so that nothing is lost.

scrapy-redis pops a request for good and keeps its fingerprint in the dupefilter: a worker killed between the
pop and storing the page would lose the request, and the dupefilter would skip it when it is found again. So
a pop here *moves* the request into the site's claims hash (one Lua script, atomic), tagged with the worker;
the worker deletes the claim only once the request is finished (its page stored, or its links queued). A
worker that stops heart-beating for the visibility timeout is dead: any worker moves its claims back to the
queue, bypassing the dupefilter (the fingerprint is rightly there: the request is not new, it is unfinished).

Keys (``prefix`` first, so several fleets can share one Redis):

  {p}workers                 zset   worker id -> last heartbeat (Redis server time, seconds)
  {p}runs                    hash   site -> "run_id owner" of its fleet run in progress (owner: the lease's)
  {p}site:{s}:requests       zset   the queue, scrapy-redis' PriorityQueue layout (score = -priority)
  {p}site:{s}:dupefilter     set    scrapy-redis' request fingerprints, for this site's current run
  {p}site:{s}:claims         hash   claim id -> "worker\\nscore\\nrequest" (taken, not finished)
  {p}site:{s}:members        set    workers that joined the site's current run
  {p}seq                     string claim ids

Redis' own clock (TIME) dates heartbeats, so hosts with skewed clocks agree on who is dead.
No Scrapy here: requests come and go as encoded bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

from redis import Redis

_POP = """
local items = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #items == 0 then return false end
redis.call('ZREM', KEYS[1], items[1])
local id = redis.call('INCR', KEYS[3])
redis.call('HSET', KEYS[2], id, ARGV[1] .. '\\n' .. items[2] .. '\\n' .. items[1])
return {id, items[1]}
"""

# ARGV: fingerprint ('' = dont_filter), score, request
_PUSH = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
return 1
"""

# KEYS: claims, queue, workers, members. ARGV: timeout, only_worker ('' = every dead worker)
_REQUEUE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local function dead(w)
  if ARGV[2] ~= '' then return w == ARGV[2] end
  local hb = redis.call('ZSCORE', KEYS[3], w)
  return (not hb) or tonumber(hb) < now - tonumber(ARGV[1])
end
local all = redis.call('HGETALL', KEYS[1])
local n = 0
for i = 1, #all, 2 do
  local v = all[i + 1]
  local a = string.find(v, '\\n', 1, true)
  if dead(string.sub(v, 1, a - 1)) then
    local b = string.find(v, '\\n', a + 1, true)
    redis.call('ZADD', KEYS[2], string.sub(v, a + 1, b - 1), string.sub(v, b + 1))
    redis.call('HDEL', KEYS[1], all[i])
    n = n + 1
  end
end
local gone = {}
if ARGV[2] == '' then
  for _, w in ipairs(redis.call('SMEMBERS', KEYS[4])) do
    if dead(w) then redis.call('SREM', KEYS[4], w); table.insert(gone, w) end
  end
end
return {n, redis.call('SCARD', KEYS[4]), gone}
"""

_BEAT = """
local t = redis.call('TIME')
redis.call('ZADD', KEYS[1], tonumber(t[1]) + tonumber(t[2]) / 1000000, ARGV[1])
return 1
"""

# The run is over when nothing is queued and nothing is claimed: take it off the active runs (once).
_FINISH = """
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
if redis.call('ZCARD', KEYS[2]) > 0 or redis.call('HLEN', KEYS[3]) > 0 then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
return 1
"""


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    data: bytes


class SiteKeys:
    def __init__(self, prefix: str, site: str) -> None:
        base = f"{prefix}site:{site}:"
        self.requests = base + "requests"
        self.dupefilter = base + "dupefilter"
        self.claims = base + "claims"
        self.members = base + "members"


def queue_key_template(prefix: str) -> str:
    """scrapy-redis' SCHEDULER_QUEUE_KEY for this prefix (``%(spider)s`` is the site's spider name)."""
    return f"{prefix}site:%(spider)s:requests"


def dupefilter_key_template(prefix: str) -> str:
    return f"{prefix}site:%(spider)s:dupefilter"


class Frontier:
    """One fleet's Redis state. Every method is one round trip (a Lua script where it must be atomic)."""

    def __init__(self, server: Redis, prefix: str = "newscrawl:") -> None:
        self.server = server
        self.prefix = prefix
        self.workers_key = prefix + "workers"
        self.runs_key = prefix + "runs"
        self.seq_key = prefix + "seq"
        self._pop = server.register_script(_POP)
        self._push = server.register_script(_PUSH)
        self._requeue = server.register_script(_REQUEUE)
        self._beat = server.register_script(_BEAT)
        self._finish = server.register_script(_FINISH)

    def site(self, site: str) -> SiteKeys:
        return SiteKeys(self.prefix, site)

    # -- runs -----------------------------------------------------------------------------------------
    def active_runs(self) -> dict[str, tuple[int, str]]:
        """Site -> (run id, lease owner) of every fleet run in progress."""
        return {_text(k): _run(v) for k, v in self.server.hgetall(self.runs_key).items()}

    def start_run(
        self, site: str, run_id: int, owner: str, requests: list[tuple[str | None, float, bytes]]
    ) -> int:
        """A new run of ``site``: forget what the last one left (its queue, fingerprints, claims, members),
        queue the discovery requests (fingerprint or None, score, request), then make the run visible."""
        k = self.site(site)
        pipe = self.server.pipeline(transaction=True)
        pipe.delete(k.requests, k.dupefilter, k.claims, k.members)
        for fp, score, data in requests:
            if fp:
                pipe.sadd(k.dupefilter, fp)
            pipe.zadd(k.requests, {data: score})
        pipe.hset(self.runs_key, site, f"{run_id} {owner}")
        pipe.execute()
        return int(self.server.zcard(k.requests))

    def run_of(self, site: str) -> int | None:
        value = self.server.hget(self.runs_key, site)
        return _run(value)[0] if value is not None else None

    def try_finish(self, site: str, run_id: int) -> bool:
        k = self.site(site)
        value = self.server.hget(self.runs_key, site)
        if value is None or _run(value)[0] != run_id:
            return False
        keys = [self.runs_key, k.requests, k.claims]
        return bool(self._finish(keys=keys, args=[site, _text(value)]))

    def abandon_run(self, site: str, run_id: int) -> None:
        """The run failed: take it off the active runs if it is still the current one."""
        if self.run_of(site) == run_id:
            self.server.hdel(self.runs_key, site)

    def join(self, site: str, worker: str) -> None:
        self.server.sadd(self.site(site).members, worker)

    def leave(self, site: str, worker: str) -> int:
        """Leave the site's run; the number of members left."""
        k = self.site(site)
        pipe = self.server.pipeline(transaction=True)
        pipe.srem(k.members, worker)
        pipe.scard(k.members)
        return int(pipe.execute()[1])

    # -- workers ----------------------------------------------------------------------------------------
    def heartbeat(self, worker: str) -> None:
        self._beat(keys=[self.workers_key], args=[worker])

    def retire(self, worker: str) -> None:
        self.server.zrem(self.workers_key, worker)

    def reap(self, site: str, timeout: float) -> tuple[int, int, list[str]]:
        """Dead workers' claims back to the queue, dead workers out of the run's members:
        (requests returned, members left, workers found dead)."""
        k = self.site(site)
        keys = [k.claims, k.requests, self.workers_key, k.members]
        n, members, gone = self._requeue(keys=keys, args=[str(timeout), ""])
        return int(n), int(members), [_text(w) for w in gone]

    def release_claims(self, site: str, worker: str) -> int:
        """This worker's unfinished claims back to the queue (it is stopping)."""
        k = self.site(site)
        keys = [k.claims, k.requests, self.workers_key, k.members]
        n, _, _ = self._requeue(keys=keys, args=["0", worker])
        return int(n)

    # -- requests ---------------------------------------------------------------------------------------
    def push(self, site: str, fingerprint: str | None, score: float, data: bytes) -> bool:
        """Queue a request unless its fingerprint was seen this run; False when it was."""
        k = self.site(site)
        return bool(self._push(keys=[k.requests, k.dupefilter], args=[fingerprint or "", score, data]))

    def pop(self, site: str, worker: str) -> Claim | None:
        k = self.site(site)
        got = self._pop(keys=[k.requests, k.claims, self.seq_key], args=[worker])
        if not got:
            return None
        claim_id, data = got
        return Claim(_text(claim_id), data if isinstance(data, bytes) else data.encode("utf-8"))

    def ack(self, site: str, claim_ids: list[str]) -> None:
        if claim_ids:
            self.server.hdel(self.site(site).claims, *claim_ids)

    def pending(self, site: str) -> tuple[int, int]:
        """(queued, claimed) requests of the site."""
        k = self.site(site)
        pipe = self.server.pipeline(transaction=False)
        pipe.zcard(k.requests)
        pipe.hlen(k.claims)
        queued, claimed = pipe.execute()
        return int(queued), int(claimed)


def _run(value: bytes | str) -> tuple[int, str]:
    run_id, _, owner = _text(value).partition(" ")
    return int(run_id), owner


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value
