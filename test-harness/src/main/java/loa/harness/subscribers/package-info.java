/**
 * The simulated subscribers behind the operator's trunk: {@link loa.harness.subscribers.Subscribers}
 * answers for any number, each behaving as a seeded {@link loa.harness.subscribers.Profile} says or as
 * a test scripts it ({@link loa.harness.subscribers.SubscriberScript}), and records every call
 * ({@link loa.harness.subscribers.CallRecord}).
 */
package loa.harness.subscribers;
