/**
 * The platform's published API, usable by every domain module: the caller and its roles, paging, the errors
 * that become problem+json, the audit trail, the outbox, the notification inbox and the organisation directory
 * (agency, unit, employee).
 * Sub-packages are the platform's internals.
 */
package id.bina.platform;
