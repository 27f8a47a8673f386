/**
 * Running several portal instances on one database: live changes cross instances over Redis pub/sub
 * ({@link org.psoportal.shared.cluster.RedisEventRelay}, only when configured), and scheduled work runs once across
 * instances (ShedLock). ADR 0006 says why these and not others.
 */
package org.psoportal.shared.cluster;
