/** Technical pieces of the training module: the certificate PDF. */
package id.bina.training.infrastructure;
