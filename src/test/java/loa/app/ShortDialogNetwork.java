package loa.app;

import static java.time.Duration.ofMillis;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import loa.campaign.PhoneNumber;
import loa.campaign.SubscriberBatch;
import loa.harness.subscribers.Profile;
import loa.harness.subscribers.Subscribers;
import loa.harness.voicebrowser.VoiceBrowser;
import loa.harness.voicebrowser.vxml.VoiceXmlInterpreter;
import loa.store.RedisStore;

/**
 * The harness's subscribers and voice browser on 127.0.0.1, for end-to-end runs of the launcher
 * with {@link ShortPrompts} of {@link #PROMPT}: the default crowd, but answering within half a
 * second and pressing soon after the short instruction.
 */
final class ShortDialogNetwork implements AutoCloseable {
    static final Duration PROMPT = ofMillis(500);

    final Subscribers subscribers;
    final VoiceBrowser browser;

    ShortDialogNetwork(long seed, Clock clock) {
        Profile crowd = new Profile(Profile.DEFAULT.fates(), new Profile.Range(ofMillis(100), ofMillis(500)),
                Profile.DEFAULT.afterAnswer(), new Profile.Prompts(PROMPT, PROMPT, new Profile.Range(ofMillis(100), ofMillis(300))));
        subscribers = new Subscribers(seed, crowd, 0, clock);
        browser = new VoiceBrowser(new VoiceXmlInterpreter());
        subscribers.start();
        browser.start();
    }

    /** Queues {@code size} made-up numbers, spread over many buckets, for a first attempt in {@code campaignId}. */
    static List<PhoneNumber> queueAudience(RedisStore store, String campaignId, int size) {
        List<PhoneNumber> numbers = new ArrayList<>();
        SubscriberBatch batch = new SubscriberBatch(size);
        for (int i = 0; i < size; i++) {
            PhoneNumber number = new PhoneNumber(901_000_000 + i * 7919);
            numbers.add(number);
            batch.queue(number, 0);
        }
        store.audienceQueue(campaignId).apply(batch);
        return numbers;
    }

    @Override
    public void close() {
        browser.stop();
        subscribers.stop();
    }
}
