/**
 * The platform's own pages: the beans and servlets behind the views under webapp/platform/ (profile, my data,
 * consent, contact, accessibility feedback and the administration of mail, retention, feedback, audit and system
 * status).
 */
package de.mitwirken.web.platform;
