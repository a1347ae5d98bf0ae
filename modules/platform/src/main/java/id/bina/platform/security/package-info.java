/**
 * Authentication (HTTP Basic for API clients, a session for the portal) and the one access-control mechanism
 * every JAX-RS request passes through, deny by default.
 */
package id.bina.platform.security;
