/**
 * The conference capability's pages: the beans, servlets and REST resource behind the views under webapp/conference/
 * (programme, registration, tickets, door, the office's settings and exports).
 */
package de.mitwirken.web.conference;
