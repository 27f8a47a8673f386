/**
 * Small in-process events between features: a feature that changes data publishes one after its transaction, and
 * read-only views listen. Publishing is fire-and-forget; nobody may rely on being told.
 */
package org.psoportal.shared.events;
