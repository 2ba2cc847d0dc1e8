-- Applies one segment's delivery receipt: the SMS is delivered once every segment is, and
-- failed or expired as soon as one is not (the first final word stays). A receipt for a message
-- id not known yet is kept aside: it may have overtaken the record of its submission (an SMSC
-- may send it a few milliseconds after its submit_sm_resp), and sms-result.lua applies it then.
-- KEYS[1] the receipts hash, KEYS[2] counters, KEYS[3] the receipts that came early
-- ARGV[1] the message id, ARGV[2] the segment's state (delivered, expired, undeliverable, ...),
-- ARGV[3] when (ms), ARGV[4] the SMS records hashes' prefix (same hash tag)
-- Returns the SMS's state after it, or false.
local national = redis.call('HGET', KEYS[1], ARGV[1])
if not national then
  redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
  return false
end
redis.call('HDEL', KEYS[1], ARGV[1])
local key = ARGV[4] .. math.floor(tonumber(national) / 100)
local field = tonumber(national) % 100
local record = redis.call('HGET', key, field)
if not record then return false end
local state, id, at, call, left, ids = string.match(record, '^([^|]*)|([^|]*)|([^|]*)|([^|]*)|([^|]*)|?(.*)')
if state ~= 'submitted' then return state end
left = tonumber(left) - 1
local final = nil
if ARGV[2] == 'expired' then final = 'expired'
elseif ARGV[2] ~= 'delivered' then final = 'undelivered'
elseif left == 0 then final = 'delivered' end
if final then
  redis.call('HSET', key, field, final .. '|' .. id .. '|' .. ARGV[3] .. '|' .. call .. '|' .. ARGV[2])
  redis.call('HINCRBY', KEYS[2], 'sms-' .. final, 1)
  return final
end
redis.call('HSET', key, field, state .. '|' .. id .. '|' .. at .. '|' .. call .. '|' .. left .. '|' .. ids)
return state
