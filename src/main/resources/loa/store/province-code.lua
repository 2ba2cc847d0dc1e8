-- The code of a province name, made on first sight: 1, 2, 3… in the order they were first met.
-- KEYS[1] the provinces hash, ARGV[1] the name.
local code = redis.call('HGET', KEYS[1], ARGV[1])
if code then return tonumber(code) end
code = redis.call('HLEN', KEYS[1]) + 1
redis.call('HSET', KEYS[1], ARGV[1], code)
return code
