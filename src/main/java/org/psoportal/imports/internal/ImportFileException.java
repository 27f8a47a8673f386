package org.psoportal.imports.internal;

import org.psoportal.shared.UserMessageException;

/** A file that cannot be imported at all (not UTF-8, not a table, unknown columns, too large): nothing is imported. */
public class ImportFileException extends UserMessageException {

    public ImportFileException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
