-- Demo data for the advisory board's recommendations (V11): four recommendations in different states —
-- accepted and implemented (open vote, fed the backlog item "Terminmanagement im Bürgeramt"), under
-- consideration (secret vote, fed "Barrierefreie Online-Dienste"), not adopted by the board, and a draft.
-- DEMO DATA: all contents are fictional; council document numbers are demo values.
-- Repeatable migration, applied only where portal.demo.enabled is true and after R__41; explicit primary
-- keys and INSERT IGNORE, so applying it again changes nothing.

INSERT IGNORE INTO board_recommendation (id, title, body, addressee, status, drafted_by, drafted_at, meeting_id, votes_yes, votes_no, votes_abstain, open_vote, voted_at, backlog_item_id) VALUES
    (1, 'Freie Termine im Bürgeramt tagesaktuell online freigeben', 'Der Beirat empfiehlt, abgesagte und kurzfristig frei werdende Termine des Bürgeramts sofort im Online-Terminportal freizugeben und eine Warteliste mit Benachrichtigung einzuführen. So entfällt das morgendliche Warten auf neue Termine, und Menschen mit dringenden Anliegen erhalten schneller einen Termin.', 'ADMINISTRATION', 'IMPLEMENTED', 9, '2025-08-25 10:00:00', 2, 8, 0, 1, TRUE, '2025-09-18 17:20:00', 17),
    (2, 'Barrierefreiheit als Kriterium der Priorisierung', 'Der Beirat empfiehlt, die Barrierefreiheit digitaler Angebote als eigenes Kriterium in die Bewertung der Vorhaben des Strategie-Backlogs aufzunehmen und bei jedem neuen Online-Dienst vor dem Start eine Prüfung nach BITV 2.0 vorzusehen.', 'COUNCIL', 'UNDER_CONSIDERATION', 10, '2026-02-28 10:00:00', 3, 7, 1, 0, FALSE, '2026-03-12 17:45:00', 21),
    (3, 'Schnittstellen der E-Akte für Dritte öffnen', 'Der Beirat möge empfehlen, die Schnittstellen der E-Akte für Fachverfahren externer Anbieter offenzulegen, damit Unternehmen eigene Anwendungen an die Verwaltung anbinden können.', 'ADMINISTRATION', 'NOT_ADOPTED', 3, '2025-09-01 10:00:00', 2, 3, 5, 1, FALSE, '2025-09-18 17:25:00', NULL),
    (4, 'Offene Daten zu Baustellen und Umleitungen in Echtzeit', 'Der Beirat empfiehlt, Baustellen, Sperrungen und Umleitungen als offene Daten in Echtzeit bereitzustellen, damit Navigations- und Mobilitätsdienste sie sofort berücksichtigen können.', 'ADMINISTRATION', 'DRAFT', 6, '2026-11-20 10:00:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- The open vote of recommendation 1: the nine members present at the 2nd meeting.
INSERT IGNORE INTO board_recommendation_vote (id, recommendation_id, member_id, vote) VALUES
    (1, 1, 1, 'YES'), (2, 1, 2, 'YES'), (3, 1, 4, 'YES'), (4, 1, 5, 'YES'), (5, 1, 6, 'ABSTAIN'),
    (6, 1, 8, 'YES'), (7, 1, 9, 'YES'), (8, 1, 11, 'YES'), (9, 1, 12, 'YES');

INSERT IGNORE INTO board_recommendation_step (id, recommendation_id, status, on_date, answered_by, note, recorded_at, recorded_by) VALUES
    (1, 1, 'SUBMITTED', '2025-09-18', NULL, NULL, '2025-09-18 17:20:00', 'board-chair'),
    (2, 1, 'UNDER_CONSIDERATION', '2025-10-15', 'Amt für Bürgerdienste', 'Das Amt prüft die technische Umsetzung mit dem Anbieter des Terminportals.', '2025-10-16 09:00:00', 'strategy-office'),
    (3, 1, 'ACCEPTED', '2025-12-04', 'Ausschuss für Digitalisierung (V/0412/2025)', 'Der Ausschuss stimmt der Empfehlung zu; Umsetzung im ersten Halbjahr 2026.', '2025-12-05 09:00:00', 'strategy-office'),
    (4, 1, 'IMPLEMENTED', '2026-06-30', 'Amt für Bürgerdienste', 'Frei werdende Termine erscheinen sofort online; die Warteliste benachrichtigt per E-Mail.', '2026-07-01 09:00:00', 'strategy-office'),
    (5, 2, 'SUBMITTED', '2026-03-12', NULL, NULL, '2026-03-12 17:45:00', 'board-chair'),
    (6, 2, 'UNDER_CONSIDERATION', '2026-04-20', 'Rat der Stadt, Ausschuss für Digitalisierung', 'Die Empfehlung ist zur Beratung im Ausschuss überwiesen.', '2026-04-21 09:00:00', 'strategy-office');

-- Recommendation 1 in Leichte Sprache (easy-to-read German). Only where none was written since.
UPDATE board_recommendation SET easy_text = 'Der Beirat hat einen Vorschlag für die Stadt.
Der Beirat ist eine Gruppe von Fach·leuten.
Sie geben der Stadt Rat.
Es geht um Dinge, die man mit Computer oder Handy erledigen kann.

Manche Menschen sagen ihren Termin im Bürger·amt ab.
Dann ist der Termin frei.
Der Beirat sagt: Andere Menschen sollen den freien Termin sofort im Internet sehen.
Dann können sie den Termin nehmen.

Es soll auch eine Warte·liste geben.
Auf der Warte·liste stehen Menschen, die einen Termin suchen.
Wird ein Termin frei, bekommen sie eine Nachricht.

So müssen Sie nicht jeden Morgen nach Terminen suchen.
Wer es eilig hat, bekommt schneller einen Termin.'
WHERE id = 1 AND easy_text IS NULL;

-- The agenda points under which recommendations 1 and 2 were voted (issue #25: OParl's Consultation names them).
UPDATE board_agenda_item SET recommendation_id = 1 WHERE id = 5 AND recommendation_id IS NULL;
UPDATE board_agenda_item SET recommendation_id = 2 WHERE id = 8 AND recommendation_id IS NULL;
