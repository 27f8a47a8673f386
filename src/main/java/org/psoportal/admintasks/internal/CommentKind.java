package org.psoportal.admintasks.internal;

/** What a task's comment is: a plain comment, an administrator's question to the requester, or the answer. */
public enum CommentKind {
    COMMENT,
    QUESTION,
    ANSWER
}
