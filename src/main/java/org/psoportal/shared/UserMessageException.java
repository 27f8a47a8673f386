package org.psoportal.shared;

/**
 * A refusal the user should read: carries a translation key (and its arguments) instead of a technical message,
 * so every view shows the same clear, translated text.
 */
public class UserMessageException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public UserMessageException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
