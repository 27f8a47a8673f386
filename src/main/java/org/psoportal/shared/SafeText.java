package org.psoportal.shared;

/**
 * Text that is written to a log line or an audit entry: one line, no control characters, capped. CR, LF, NEL,
 * U+2028/U+2029 and every other control character become '_', so a crafted value (a task title, an e-mail typed
 * at sign-in) cannot forge a second log line or a second audit entry.
 */
public final class SafeText {

    private SafeText() {}

    /** The value on one line, at most {@code max} characters (then cut and ended with "..."); null as "null". */
    public static String oneLine(String value, int max) {
        if (value == null) {
            return "null";
        }
        String capped = value.length() > max ? value.substring(0, Math.max(0, max - 3)) + "..." : value;
        StringBuilder out = new StringBuilder(capped.length());
        capped.codePoints()
                .forEach(c -> out.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? '_' : c));
        return out.toString();
    }

    /**
     * A single-line field (a title, topic, name, code) as it is stored: surrounding white space removed, and every
     * line break, tab or other control character inside (also NEL, U+2028, U+2029) replaced by '_', so it cannot
     * break one-line displays, e-mail subjects, CSV rows or log lines. Null stays null. Multi-line fields
     * (descriptions, notes, comments) keep their line breaks and do not call this.
     */
    public static String singleLine(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        stripped.codePoints().forEach(c -> out.appendCodePoint(breaksTheLine(c) ? '_' : c));
        return out.toString();
    }

    private static boolean breaksTheLine(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
    }
}
