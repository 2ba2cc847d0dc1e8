-- An operator releases an uncertain SMS: having checked it did not arrive, they let it be sent
-- once more. Only an uncertain SMS is released; an event tells the SMS workers.
-- KEYS[1] the SMS records hash of the subscriber's bucket, KEYS[2] the events stream, KEYS[3] counters
-- ARGV[1] field, ARGV[2] msisdn, ARGV[3] now (ms)
-- Returns 1 when released.
local record = redis.call('HGET', KEYS[1], ARGV[1])
if not record then return 0 end
local state, id, at, call = string.match(record, '^([^|]*)|([^|]*)|([^|]*)|([^|]*)')
if state ~= 'uncertain' then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], 'released|' .. id .. '|' .. ARGV[3] .. '|' .. call)
redis.call('HINCRBY', KEYS[3], 'sms-released', 1)
redis.call('HINCRBY', KEYS[3], 'sms-uncertain', -1)
redis.call('XADD', KEYS[2], '*', 'type', 'sms-release', 'call', call, 'msisdn', ARGV[2])
return 1
