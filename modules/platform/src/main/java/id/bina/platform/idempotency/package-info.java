/** The Idempotency-Key header: a retried write returns its first result instead of acting twice. */
package id.bina.platform.idempotency;
