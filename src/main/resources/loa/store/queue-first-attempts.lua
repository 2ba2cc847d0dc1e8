-- Applies a batch of the audience import, or of a suppression list, in one atomic step, so a
-- re-run changes nothing twice: queues subscribers for a first attempt unless the campaign
-- already has them (HSETNX), and withdraws numbers not yet final, province kept:
--   queued 1 -> withdrawn 2; retry due 4 -> withdrawn 2, out of the retries;
--   calling 3 or 5 -> withdrawn in call 7: that attempt is settled as usual, then it is final.
-- Withdrawn, done and answered subscribers are left as they are. A claim takes only 1 and 4,
-- and claims are atomic too, so a withdrawn number is never dialled again.
-- KEYS[1] the counters hash, KEYS[2] the first-attempt bucket bitmap, KEYS[3] the retries,
-- KEYS[4..] the bucket hash of each entry, in the same order as ARGV's triples:
-- ARGV[3i-2] the field (last two digits), ARGV[3i-1] the value to queue, or "-" to withdraw,
-- ARGV[3i] the bucket number.
-- Returns {queued, withdrawn from the queue, withdrawn from the retries, withdrawn in a call}.
local QUEUED, WITHDRAWN, CALLING_FIRST, RETRY_DUE, CALLING_RETRY, WITHDRAWN_IN_CALL = 1, 2, 3, 4, 5, 7
local added, queued, retries, inCall = 0, 0, 0, 0
local lastBucket = nil
for i = 4, #KEYS do
  local a = (i - 4) * 3
  if ARGV[a + 2] ~= '-' then
    if redis.call('HSETNX', KEYS[i], ARGV[a + 1], ARGV[a + 2]) == 1 then
      added = added + 1
      if ARGV[a + 3] ~= lastBucket then
        lastBucket = ARGV[a + 3]
        redis.call('SETBIT', KEYS[2], lastBucket, 1)
      end
    end
  else
    local code = tonumber(redis.call('HGET', KEYS[i], ARGV[a + 1]))
    local state = code and code % 16
    if state == QUEUED then
      redis.call('HSET', KEYS[i], ARGV[a + 1], code - state + WITHDRAWN)
      queued = queued + 1
    elseif state == RETRY_DUE then
      redis.call('HSET', KEYS[i], ARGV[a + 1], code - state + WITHDRAWN)
      redis.call('ZREM', KEYS[3], tostring(tonumber(ARGV[a + 3]) * 100 + tonumber(ARGV[a + 1])))
      retries = retries + 1
    elseif state == CALLING_FIRST or state == CALLING_RETRY then
      redis.call('HSET', KEYS[i], ARGV[a + 1], code - state + WITHDRAWN_IN_CALL)
      inCall = inCall + 1
    end
  end
end
if added > 0 then
  redis.call('HINCRBY', KEYS[1], 'audience', added)
  redis.call('HINCRBY', KEYS[1], 'first-pending', added)
end
if queued > 0 then redis.call('HINCRBY', KEYS[1], 'first-pending', -queued) end
if retries > 0 then redis.call('HINCRBY', KEYS[1], 'retry-pending', -retries) end
if queued + retries > 0 then redis.call('HINCRBY', KEYS[1], 'withdrawn', queued + retries) end
if inCall > 0 then redis.call('HINCRBY', KEYS[1], 'withdrawn-in-call', inCall) end
return {added, queued, retries, inCall}
