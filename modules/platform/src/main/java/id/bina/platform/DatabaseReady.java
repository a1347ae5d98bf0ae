package id.bina.platform;

/**
 * Fired once at start-up, synchronously, after every schema is migrated (and the demo agency loaded, when
 * asked): the moment modules may bring derived data up to date. Observers run without a transaction.
 */
public record DatabaseReady() {}
