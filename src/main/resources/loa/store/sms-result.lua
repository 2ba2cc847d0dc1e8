-- Records what the SMSC said of a claimed SMS, in one atomic step: submitted (with the message
-- ids, each mapped back to the subscriber for its receipt), failed, or uncertain; or abandoned,
-- when the gateway did not take it (nothing was sent): the claim is undone, to be made again.
-- Only the claim of this SMS id may be ended, once; anything else changes nothing and returns 0.
-- KEYS[1] the SMS records hash of the subscriber's bucket, KEYS[2] the claims sorted set,
-- KEYS[3] the receipts hash, KEYS[4] counters, KEYS[5] the receipts that came before this record
-- (applied here: a segment's receipt can overtake the record of its submission)
-- ARGV[1] field, ARGV[2] SMS id, ARGV[3] now (ms), ARGV[4] instance id, ARGV[5] national,
-- ARGV[6] the result: submitted, failed, uncertain or abandoned, ARGV[7] its detail (message ids joined by
-- ',' for submitted; the reason otherwise)
local record = redis.call('HGET', KEYS[1], ARGV[1])
if not record then return 0 end
local state, id, claimed, call = string.match(record, '^([^|]*)|([^|]*)|([^|]*)|([^|]*)')
if state ~= 'claimed' or id ~= ARGV[2] then return 0 end
redis.call('ZREM', KEYS[2], ARGV[4] .. ':' .. ARGV[5])
if ARGV[6] == 'abandoned' then
  redis.call('HDEL', KEYS[1], ARGV[1])
  redis.call('HINCRBY', KEYS[4], 'sms-claimed', -1)
  return 1
end
local detail = ARGV[7]
if ARGV[6] == 'submitted' then
  local pending, final = {}, nil
  for messageId in string.gmatch(ARGV[7], '[^,]+') do
    local early = redis.call('HGET', KEYS[5], messageId)
    if early then
      redis.call('HDEL', KEYS[5], messageId)
      if early == 'expired' and not final then final = 'expired'
      elseif early ~= 'delivered' and not final then final = 'undelivered' end
    else
      pending[#pending + 1] = messageId
      redis.call('HSET', KEYS[3], messageId, ARGV[5]) -- its receipt will find the subscriber
    end
  end
  if not final and #pending == 0 then final = 'delivered' end
  redis.call('HINCRBY', KEYS[4], 'sms-submitted', 1)
  if final then
    redis.call('HSET', KEYS[1], ARGV[1], final .. '|' .. id .. '|' .. ARGV[3] .. '|' .. call .. '|receipts before the record')
    redis.call('HINCRBY', KEYS[4], 'sms-' .. final, 1)
    return 1
  end
  detail = #pending .. '|' .. ARGV[7]
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[6] .. '|' .. id .. '|' .. ARGV[3] .. '|' .. call .. '|' .. detail)
if ARGV[6] ~= 'submitted' then redis.call('HINCRBY', KEYS[4], 'sms-' .. ARGV[6], 1) end
return 1
