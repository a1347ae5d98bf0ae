/** The audit trail's storage and its read API for HR managers. */
package id.bina.platform.audit;
