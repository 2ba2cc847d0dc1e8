-- Records a call's answer once: a repeated submit returns the answer recorded first and
-- changes nothing. For a campaign call (attempt > 0) it also moves the subscriber to the
-- answer's state, keeping the province bits, and appends the answer to the campaign's events.
-- KEYS[1] the call hash, KEYS[2] the events stream, KEYS[3] the subscriber's bucket hash,
-- KEYS[4] the campaign's counters (answer:<answer> counts the campaign calls' answers)
-- ARGV: the call's number, answer, key, at (ms), voice-browser session, dialog version, stage,
--       heard (ms, or ""), the answer's state code, the subscriber's field in the bucket
-- Returns the call's answer, or false when the campaign placed no such call to that number.
local call = redis.call('HMGET', KEYS[1], 'msisdn', 'attempt', 'answer')
if call[1] ~= ARGV[1] then return false end
if call[3] then return call[3] end
redis.call('HSET', KEYS[1], 'answer', ARGV[2], 'key', ARGV[3], 'answered-at', ARGV[4],
  'vb-session', ARGV[5], 'dialog-version', ARGV[6], 'stage', ARGV[7])
if ARGV[8] ~= '' then redis.call('HSET', KEYS[1], 'heard-ms', ARGV[8]) end
if tonumber(call[2]) > 0 then
  local code = tonumber(redis.call('HGET', KEYS[3], ARGV[10]) or '0')
  redis.call('HSET', KEYS[3], ARGV[10], code - code % 16 + tonumber(ARGV[9]))
  local id = string.match(KEYS[1], ':call:(.+)$')
  redis.call('XADD', KEYS[2], '*', 'type', 'answer', 'call', id, 'msisdn', ARGV[1], 'answer', ARGV[2])
  redis.call('HINCRBY', KEYS[4], 'answer:' .. ARGV[2], 1)
end
return ARGV[2]
