-- Ends one leased attempt in one atomic step, and keeps its record. Changes nothing and returns 0
-- unless the lease is still held with the claim's expiry and the subscriber is still in the
-- claim's calling state (or the dialog app has since written an answer, or a suppression list
-- withdrew it during the call): so a lease already settled as lost, or an attempt settled
-- twice, is left alone.
-- A retry after attempt 1 -> RETRY_DUE with its due time; anything else -> DONE, except that an
-- answer state (8..11) written by the dialog app is kept. After attempt 2 it is always final, and
-- so it is for a subscriber withdrawn during the call (7).
-- The attempt's record goes on the call hash, and an 'ended' event into the campaign's events,
-- which the SMS worker reads to know the call is over.
-- KEYS[1] counters, KEYS[2] leases, KEYS[3] retries, KEYS[4] the subscriber's bucket hash,
-- KEYS[5] the call hash, KEYS[6] the events stream
-- ARGV[1] field, ARGV[2] national, ARGV[3] attempt, ARGV[4] the claim's lease expiry (ms),
-- ARGV[5] retry due (ms) or "final", ARGV[6] the outcome's label, ARGV[7] call id,
-- ARGV[8] SIP status, ARGV[9] invited at (ms), ARGV[10] connected at (ms) or "",
-- ARGV[11] ended at (ms), ARGV[12] window, ARGV[13] msisdn
local CALLING_FIRST, RETRY_DUE, CALLING_RETRY, DONE, WITHDRAWN_IN_CALL, ANSWERED = 3, 4, 5, 6, 7, 8
local held = redis.call('ZSCORE', KEYS[2], ARGV[2])
if not held or tonumber(held) ~= tonumber(ARGV[4]) then return 0 end
local code = tonumber(redis.call('HGET', KEYS[4], ARGV[1]) or '0')
local state = code % 16
local calling = ARGV[3] == '1' and CALLING_FIRST or CALLING_RETRY
if state ~= calling and state ~= WITHDRAWN_IN_CALL and state < ANSWERED then return 0 end

redis.call('ZREM', KEYS[2], ARGV[2])
redis.call('HINCRBY', KEYS[1], 'calling', -1)
redis.call('HINCRBY', KEYS[1], 'outcome:' .. ARGV[6], 1)
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
if state >= ANSWERED then
  redis.call('HINCRBY', KEYS[1], 'done', 1)
elseif ARGV[5] ~= 'final' and ARGV[3] == '1' and state == calling then
  redis.call('HSET', KEYS[4], ARGV[1], code - state + RETRY_DUE)
  redis.call('ZADD', KEYS[3], ARGV[5], ARGV[2])
  redis.call('HINCRBY', KEYS[1], 'retry-pending', 1)
else
  redis.call('HSET', KEYS[4], ARGV[1], code - state + DONE)
  redis.call('HINCRBY', KEYS[1], 'done', 1)
end

redis.call('HSET', KEYS[5], 'outcome', ARGV[6], 'sip-status', ARGV[8], 'invited-at', ARGV[9],
  'ended-at', ARGV[11], 'window', ARGV[12])
if ARGV[10] ~= '' then redis.call('HSET', KEYS[5], 'connected-at', ARGV[10]) end
redis.call('XADD', KEYS[6], '*', 'type', 'ended', 'call', ARGV[7], 'msisdn', ARGV[13], 'attempt', ARGV[3],
  'outcome', ARGV[6], 'sip-status', ARGV[8])
return 1
