-- Claims up to ARGV[2] due subscribers in one atomic step, so no two launchers get the same one:
-- first those queued for a first attempt (state 1 -> 3), scanning the first-attempt bitmap from
-- the cursor and clearing a bucket's bit once it has nobody queued, then retries due by now
-- (state 4 -> 5). Nothing else is claimable, so a third attempt cannot happen.
-- Each claim is leased: ZADD leases expiry national.
-- KEYS[1] counters, KEYS[2] first-attempt bitmap, KEYS[3] cursor, KEYS[4] leases, KEYS[5] retries
-- ARGV[1] the bucket keys' prefix (the bucket keys share the campaign's hash tag, so its slot),
-- ARGV[2] max, ARGV[3] now (ms), ARGV[4] lease expiry (ms).
-- Returns {national, attempt, national, attempt, ...}.
local QUEUED, CALLING_FIRST, RETRY_DUE, CALLING_RETRY = 1, 3, 4, 5
local max = tonumber(ARGV[2])
local out, firsts, retries = {}, 0, 0

local function lease(national, attempt)
  redis.call('ZADD', KEYS[4], ARGV[4], national)
  out[#out + 1] = national
  out[#out + 1] = attempt
end

-- The first bucket at or after bit `from` with its bit set, or -1. BITPOS counts in bytes before
-- Redis 7 (its BIT mode is new there), so the rest of the first byte is read bit by bit.
local function nextBucket(from)
  local byte = math.floor(from / 8)
  for bit = from, byte * 8 + 7 do
    if redis.call('GETBIT', KEYS[2], bit) == 1 then return bit end
  end
  return redis.call('BITPOS', KEYS[2], 1, byte + 1)
end

local cursor = tonumber(redis.call('GET', KEYS[3]) or '0')
local wrapped = cursor == 0
while firsts < max do
  local bucket = nextBucket(cursor)
  if bucket < 0 then
    if wrapped then break end
    cursor, wrapped = 0, true
  else
    local key = ARGV[1] .. bucket
    local fields = redis.call('HGETALL', key)
    local left = 0
    for i = 1, #fields, 2 do
      local code = tonumber(fields[i + 1])
      if code % 16 == QUEUED then
        if firsts < max then
          redis.call('HSET', key, fields[i], code - QUEUED + CALLING_FIRST)
          lease(bucket * 100 + tonumber(fields[i]), 1)
          firsts = firsts + 1
        else
          left = left + 1
        end
      end
    end
    if left == 0 then
      redis.call('SETBIT', KEYS[2], bucket, 0)
      cursor = bucket + 1
    else
      cursor = bucket
    end
  end
end
redis.call('SET', KEYS[3], cursor)

if firsts < max then
  local due = redis.call('ZRANGEBYSCORE', KEYS[5], '-inf', ARGV[3], 'LIMIT', 0, max - firsts)
  for _, member in ipairs(due) do
    local national = tonumber(member)
    local key = ARGV[1] .. math.floor(national / 100)
    local field = national % 100
    local code = tonumber(redis.call('HGET', key, field) or '0')
    redis.call('ZREM', KEYS[5], member)
    if code % 16 == RETRY_DUE then
      redis.call('HSET', key, field, code - RETRY_DUE + CALLING_RETRY)
      lease(national, 2)
      retries = retries + 1
    end
  end
end

if firsts > 0 then redis.call('HINCRBY', KEYS[1], 'first-pending', -firsts) end
if retries > 0 then redis.call('HINCRBY', KEYS[1], 'retry-pending', -retries) end
if firsts + retries > 0 then redis.call('HINCRBY', KEYS[1], 'calling', firsts + retries) end
return out
