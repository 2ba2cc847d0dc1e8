package loa.harness.voicebrowser.vxml;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Where an event is handled: the elements whose handlers are in scope, innermost first (item,
 * form, document); the counters it counts on and whose counter; and the frame handlers run in.
 */
record EventScope(List<Element> elements, EventCounters counters, Object owner, Frame frame) {
}
