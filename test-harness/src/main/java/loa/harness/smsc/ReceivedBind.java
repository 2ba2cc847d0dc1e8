package loa.harness.smsc;

import org.jsmpp.bean.BindType;

/**
 * One bind as it arrived and how the simulator answered it.
 *
 * @param systemType    the system_type the ESME gave; empty when it gave none
 * @param commandStatus ESME_ROK, or why it was refused (ESME_RINVPASWD, ESME_RINVSYSID)
 */
public record ReceivedBind(String systemId, String systemType, BindType bindType, int commandStatus) {
    /** jSMPP reads an empty system_type as null. */
    public ReceivedBind {
        systemType = systemType == null ? "" : systemType;
    }

    public boolean accepted() {
        return commandStatus == CommandStatus.ESME_ROK;
    }

    /** The password stays out: a test that needs it knows it. */
    @Override
    public String toString() {
        return bindType + " as '" + systemId + "' system_type '" + systemType + "': " + CommandStatus.name(commandStatus);
    }
}
