-- Applies a batch of the audience import in one atomic step, so a re-run changes nothing twice:
-- queues subscribers for a first attempt unless the campaign already has them (HSETNX), and
-- withdraws numbers still waiting for their first attempt (state 1 -> 2, province kept).
-- KEYS[1] the counters hash, KEYS[2] the first-attempt bucket bitmap,
-- KEYS[3..] the bucket hash of each entry, in the same order as ARGV's triples:
-- ARGV[3i-2] the field (last two digits), ARGV[3i-1] the value to queue, or "-" to withdraw,
-- ARGV[3i] the bucket number. Returns {queued, withdrawn}.
local QUEUED, WITHDRAWN = 1, 2
local added, withdrawn = 0, 0
local lastBucket = nil
for i = 3, #KEYS do
  local a = (i - 3) * 3
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
    if code and code % 16 == QUEUED then
      redis.call('HSET', KEYS[i], ARGV[a + 1], code - QUEUED + WITHDRAWN)
      withdrawn = withdrawn + 1
    end
  end
end
if added > 0 then
  redis.call('HINCRBY', KEYS[1], 'audience', added)
  redis.call('HINCRBY', KEYS[1], 'first-pending', added)
end
if withdrawn > 0 then
  redis.call('HINCRBY', KEYS[1], 'first-pending', -withdrawn)
  redis.call('HINCRBY', KEYS[1], 'withdrawn', withdrawn)
end
return {added, withdrawn}
