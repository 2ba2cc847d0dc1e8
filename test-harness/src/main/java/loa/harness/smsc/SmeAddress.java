package loa.harness.smsc;

import loa.campaign.PhoneNumber;

/** An SMPP address with its type of number and numbering plan (SMPP 3.4 §5.2.5, §5.2.6). */
public record SmeAddress(String address, int ton, int npi) {
    /** TON 1, NPI 1: an E.164 number such as 84912345678. */
    public static final int TON_INTERNATIONAL = 1;
    /** TON 5: a sender name such as MOBIFONE.AI. */
    public static final int TON_ALPHANUMERIC = 5;
    public static final int NPI_UNKNOWN = 0;
    public static final int NPI_ISDN = 1;

    public SmeAddress {
        address = address == null ? "" : address;
    }

    /** Masked as phone numbers are in every log line; sender names are not numbers and show as is. */
    @Override
    public String toString() {
        String shown = ton == TON_ALPHANUMERIC ? address : PhoneNumber.mask(address);
        return shown + " (TON " + ton + ", NPI " + npi + ")";
    }
}
