/**
 * The main class of the runnable bina.jar: embedded PostgreSQL (or DB_URL) plus Payara Micro in one JVM. Compiled
 * apart from the application (src/launcher/java, target/launcher-classes), so none of it ends up in ROOT.war.
 */
package id.bina.app.launcher;
