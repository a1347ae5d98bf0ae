/** HTTP conventions shared by every module: problem+json errors, ETags and paging. */
package id.bina.platform.rest;
