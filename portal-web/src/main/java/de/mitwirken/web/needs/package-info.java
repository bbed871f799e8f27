/**
 * The needs capability's pages: the beans, servlets and REST resource behind the views under webapp/needs/
 * (submitting, reading and following needs, moderation, clusters, statistics, services).
 */
package de.mitwirken.web.needs;
