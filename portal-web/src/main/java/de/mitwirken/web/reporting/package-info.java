/**
 * The reporting capability's pages: the beans and servlet behind the views under webapp/reporting/ (reports, their
 * drafts with the office's commentary, schedule and PDF).
 */
package de.mitwirken.web.reporting;
