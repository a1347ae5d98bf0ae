/** MicroProfile Health checks: ready only when the database answers and is migrated. */
package id.bina.platform.health;
