/**
 * Diagnostics that hold Bina's performance without timing anything: the SQL statements each request issues,
 * counted at the connection pool and shown in a response header when switched on (the statement-count gate).
 */
package id.bina.platform.diagnostics;
