-- Finds SMS claims whose worker is gone (its heartbeat key expired) or that are older than the
-- longest a submission may take, and makes them uncertain: the SMS may have left, so it is
-- reported and never sent again automatically.
-- KEYS[1] the claims sorted set, KEYS[2] counters
-- ARGV[1] claims made before this (ms) are looked at, ARGV[2] claims made before this (ms) are
-- uncertain whatever their worker, ARGV[3] the SMS records hashes' prefix, ARGV[4] the workers'
-- heartbeat keys' prefix, ARGV[5] now (ms), ARGV[6] max
-- Returns how many it made uncertain.
local claims = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[6]))
local made = 0
for _, member in ipairs(claims) do
  local instance, national = string.match(member, '^(.*):(%d+)$')
  local score = tonumber(redis.call('ZSCORE', KEYS[1], member))
  if score < tonumber(ARGV[2]) or redis.call('EXISTS', ARGV[4] .. instance) == 0 then
    redis.call('ZREM', KEYS[1], member)
    local key = ARGV[3] .. math.floor(tonumber(national) / 100)
    local field = tonumber(national) % 100
    local record = redis.call('HGET', key, field)
    local state, id, at, call = string.match(record or '', '^([^|]*)|([^|]*)|([^|]*)|([^|]*)')
    if state == 'claimed' then
      redis.call('HSET', key, field, 'uncertain|' .. id .. '|' .. ARGV[5] .. '|' .. call .. '|worker gone before the SMSC answered')
      redis.call('HINCRBY', KEYS[2], 'sms-uncertain', 1)
      made = made + 1
    end
  end
end
return made
