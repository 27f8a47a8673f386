package org.psoportal.admintasks.internal;

/** A file to send to the browser. */
public record AttachmentContent(String fileName, String contentType, byte[] data) {}
