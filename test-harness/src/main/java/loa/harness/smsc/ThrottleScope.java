package loa.harness.smsc;

/** What a throughput limit counts: the submits of each bind on its own, or of the whole server. */
public enum ThrottleScope {
    PER_BIND,
    SERVER
}
