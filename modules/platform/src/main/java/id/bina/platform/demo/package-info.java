/** The fictional demo agency loaded on the embedded default (or when BINA_DEMO_DATA=true). */
package id.bina.platform.demo;
