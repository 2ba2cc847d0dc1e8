-- Changes a campaign's control word only if it is what the caller expects, in one atomic step:
-- the launcher pausing a running campaign whose dialog broke must not overwrite an operator's
-- pause, nor may its resume lift one. A hash without a status is a running campaign.
-- KEYS[1] the control hash
-- ARGV[1] the status expected, ARGV[2] a prefix the reason must start with ("" for any),
-- ARGV[3] the new status, ARGV[4] the new reason, ARGV[5] now (ms). Returns 1 if it changed it.
local now = redis.call('HMGET', KEYS[1], 'status', 'reason')
local status, reason = now[1] or 'running', now[2] or ''
if status ~= ARGV[1] or string.sub(reason, 1, #ARGV[2]) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[3], 'reason', ARGV[4], 'since', ARGV[5])
return 1
