package loa.harness.sip;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

/** What every call of one endpoint shares: the provider, the factories, its Contact, its thread pools. */
record SipContext(SipProvider provider, MessageFactory messages, HeaderFactory headers, AddressFactory addresses,
                  ContactHeader contact, Executor callPool, ScheduledExecutorService timers) {
}
