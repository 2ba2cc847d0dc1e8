package loa.sms;

import java.util.Map;

/**
 * The command_status values of SMPP 3.4 §5.1.3 by name, and what the gateway does about each
 * when it answers a submit_sm: the one table where SMPP errors are sorted by what to do next.
 */
final class SmppErrors {
    /** What a refused submit_sm calls for. */
    enum Action {
        /** The SMSC is overloaded: slow the whole gateway down, then submit the same segment again. */
        SLOW_DOWN,
        /** A passing fault on the SMSC's side: submit the same segment again after a back-off. */
        RETRY,
        /** The message itself is wrong (address, content, account): submitting again cannot help. */
        GIVE_UP
    }

    static final int ESME_ROK = 0x00;
    static final int ESME_RINVBNDSTS = 0x04;
    static final int ESME_RSYSERR = 0x08;
    static final int ESME_RINVSRCADR = 0x0A;
    static final int ESME_RINVDSTADR = 0x0B;
    static final int ESME_RINVPASWD = 0x0E;
    static final int ESME_RINVSYSID = 0x0F;
    static final int ESME_RMSGQFUL = 0x14;
    static final int ESME_RSUBMITFAIL = 0x45;
    static final int ESME_RTHROTTLED = 0x58;
    static final int ESME_RX_T_APPN = 0x64;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(ESME_ROK, "ESME_ROK"),
            Map.entry(0x01, "ESME_RINVMSGLEN"),
            Map.entry(0x02, "ESME_RINVCMDLEN"),
            Map.entry(0x03, "ESME_RINVCMDID"),
            Map.entry(ESME_RINVBNDSTS, "ESME_RINVBNDSTS"),
            Map.entry(0x05, "ESME_RALYBND"),
            Map.entry(0x06, "ESME_RINVPRTFLG"),
            Map.entry(0x07, "ESME_RINVREGDLVFLG"),
            Map.entry(ESME_RSYSERR, "ESME_RSYSERR"),
            Map.entry(ESME_RINVSRCADR, "ESME_RINVSRCADR"),
            Map.entry(ESME_RINVDSTADR, "ESME_RINVDSTADR"),
            Map.entry(0x0C, "ESME_RINVMSGID"),
            Map.entry(0x0D, "ESME_RBINDFAIL"),
            Map.entry(ESME_RINVPASWD, "ESME_RINVPASWD"),
            Map.entry(ESME_RINVSYSID, "ESME_RINVSYSID"),
            Map.entry(0x11, "ESME_RCANCELFAIL"),
            Map.entry(0x13, "ESME_RREPLACEFAIL"),
            Map.entry(ESME_RMSGQFUL, "ESME_RMSGQFUL"),
            Map.entry(0x15, "ESME_RINVSERTYP"),
            Map.entry(0x33, "ESME_RINVNUMDESTS"),
            Map.entry(0x34, "ESME_RINVDLNAME"),
            Map.entry(0x40, "ESME_RINVDESTFLAG"),
            Map.entry(0x42, "ESME_RINVSUBREP"),
            Map.entry(0x43, "ESME_RINVESMCLASS"),
            Map.entry(0x44, "ESME_RCNTSUBDL"),
            Map.entry(ESME_RSUBMITFAIL, "ESME_RSUBMITFAIL"),
            Map.entry(0x48, "ESME_RINVSRCTON"),
            Map.entry(0x49, "ESME_RINVSRCNPI"),
            Map.entry(0x50, "ESME_RINVDSTTON"),
            Map.entry(0x51, "ESME_RINVDSTNPI"),
            Map.entry(0x53, "ESME_RINVSYSTYP"),
            Map.entry(0x54, "ESME_RINVREPFLAG"),
            Map.entry(0x55, "ESME_RINVNUMMSGS"),
            Map.entry(ESME_RTHROTTLED, "ESME_RTHROTTLED"),
            Map.entry(0x61, "ESME_RINVSCHED"),
            Map.entry(0x62, "ESME_RINVEXPIRY"),
            Map.entry(0x63, "ESME_RINVDFTMSGID"),
            Map.entry(ESME_RX_T_APPN, "ESME_RX_T_APPN"),
            Map.entry(0x65, "ESME_RX_P_APPN"),
            Map.entry(0x66, "ESME_RX_R_APPN"),
            Map.entry(0x67, "ESME_RQUERYFAIL"),
            Map.entry(0xC0, "ESME_RINVOPTPARSTREAM"),
            Map.entry(0xC1, "ESME_ROPTPARNOTALLWD"),
            Map.entry(0xC2, "ESME_RINVPARLEN"),
            Map.entry(0xC3, "ESME_RMISSINGOPTPARAM"),
            Map.entry(0xC4, "ESME_RINVOPTPARAMVAL"),
            Map.entry(0xFE, "ESME_RDELIVERYFAILURE"),
            Map.entry(0xFF, "ESME_RUNKNOWNERR"));

    private static final Map<Integer, Action> ACTIONS = Map.of(
            ESME_RTHROTTLED, Action.SLOW_DOWN,
            ESME_RMSGQFUL, Action.SLOW_DOWN,
            ESME_RSYSERR, Action.RETRY,
            ESME_RX_T_APPN, Action.RETRY,
            ESME_RSUBMITFAIL, Action.RETRY,
            // the SMSC lost track of the bind for a moment; if it keeps saying so, the tries run out
            ESME_RINVBNDSTS, Action.RETRY);

    private SmppErrors() {
    }

    /** {@code ESME_RINVDSTADR 0x0000000B}; a status outside the table (an SMSC vendor's own) by its value alone. */
    static String describe(int status) {
        String value = String.format("0x%08X", status);
        String name = NAMES.get(status);
        return name == null ? value : name + " " + value;
    }

    /**
     * Everything not known to be passing is final, vendor-specific codes (0x400-0x4FF) included: a
     * code the gateway does not understand is never a reason to send the same text again.
     */
    static Action actionFor(int status) {
        return ACTIONS.getOrDefault(status, Action.GIVE_UP);
    }
}
