-- Settles up to ARGV[3] leases expired by ARGV[2] as lost, in one atomic step: their launcher
-- died or lost its way. The attempt counts: a lost first attempt becomes a retry due at once,
-- a lost second attempt is final (DONE), and so is one whose subscriber a suppression list
-- withdrew during the call (7). An answer the dialog app wrote meanwhile is kept, and then the
-- attempt counts as answered rather than lost. Each lost attempt leaves an 'ended' event.
-- KEYS[1] counters, KEYS[2] leases, KEYS[3] retries, KEYS[4] events
-- ARGV[1] the bucket keys' prefix (same hash tag, same slot), ARGV[2] now (ms), ARGV[3] max.
-- Returns how many leases it settled.
local CALLING_FIRST, RETRY_DUE, CALLING_RETRY, DONE, WITHDRAWN_IN_CALL, ANSWERED = 3, 4, 5, 6, 7, 8
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[2], 'LIMIT', 0, tonumber(ARGV[3]))
local lost, retried, done, answered = 0, 0, 0, 0
for _, member in ipairs(expired) do
  local national = tonumber(member)
  local key = ARGV[1] .. math.floor(national / 100)
  local field = national % 100
  local code = tonumber(redis.call('HGET', key, field) or '0')
  local state = code % 16
  redis.call('ZREM', KEYS[2], member)
  if state >= ANSWERED then
    done, answered = done + 1, answered + 1
  elseif state == CALLING_FIRST then
    redis.call('HSET', key, field, code - state + RETRY_DUE)
    redis.call('ZADD', KEYS[3], ARGV[2], member)
    retried, lost = retried + 1, lost + 1
  elseif state == CALLING_RETRY or state == WITHDRAWN_IN_CALL then
    redis.call('HSET', key, field, code - state + DONE)
    done, lost = done + 1, lost + 1
  end
  if state == CALLING_FIRST or state == CALLING_RETRY or state == WITHDRAWN_IN_CALL then
    local attempt = ({[CALLING_FIRST] = '1', [CALLING_RETRY] = '2'})[state] or ''
    redis.call('XADD', KEYS[4], '*', 'type', 'ended', 'msisdn', '84' .. member, 'attempt', attempt,
      'outcome', 'lost', 'sip-status', '0')
  end
end
if lost > 0 then
  redis.call('HINCRBY', KEYS[1], 'lost', lost)
  redis.call('HINCRBY', KEYS[1], 'outcome:lost', lost)
end
if #expired > 0 then
  redis.call('HINCRBY', KEYS[1], 'calling', -#expired)
  redis.call('HINCRBY', KEYS[1], 'attempts', #expired)
end
if answered > 0 then redis.call('HINCRBY', KEYS[1], 'outcome:answered', answered) end
if retried > 0 then redis.call('HINCRBY', KEYS[1], 'retry-pending', retried) end
if done > 0 then redis.call('HINCRBY', KEYS[1], 'done', done) end
return #expired
