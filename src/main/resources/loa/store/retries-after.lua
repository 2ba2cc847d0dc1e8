-- One page of a campaign's due retries, earliest first, after the last one the reader saw. Read
-- only. Many retries share a due time (the start of a window), and Redis orders those by member,
-- so the reader's place is the pair (due, member): found again by counting, never by a rank
-- remembered from the page before, which launchers' claims would have shifted. Members are
-- national numbers, all nine digits, so comparing them as strings is Redis' order.
-- KEYS[1] retries
-- ARGV[1] page size, ARGV[2] the last due read (ms) or '' from the start, ARGV[3] the last member read
-- Returns member, due, member, due, ...
local size = tonumber(ARGV[1])
local start = 0
if ARGV[2] ~= '' then
  local low = redis.call('ZCOUNT', KEYS[1], '-inf', '(' .. ARGV[2])
  local high = low + redis.call('ZCOUNT', KEYS[1], ARGV[2], ARGV[2])
  -- among those due at the same moment, the first member after the last one read
  while low < high do
    local middle = math.floor((low + high) / 2)
    if redis.call('ZRANGE', KEYS[1], middle, middle)[1] <= ARGV[3] then low = middle + 1 else high = middle end
  end
  start = low
end
return redis.call('ZRANGE', KEYS[1], start, start + size - 1, 'WITHSCORES')
