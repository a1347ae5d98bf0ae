/** The competency dictionary's entities: a competency and its revisions, each with five proficiency levels. */
package id.bina.competency.domain;
