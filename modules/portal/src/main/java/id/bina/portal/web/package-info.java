/**
 * The portal's Faces backing beans: login and logout, the language choice, the navigation per role and
 * the figures the landing pages show. The pages themselves are in META-INF/resources of this jar.
 */
package id.bina.portal.web;
