/** The organisation model every module shares: agency (instansi), unit tree, positions (jabatan), employees. */
package id.bina.platform.organisation;
