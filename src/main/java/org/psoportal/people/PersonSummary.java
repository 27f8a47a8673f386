package org.psoportal.people;

/** What other features need to show a person: id, name and e-mail. */
public record PersonSummary(long id, String fullName, String email) {

    /** "Ada Lovelace" becomes "AL"; used on board cards and calendar blocks. */
    public String initials() {
        StringBuilder sb = new StringBuilder();
        for (String part : fullName.trim().split("\\s+")) {
            if (!part.isEmpty() && sb.length() < 2) {
                sb.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return sb.toString();
    }
}
