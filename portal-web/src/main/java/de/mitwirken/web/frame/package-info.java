/**
 * The page frame every capability's pages stand in: the request pipeline (filters, sign-in and sign-out, CSRF, front
 * door and readiness, view handler, error dispatch, language, REST application) and the helpers all pages share
 * (messages, current user, formatting, safe text, URL parameters, CSV); it knows no capability's pages.
 */
package de.mitwirken.web.frame;
