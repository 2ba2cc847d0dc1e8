package loa.campaign;

import java.util.Optional;

/**
 * Asks the peers calls depend on (the operator's trunk, the voice browser) whether they are up,
 * the way their protocol does (SIP OPTIONS). Implementations are named after their technology.
 */
public interface PeerCheck {

    /**
     * Empty when every peer answered in time and said it can take calls; else, in one line an
     * operator can act on, which did not ("voice browser sip:10.0.0.5:5060: no answer to OPTIONS
     * within 2 s"). Blocks for at most a few seconds; never throws.
     */
    Optional<String> problem();
}
