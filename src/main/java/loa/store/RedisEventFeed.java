package loa.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import loa.campaign.EventFeed;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.params.XTrimParams;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamGroupInfo;
import redis.clients.jedis.resps.StreamPendingSummary;

/** The campaign's events stream ({@link RedisKeys#events()}) read through a Redis consumer group. */
public final class RedisEventFeed implements EventFeed {
    private final UnifiedJedis redis;
    private final String stream;
    private final Set<String> joined = ConcurrentHashMap.newKeySet();
    /** Per consumer: whether its own unacknowledged events have been read again since it started. */
    private final Set<String> caughtUp = ConcurrentHashMap.newKeySet();

    public RedisEventFeed(UnifiedJedis redis, String campaignId) {
        this.redis = redis;
        this.stream = new RedisKeys(campaignId).events();
    }

    @Override
    public List<Event> read(String group, String consumer, int max, Duration block) {
        join(group);
        if (!caughtUp.contains(consumer)) {
            List<Event> own = readGroup(group, consumer, max, null, new StreamEntryID(0, 0));
            if (!own.isEmpty()) return own;
            caughtUp.add(consumer);
        }
        return readGroup(group, consumer, max, block, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY);
    }

    @Override
    public void ack(String group, List<String> ids) {
        if (ids.isEmpty()) return;
        redis.xack(stream, group, ids.stream().map(StreamEntryID::new).toArray(StreamEntryID[]::new));
    }

    @Override
    public List<Event> takeOver(String group, String consumer, Duration idle, int max) {
        join(group);
        Map.Entry<StreamEntryID, List<StreamEntry>> claimed = redis.xautoclaim(stream, group, consumer, idle.toMillis(),
                new StreamEntryID(0, 0), new XAutoClaimParams().count(max));
        return events(claimed.getValue());
    }

    @Override
    public void trimHandled(String group) {
        join(group);
        StreamEntryID handled = redis.xinfoGroups(stream).stream().filter(g -> g.getName().equals(group))
                .map(StreamGroupInfo::getLastDeliveredId).findFirst().orElse(null);
        if (handled == null) return;
        StreamPendingSummary pending = redis.xpending(stream, group);
        if (pending.getTotal() > 0 && pending.getMinId().compareTo(handled) < 0) handled = pending.getMinId();
        redis.xtrim(stream, XTrimParams.xTrimParams().minId(handled.toString()).approximateTrimming());
    }

    private List<Event> readGroup(String group, String consumer, int max, Duration block, StreamEntryID from) {
        XReadGroupParams params = new XReadGroupParams().count(max);
        if (block != null) params.block((int) block.toMillis());
        List<Map.Entry<String, List<StreamEntry>>> read = redis.xreadGroup(group, consumer, params, Map.of(stream, from));
        if (read == null || read.isEmpty()) return List.of();
        return events(read.get(0).getValue());
    }

    private static List<Event> events(List<StreamEntry> entries) {
        List<Event> events = new ArrayList<>(entries.size());
        for (StreamEntry entry : entries) {
            Map<String, String> fields = entry.getFields();
            if (fields == null) continue; // deleted meanwhile
            events.add(new Event(entry.getID().toString(), fields.get("type"), fields.get("call"), fields.get("msisdn")));
        }
        return events;
    }

    private void join(String group) {
        if (joined.contains(group)) return;
        try {
            redis.xgroupCreate(stream, group, new StreamEntryID(0, 0), true);
        } catch (JedisDataException e) {
            if (!e.getMessage().startsWith("BUSYGROUP")) throw e; // it exists: another worker made it
        }
        joined.add(group);
    }
}
