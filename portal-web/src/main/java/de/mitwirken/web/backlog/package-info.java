/**
 * The backlog capability's pages: the beans, servlets and REST resources behind the views under webapp/backlog/
 * (items, roadmap, plan, KPIs, weights, synergies and the office's management).
 */
package de.mitwirken.web.backlog;
