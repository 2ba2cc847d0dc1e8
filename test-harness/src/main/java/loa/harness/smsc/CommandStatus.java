package loa.harness.smsc;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/** The command_status values the simulator answers with, by their SMPP 3.4 names (§5.1.3). */
public final class CommandStatus {
    public static final int ESME_ROK = 0x00;
    public static final int ESME_RINVMSGLEN = 0x01;
    public static final int ESME_RINVCMDID = 0x03;
    public static final int ESME_RSYSERR = 0x08;
    public static final int ESME_RINVDSTADR = 0x0B;
    public static final int ESME_RBINDFAIL = 0x0D;
    public static final int ESME_RINVPASWD = 0x0E;
    public static final int ESME_RINVSYSID = 0x0F;
    public static final int ESME_RMSGQFUL = 0x14;
    public static final int ESME_RSUBMITFAIL = 0x45;
    public static final int ESME_RTHROTTLED = 0x58;
    public static final int ESME_RX_T_APPN = 0x64;
    public static final int ESME_RX_R_APPN = 0x66;

    /**
     * Not a wire value: the status of a submit read while the simulator was told to stop
     * answering. Its response is never sent.
     */
    public static final int UNANSWERED = -1;

    private static final Map<Integer, String> NAMES = namesOfConstants();

    private CommandStatus() {
    }

    /** {@code ESME_RTHROTTLED} for 0x58; the hex value for a status without a constant here. */
    public static String name(int status) {
        return NAMES.getOrDefault(status, String.format("0x%08X", status));
    }

    private static Map<Integer, String> namesOfConstants() {
        Map<Integer, String> names = new HashMap<>();
        for (Field field : CommandStatus.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                names.put(valueOf(field), field.getName());
            }
        }
        return Map.copyOf(names);
    }

    private static int valueOf(Field field) {
        try {
            return field.getInt(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
