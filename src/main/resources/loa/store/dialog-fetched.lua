-- A voice browser fetched a call's dialog: note the first fetch, return the call's number.
-- KEYS[1] the call hash; ARGV[1] now, in ms. Returns false for a call the campaign never placed.
local msisdn = redis.call('HGET', KEYS[1], 'msisdn')
if msisdn then redis.call('HSETNX', KEYS[1], 'fetched-at', ARGV[1]) end
return msisdn
