-- Claims a subscriber's one SMS, in one atomic step, for a call that both agreed and ended,
-- whichever was recorded last: the SMS worker calls it for each 'answer', 'ended' and
-- 'sms-release' event. A subscriber gets one SMS ever: the claim succeeds only when its SMS
-- record is absent (or released by an operator after it was uncertain).
-- KEYS[1] the call hash, KEYS[2] the SMS records hash of the subscriber's bucket,
-- KEYS[3] the claims sorted set, KEYS[4] counters
-- ARGV[1] field (last two digits), ARGV[2] the SMS id, ARGV[3] now (ms), ARGV[4] the worker's
-- instance id, ARGV[5] the call id, ARGV[6] national number
-- Returns the subscriber's msisdn when claimed, else false.
local call = redis.call('HMGET', KEYS[1], 'msisdn', 'attempt', 'answer', 'outcome')
if not call[1] or call[2] == '0' or call[3] ~= 'agreed' or not call[4] then return false end
local record = redis.call('HGET', KEYS[2], ARGV[1])
local released = record and string.sub(record, 1, 9) == 'released|'
if record and not released then return false end
redis.call('HSET', KEYS[2], ARGV[1], 'claimed|' .. ARGV[2] .. '|' .. ARGV[3] .. '|' .. ARGV[5])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4] .. ':' .. ARGV[6])
redis.call('HINCRBY', KEYS[4], 'sms-claimed', 1)
return call[1]
