/** Schema migrations: each module owns a PostgreSQL schema of its name and the Flyway scripts that build it. */
package id.bina.platform.persistence;
