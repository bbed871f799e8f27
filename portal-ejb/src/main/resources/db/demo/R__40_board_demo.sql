-- Demo data for the advisory board (V9): a closed call whose twelve seats are all filled, and an open call
-- for two further seats with two applications under review. Before them, a pilot call (2022–2025, id 3) whose
-- business seat Schneider Softwarehaus held: that person (profile 1101) has two listed terms, one OParl Person with
-- two Memberships. DEMO DATA: all persons, organisations and
-- texts are fictional. The open call's period is relative to the day the demo data is first applied, so
-- that it is open in a fresh demo.
-- Repeatable migration, applied only where portal.demo.enabled is true: explicit primary keys and
-- INSERT IGNORE, so applying it again changes nothing.

INSERT IGNORE INTO board_call (id, title, description, opens_on, closes_on, term_months, created_at, created_by) VALUES
    (1, 'Digitalisierungsbeirat 2025–2028', 'Die Stadt beruft einen Digitalisierungsbeirat, der die Digitalstrategie begleitet: Er berät das Strategiebüro, bewertet Vorhaben des Strategie-Backlogs und richtet Empfehlungen an Rat und Verwaltung. Gesucht sind Menschen aus Wirtschaft, Wissenschaft, Zivilgesellschaft und Verwaltung.', '2025-01-06', '2025-02-28', 36, '2025-01-03 09:00:00', 'strategy-office'),
    (3, 'Pilotphase Digitalisierungsbeirat 2022–2025', 'Für die Pilotphase der Digitalstrategie sucht die Stadt eine Vertretung der regionalen Wirtschaft im Beirat.', '2022-01-10', '2022-02-28', 36, '2022-01-05 09:00:00', 'strategy-office'),
    (2, 'Zwei weitere Sitze: Wissenschaft und Zivilgesellschaft', 'Der Rat hat den Beirat um einen Sitz für die Wissenschaft und einen für die Zivilgesellschaft erweitert. Wir freuen uns besonders über Bewerbungen mit Erfahrung in Barrierefreiheit, Datenschutz oder offenen Daten.', CURRENT_DATE - INTERVAL 14 DAY, CURRENT_DATE + INTERVAL 60 DAY, 24, '2026-11-01 09:00:00', 'strategy-office');

INSERT IGNORE INTO board_call_seat (id, call_id, constituency, seats, admitted) VALUES
    (1, 1, 'BUSINESS', 3, 3),
    (2, 1, 'SCIENCE', 3, 3),
    (3, 1, 'CIVIL_SOCIETY', 4, 4),
    (4, 1, 'ADMINISTRATION', 2, 2),
    (5, 2, 'BUSINESS', 0, 0),
    (6, 2, 'SCIENCE', 1, 0),
    (7, 2, 'CIVIL_SOCIETY', 1, 0),
    (8, 2, 'ADMINISTRATION', 0, 0),
    (9, 3, 'BUSINESS', 1, 1),
    (10, 3, 'SCIENCE', 0, 0),
    (11, 3, 'CIVIL_SOCIETY', 0, 0),
    (12, 3, 'ADMINISTRATION', 0, 0);

INSERT IGNORE INTO board_application (id, call_id, applicant_id, constituency, organisation, expertise, motivation, has_conflicts, conflict_details, public_listing, status, reason, submitted_at, decided_at, decided_by) VALUES
    (1, 1, 1004, 'CIVIL_SOCIETY', 'Bürgerverein Musterstadt-Nord e. V.', 'SOCIETY,ADMINISTRATION', 'Ich engagiere mich seit Jahren im Ehrenamt und möchte darauf achten, dass digitale Angebote der Stadt für alle Menschen nutzbar sind, auch für Ältere und Menschen mit Behinderung.', FALSE, NULL, TRUE, 'ADMITTED', NULL, '2025-01-11 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (2, 1, 1003, 'SCIENCE', 'Hochschule Musterstadt, Fachbereich Informatik', 'IT_COMMUNICATION,ADMINISTRATION', 'Unsere Forschung zu digitalen Infrastrukturen kann der Stadt helfen, Vorhaben wirksam zu priorisieren; wir möchten Wissen aus der Hochschule in die Strategie tragen.', FALSE, NULL, TRUE, 'ADMITTED', NULL, '2025-01-12 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (3, 1, 1101, 'BUSINESS', 'Schneider Softwarehaus GmbH', 'IT_COMMUNICATION', 'Als Unternehmen aus der Region möchten wir unsere Erfahrung mit digitalen Diensten einbringen und dazu beitragen, dass die Verwaltung für Betriebe einfacher erreichbar wird.', FALSE, NULL, TRUE, 'ADMITTED', NULL, '2025-01-13 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (4, 1, 1102, 'BUSINESS', 'IHK-Arbeitskreis Digitalisierung (Demo)', 'ADMINISTRATION,IT_COMMUNICATION', 'Als Unternehmen aus der Region möchten wir unsere Erfahrung mit digitalen Diensten einbringen und dazu beitragen, dass die Verwaltung für Betriebe einfacher erreichbar wird.', FALSE, NULL, TRUE, 'ADMITTED', NULL, '2025-01-14 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (5, 1, 1103, 'BUSINESS', 'Stadtwerke Musterstadt (Demo)', 'ENERGY_ENVIRONMENT,MOBILITY', 'Als Unternehmen aus der Region möchten wir unsere Erfahrung mit digitalen Diensten einbringen und dazu beitragen, dass die Verwaltung für Betriebe einfacher erreichbar wird.', FALSE, NULL, TRUE, 'ADMITTED', NULL, '2025-01-15 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (6, 1, 1104, 'SCIENCE', 'Universität Musterstadt, Institut für Verkehrsplanung', 'MOBILITY,ENERGY_ENVIRONMENT', 'Unsere Forschung zu digitalen Infrastrukturen kann der Stadt helfen, Vorhaben wirksam zu priorisieren; wir möchten Wissen aus der Hochschule in die Strategie tragen.', FALSE, NULL, TRUE, 'ADMITTED', NULL, '2025-01-16 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (7, 1, 1105, 'SCIENCE', 'Forschungszentrum Energiesysteme (Demo)', 'ENERGY_ENVIRONMENT', 'Unsere Forschung zu digitalen Infrastrukturen kann der Stadt helfen, Vorhaben wirksam zu priorisieren; wir möchten Wissen aus der Hochschule in die Strategie tragen.', FALSE, NULL, FALSE, 'ADMITTED', NULL, '2025-01-17 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (8, 1, 1106, 'CIVIL_SOCIETY', NULL, 'SOCIETY', 'Ich engagiere mich seit Jahren im Ehrenamt und möchte darauf achten, dass digitale Angebote der Stadt für alle Menschen nutzbar sind, auch für Ältere und Menschen mit Behinderung.', FALSE, NULL, TRUE, 'ADMITTED', NULL, '2025-01-18 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (9, 1, 1107, 'CIVIL_SOCIETY', 'Seniorenbeirat Musterstadt', 'SOCIETY,ADMINISTRATION', 'Ich engagiere mich seit Jahren im Ehrenamt und möchte darauf achten, dass digitale Angebote der Stadt für alle Menschen nutzbar sind, auch für Ältere und Menschen mit Behinderung.', FALSE, NULL, TRUE, 'ADMITTED', NULL, '2025-01-19 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (10, 1, 1108, 'CIVIL_SOCIETY', 'Verein Barrierefreies Musterstadt e. V.', 'SOCIETY,IT_COMMUNICATION', 'Ich engagiere mich seit Jahren im Ehrenamt und möchte darauf achten, dass digitale Angebote der Stadt für alle Menschen nutzbar sind, auch für Ältere und Menschen mit Behinderung.', FALSE, NULL, FALSE, 'ADMITTED', NULL, '2025-01-20 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (11, 1, 1109, 'ADMINISTRATION', 'Stadt Musterstadt, Hauptamt', 'ADMINISTRATION', 'Aus der Verwaltung bringe ich die Sicht derer ein, die digitale Verfahren täglich anwenden, und möchte Empfehlungen auf ihre Umsetzbarkeit prüfen.', FALSE, NULL, TRUE, 'ADMITTED', NULL, '2025-01-21 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (12, 1, 1110, 'ADMINISTRATION', 'Stadt Musterstadt, Amt für Mobilität', 'MOBILITY,ADMINISTRATION', 'Aus der Verwaltung bringe ich die Sicht derer ein, die digitale Verfahren täglich anwenden, und möchte Empfehlungen auf ihre Umsetzbarkeit prüfen.', FALSE, NULL, TRUE, 'ADMITTED', NULL, '2025-01-22 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (13, 1, 1111, 'BUSINESS', 'Meyer Consulting (Demo)', 'IT_COMMUNICATION', 'Als Unternehmen aus der Region möchten wir unsere Erfahrung mit digitalen Diensten einbringen und dazu beitragen, dass die Verwaltung für Betriebe einfacher erreichbar wird.', TRUE, 'Wir beraten die Stadt derzeit bei der Ausschreibung des Bürgerportals.', FALSE, 'REJECTED', 'Wegen des laufenden Beratungsauftrags zum Bürgerportal besteht ein Interessenkonflikt, den der Beirat nicht auflösen kann.', '2025-02-02 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (14, 1, 1112, 'SCIENCE', 'Institut für Datenwissenschaft (Demo)', 'IT_COMMUNICATION,MOBILITY', 'Unsere Forschung zu digitalen Infrastrukturen kann der Stadt helfen, Vorhaben wirksam zu priorisieren; wir möchten Wissen aus der Hochschule in die Strategie tragen.', FALSE, NULL, TRUE, 'REJECTED', 'Alle drei Sitze der Wissenschaft sind mit Bewerbungen besetzt worden, die früher eingegangen sind und breiter aufgestellt waren.', '2025-02-20 10:00:00', '2025-03-20 16:00:00', 'strategy-office'),
    (15, 2, 1113, 'CIVIL_SOCIETY', NULL, 'SOCIETY,IT_COMMUNICATION', 'Ich engagiere mich seit Jahren im Ehrenamt und möchte darauf achten, dass digitale Angebote der Stadt für alle Menschen nutzbar sind, auch für Ältere und Menschen mit Behinderung.', FALSE, NULL, TRUE, 'SHORTLISTED', NULL, '2026-11-18 19:30:00', '2026-11-24 09:00:00', 'board-chair'),
    (16, 2, 1114, 'CIVIL_SOCIETY', 'Freifunk Musterstadt e. V.', 'IT_COMMUNICATION', 'Ich engagiere mich seit Jahren im Ehrenamt und möchte darauf achten, dass digitale Angebote der Stadt für alle Menschen nutzbar sind, auch für Ältere und Menschen mit Behinderung.', FALSE, NULL, FALSE, 'SUBMITTED', NULL, '2026-11-22 08:15:00', NULL, NULL),
    (17, 3, 1101, 'BUSINESS', 'Schneider Softwarehaus GmbH', 'IT_COMMUNICATION', 'Als Unternehmen aus der Region möchten wir unsere Erfahrung mit digitalen Diensten einbringen und dazu beitragen, dass die Verwaltung für Betriebe einfacher erreichbar wird.', FALSE, NULL, TRUE, 'ADMITTED', NULL, '2022-01-13 10:00:00', '2022-03-20 16:00:00', 'strategy-office');

INSERT IGNORE INTO board_member (id, application_id, profile_id, constituency, organisation, expertise, public_listing, board_role, term_start, term_end, ceased_on, ceased_reason) VALUES
    (1, 1, 1004, 'CIVIL_SOCIETY', 'Bürgerverein Musterstadt-Nord e. V.', 'SOCIETY,ADMINISTRATION', TRUE, 'CHAIR', '2025-03-20', '2028-03-20', NULL, NULL),
    (2, 2, 1003, 'SCIENCE', 'Hochschule Musterstadt, Fachbereich Informatik', 'IT_COMMUNICATION,ADMINISTRATION', TRUE, 'DEPUTY_CHAIR', '2025-03-20', '2028-03-20', NULL, NULL),
    (3, 3, 1101, 'BUSINESS', 'Schneider Softwarehaus GmbH', 'IT_COMMUNICATION', TRUE, 'MEMBER', '2025-03-20', '2028-03-20', NULL, NULL),
    (4, 4, 1102, 'BUSINESS', 'IHK-Arbeitskreis Digitalisierung (Demo)', 'ADMINISTRATION,IT_COMMUNICATION', TRUE, 'MEMBER', '2025-03-20', '2028-03-20', NULL, NULL),
    (5, 5, 1103, 'BUSINESS', 'Stadtwerke Musterstadt (Demo)', 'ENERGY_ENVIRONMENT,MOBILITY', TRUE, 'MEMBER', '2025-03-20', '2028-03-20', NULL, NULL),
    (6, 6, 1104, 'SCIENCE', 'Universität Musterstadt, Institut für Verkehrsplanung', 'MOBILITY,ENERGY_ENVIRONMENT', TRUE, 'MEMBER', '2025-03-20', '2028-03-20', NULL, NULL),
    (7, 7, 1105, 'SCIENCE', 'Forschungszentrum Energiesysteme (Demo)', 'ENERGY_ENVIRONMENT', FALSE, 'MEMBER', '2025-03-20', '2028-03-20', NULL, NULL),
    (8, 8, 1106, 'CIVIL_SOCIETY', NULL, 'SOCIETY', TRUE, 'MEMBER', '2025-03-20', '2028-03-20', NULL, NULL),
    (9, 9, 1107, 'CIVIL_SOCIETY', 'Seniorenbeirat Musterstadt', 'SOCIETY,ADMINISTRATION', TRUE, 'MEMBER', '2025-03-20', '2028-03-20', NULL, NULL),
    (10, 10, 1108, 'CIVIL_SOCIETY', 'Verein Barrierefreies Musterstadt e. V.', 'SOCIETY,IT_COMMUNICATION', FALSE, 'MEMBER', '2025-03-20', '2028-03-20', NULL, NULL),
    (11, 11, 1109, 'ADMINISTRATION', 'Stadt Musterstadt, Hauptamt', 'ADMINISTRATION', TRUE, 'MEMBER', '2025-03-20', '2028-03-20', NULL, NULL),
    (12, 12, 1110, 'ADMINISTRATION', 'Stadt Musterstadt, Amt für Mobilität', 'MOBILITY,ADMINISTRATION', TRUE, 'MEMBER', '2025-03-20', '2028-03-20', NULL, NULL),
    (13, 17, 1101, 'BUSINESS', 'Schneider Softwarehaus GmbH', 'IT_COMMUNICATION', TRUE, 'MEMBER', '2022-03-20', '2025-03-20', NULL, NULL);
