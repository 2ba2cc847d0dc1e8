-- Queues subscribers for a first attempt unless the campaign already has them (HSETNX), and
-- counts the new ones: one atomic step for the whole batch, so a re-run changes nothing twice.
-- KEYS[1] the counters hash, KEYS[2] the first-attempt bucket bitmap,
-- KEYS[3..] the bucket hash of each subscriber, in the same order as ARGV's triples:
-- ARGV[3i-2] the field (last two digits), ARGV[3i-1] the value, ARGV[3i] the bucket number.
local added = 0
local lastBucket = nil
for i = 3, #KEYS do
  local a = (i - 3) * 3
  if redis.call('HSETNX', KEYS[i], ARGV[a + 1], ARGV[a + 2]) == 1 then
    added = added + 1
    if ARGV[a + 3] ~= lastBucket then
      lastBucket = ARGV[a + 3]
      redis.call('SETBIT', KEYS[2], lastBucket, 1)
    end
  end
end
if added > 0 then
  redis.call('HINCRBY', KEYS[1], 'audience', added)
  redis.call('HINCRBY', KEYS[1], 'first-pending', added)
end
return added
