package loa.campaign;

/**
 * What operators (and the launcher itself) say a campaign should do now: run, pause, stop, and
 * the call limits that override the campaign file's while it runs. Kept outside any one process,
 * so every launcher of the campaign obeys the same word within a second.
 */
public interface CampaignControl {

    /** What the campaign should do now; a campaign nobody has touched is running with its file's limits. */
    ControlState read(String campaignId);

    /** An operator's word: run, pause or stop, with the reason shown beside it. */
    void set(String campaignId, ControlState.Status status, String reason);

    /**
     * Pauses a running campaign with {@code reason}; a paused or stopped one is left as it is
     * (an operator's pause is never overwritten). Returns whether it paused it.
     */
    boolean pauseIfRunning(String campaignId, String reason);

    /** Resumes the campaign if it is paused for a reason starting with {@code reasonPrefix}; returns whether it did. */
    boolean resumeIfPausedFor(String campaignId, String reasonPrefix);

    /** Overrides the file's new calls a second and channels while the campaign runs; null keeps the value in force. */
    void setLimits(String campaignId, Double callsPerSecond, Integer channels);
}
