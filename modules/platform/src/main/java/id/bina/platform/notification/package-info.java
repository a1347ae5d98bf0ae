/** The in-app inbox: storage of notifications and the recipient's REST API (/notifications). */
package id.bina.platform.notification;
