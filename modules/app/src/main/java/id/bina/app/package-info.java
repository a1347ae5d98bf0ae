/** Assembles every module into one application: data source, JAX-RS root, OpenAPI. */
package id.bina.app;
