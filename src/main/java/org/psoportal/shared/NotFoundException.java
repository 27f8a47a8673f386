package org.psoportal.shared;

/**
 * Something looked up by id is not there: deleted meanwhile, or never visible to this caller. Users read one
 * message for every kind of thing, which also tells an outsider nothing about which ids exist; the log and the
 * technical message name what was asked for.
 */
public class NotFoundException extends UserMessageException {

    public static final String MESSAGE_KEY = "error.notFound";

    private final String what;
    private final transient Object id;

    public NotFoundException(String what, Object id) {
        super(MESSAGE_KEY);
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }

    @Override
    public String getMessage() {
        return "Not found: " + what + " " + id;
    }
}
