/** The transactional outbox: storage of events with the business change, and their delivery after commit. */
package id.bina.platform.outbox;
