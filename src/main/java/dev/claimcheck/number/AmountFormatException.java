package dev.claimcheck.number;

/** An amount written in a form claimcheck does not read. */
public class AmountFormatException extends IllegalArgumentException {
    public AmountFormatException(String text, String why) {
        super("cannot read amount \"" + text + "\": " + why);
    }
}
