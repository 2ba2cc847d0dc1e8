package loa.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import loa.campaign.CampaignControl;
import loa.campaign.ControlState;
import loa.campaign.ControlState.Status;
import redis.clients.jedis.UnifiedJedis;

/** {@link CampaignControl} in one Redis hash per campaign ({@link RedisKeys#control()}). */
public final class RedisCampaignControl implements CampaignControl {
    private static final LuaScript CONTROL_IF = LuaScript.load("control-if.lua");

    private final UnifiedJedis redis;
    private final Clock clock;

    public RedisCampaignControl(UnifiedJedis redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public ControlState read(String campaignId) {
        Map<String, String> hash = redis.hgetAll(new RedisKeys(campaignId).control());
        if (hash.isEmpty()) return ControlState.UNTOUCHED;
        String since = hash.get("since");
        String rate = hash.get("calls-per-second");
        String channels = hash.get("channels");
        return new ControlState(Status.byLabel(hash.getOrDefault("status", Status.RUNNING.label())), hash.getOrDefault("reason", ""),
                since == null ? null : Instant.ofEpochMilli(Long.parseLong(since)),
                rate == null ? null : Double.valueOf(rate), channels == null ? null : Integer.valueOf(channels));
    }

    @Override
    public void set(String campaignId, Status status, String reason) {
        redis.hset(new RedisKeys(campaignId).control(), Map.of("status", status.label(), "reason", reason,
                "since", Long.toString(clock.millis())));
    }

    @Override
    public boolean pauseIfRunning(String campaignId, String reason) {
        return changeIf(campaignId, Status.RUNNING, "", Status.PAUSED, reason);
    }

    @Override
    public boolean resumeIfPausedFor(String campaignId, String reasonPrefix) {
        return changeIf(campaignId, Status.PAUSED, reasonPrefix, Status.RUNNING, "");
    }

    @Override
    public void setLimits(String campaignId, Double callsPerSecond, Integer channels) {
        Map<String, String> limits = new HashMap<>();
        if (callsPerSecond != null) limits.put("calls-per-second", callsPerSecond.toString());
        if (channels != null) limits.put("channels", channels.toString());
        if (!limits.isEmpty()) redis.hset(new RedisKeys(campaignId).control(), limits);
    }

    private boolean changeIf(String campaignId, Status expected, String reasonPrefix, Status next, String reason) {
        Object changed = CONTROL_IF.run(redis, List.of(bytes(new RedisKeys(campaignId).control())),
                List.of(bytes(expected.label()), bytes(reasonPrefix), bytes(next.label()), bytes(reason),
                        bytes(Long.toString(clock.millis()))));
        return ((Long) changed) == 1L;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
