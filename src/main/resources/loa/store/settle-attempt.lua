-- Ends one leased attempt in one atomic step. Changes nothing and returns 0 unless the lease is
-- still held with the claim's expiry and the subscriber is still in the claim's calling state
-- (or the dialog app has since written an answer): so a lease already settled as lost, or an
-- attempt settled twice, is left alone.
-- A retry after attempt 1 -> RETRY_DUE with its due time; anything else -> DONE, except that an
-- answer state (8..11) written by the dialog app is kept. After attempt 2 it is always final.
-- KEYS[1] counters, KEYS[2] leases, KEYS[3] retries, KEYS[4] the subscriber's bucket hash
-- ARGV[1] field, ARGV[2] national, ARGV[3] attempt, ARGV[4] the claim's lease expiry (ms),
-- ARGV[5] retry due (ms) or "final", ARGV[6] the outcome's label.
local CALLING_FIRST, RETRY_DUE, CALLING_RETRY, DONE, ANSWERED = 3, 4, 5, 6, 8
local held = redis.call('ZSCORE', KEYS[2], ARGV[2])
if not held or tonumber(held) ~= tonumber(ARGV[4]) then return 0 end
local code = tonumber(redis.call('HGET', KEYS[4], ARGV[1]) or '0')
local state = code % 16
local calling = ARGV[3] == '1' and CALLING_FIRST or CALLING_RETRY
if state ~= calling and state < ANSWERED then return 0 end

redis.call('ZREM', KEYS[2], ARGV[2])
redis.call('HINCRBY', KEYS[1], 'calling', -1)
redis.call('HINCRBY', KEYS[1], 'outcome:' .. ARGV[6], 1)
if ARGV[6] == 'lost' then redis.call('HINCRBY', KEYS[1], 'lost', 1) end
if state >= ANSWERED then
  redis.call('HINCRBY', KEYS[1], 'done', 1)
elseif ARGV[5] ~= 'final' and ARGV[3] == '1' then
  redis.call('HSET', KEYS[4], ARGV[1], code - state + RETRY_DUE)
  redis.call('ZADD', KEYS[3], ARGV[5], ARGV[2])
  redis.call('HINCRBY', KEYS[1], 'retry-pending', 1)
else
  redis.call('HSET', KEYS[4], ARGV[1], code - state + DONE)
  redis.call('HINCRBY', KEYS[1], 'done', 1)
end
return 1
