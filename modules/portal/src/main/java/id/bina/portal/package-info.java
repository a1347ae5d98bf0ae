/** The portal: Jakarta Faces pages per role, using the modules' published services. */
package id.bina.portal;
