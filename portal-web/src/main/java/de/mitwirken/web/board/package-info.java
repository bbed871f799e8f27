/**
 * The board capability's pages: the beans, servlets and REST resource behind the views under webapp/board/ (calls,
 * applications and their assessment, meetings, members, recommendations).
 */
package de.mitwirken.web.board;
