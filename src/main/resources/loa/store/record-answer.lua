-- Records a call's answer once: a repeated submit returns the answer recorded first and
-- changes nothing. For a campaign call (attempt > 0) it also moves the subscriber to the
-- answer's state, keeping the province bits, and appends the answer to the campaign's events.
-- KEYS[1] the call hash, KEYS[2] the events stream, KEYS[3] the subscriber's bucket hash
-- ARGV: answer, key, at (ms), voice-browser session, dialog version, stage,
--       the answer's state code, the subscriber's field in the bucket
local recorded = redis.call('HGET', KEYS[1], 'answer')
if recorded then return recorded end
local call = redis.call('HMGET', KEYS[1], 'msisdn', 'attempt', 'fetched-at')
if not call[1] then return false end
redis.call('HSET', KEYS[1], 'answer', ARGV[1], 'key', ARGV[2], 'answered-at', ARGV[3],
  'vb-session', ARGV[4], 'dialog-version', ARGV[5], 'stage', ARGV[6])
if call[3] then redis.call('HSET', KEYS[1], 'heard-ms', tonumber(ARGV[3]) - tonumber(call[3])) end
if tonumber(call[2]) > 0 then
  local code = tonumber(redis.call('HGET', KEYS[3], ARGV[8]) or '0')
  redis.call('HSET', KEYS[3], ARGV[8], code - code % 16 + tonumber(ARGV[7]))
  local id = string.match(KEYS[1], ':call:(.+)$')
  redis.call('XADD', KEYS[2], '*', 'type', 'answer', 'call', id, 'msisdn', call[1], 'answer', ARGV[1])
end
return ARGV[1]
