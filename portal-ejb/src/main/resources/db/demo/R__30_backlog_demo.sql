-- Demo data for the "backlog" capability of Mitwirken (Stadt Musterstadt): the strategy backlog
-- (Vorhaben) of the digitalisation strategy with assessments, milestones, linked needs, clusters and
-- services, typed links between items with two goal conflicts (one decided by the council, one open),
-- one manual rank, and the KPIs of the five success factors with their measurements.
-- DEMO DATA: all items, departments' plans, KPI values, council decisions and document numbers are
-- fictional demo values, estimated and not official.
-- Repeatable migration, applied after R__20_needs_demo.sql and only where portal.demo.enabled is true:
-- every row has an explicit primary key and is written with INSERT IGNORE, so applying the file again
-- changes nothing. Needs, clusters, services and the account strategy-office come from R__20.
-- Not written here, on purpose: scores and computed ranks (item_rank, score, score_normalised,
-- weight_set_id, scored_at stay empty until the strategy office presses "Rangfolge neu berechnen"; the
-- default weights are saved as the first weight set then), the stored supporter counts
-- (backlog_item_supporters, counted by the application for items that have none) and audit entries.

-- Backlog items. Status follows the lifecycle PROPOSED → ASSESSED → PRIORITISED → IN_PROGRESS → DONE
-- (or DROPPED with a reason); every item from ASSESSED on has effort, confidence and an impact (rating
-- or affected services). Effort in person-months; done items have progress 100.
-- Item 25 came in in June and nobody has touched it since: the office's dashboard lists it as quiet.

INSERT IGNORE INTO backlog_item (id, title, description, owner_department, horizon, status, drop_reason, start_date, end_date, progress, impact_rating, confidence, board_confidence, effort, score, score_normalised, item_rank, manual_rank, weight_set_id, scored_at, created_at, created_by, version) VALUES
    (1, 'Elektronische Akte (E-Akte) in der gesamten Stadtverwaltung', 'Alle Ämter führen ihre Vorgänge künftig in einer gemeinsamen elektronischen Akte statt in Papierakten. Die E-Akte ist Voraussetzung für medienbruchfreie Online-Dienste: Anträge, die online eingehen, werden ohne Ausdruck bearbeitet, abgestimmt und revisionssicher archiviert. Der Rollout erfolgt Amt für Amt; Außendienste erhalten mobilen Zugriff.', 'Amt für Digitalisierung und IT / Personal- und Organisationsamt', 'LONG_2030', 'IN_PROGRESS', NULL, '2022-01-01', '2030-12-31', 28, 5, 60, 45, 240.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-14 09:12:00', 'strategy-office', 7),
    (2, 'Digitalakademie: Digitalkompetenz für alle Beschäftigten', 'Die Digitalakademie qualifiziert die Beschäftigten der Stadtverwaltung: ein verpflichtendes Grundmodul Digitalkompetenz, Aufbaumodule zu Prozessdigitalisierung, Informationssicherheit und Datenkompetenz sowie ein Netz von Digitallotsinnen und Digitallotsen in allen Ämtern. Neue Verfahren sollen nicht an fehlender Übung scheitern.', 'Personal- und Organisationsamt', 'LONG_2030', 'IN_PROGRESS', NULL, '2022-09-01', '2029-12-31', 55, 4, 80, NULL, 36.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-14 09:31:00', 'strategy-office', 6),
    (3, 'Mobiles Arbeiten: Notebooks, sicherer Fernzugang und Kollaborationsplattform', 'Alle Büroarbeitsplätze werden mit Notebooks ausgestattet, der Fernzugang läuft über VPN mit Zwei-Faktor-Anmeldung, und eine im kommunalen Rechenzentrum betriebene Kollaborationsplattform bietet Videokonferenzen und gemeinsame Dokumente. Die Verwaltung kann so ortsunabhängig arbeiten und bleibt auch in Krisenlagen handlungsfähig.', 'Amt für Digitalisierung und IT', 'SHORT_2025', 'DONE', NULL, '2021-09-01', '2024-12-31', 100, 3, 90, NULL, 54.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-14 09:48:00', 'strategy-office', 6),
    (4, 'Beteiligungsplattform Mitwirken', 'Eine Plattform, auf der Bürgerinnen und Bürger, Unternehmen, Wissenschaft und Zivilgesellschaft Bedarfe an digitale Dienste der Stadt einreichen, unterstützen und kommentieren. Die Stabsstelle Digitalisierung fasst ähnliche Anliegen zusammen, macht daraus Vorhaben und veröffentlicht nachvollziehbar, was aus jedem Anliegen wird.', 'Stabsstelle Digitalisierung', 'SHORT_2025', 'DONE', NULL, '2025-03-01', '2026-03-02', 100, 4, 85, NULL, 14.5, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-14 10:05:00', 'strategy-office', 5),
    (5, 'Open-Data-Portal: Haushalts-, Energie- und Umweltdaten offen bereitstellen', 'Die Stadt veröffentlicht ihre Daten maschinenlesbar, unter offener Lizenz und mit Schnittstellen im Open-Data-Portal: Haushaltsplan und Jahresabschluss, Verbrauchsdaten städtischer Gebäude, Messwerte der Luft- und Lärmmessstationen sowie Geodaten. Jeder Datensatz hat eine verantwortliche Stelle und einen festen Aktualisierungsrhythmus.', 'Statistikstelle / Amt für Digitalisierung und IT', 'LONG_2030', 'IN_PROGRESS', NULL, '2023-05-01', '2027-12-31', 45, 3, 85, NULL, 18.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-14 10:22:00', 'strategy-office', 6),
    (6, 'Gigabit-Infrastruktur: Glasfaserausbau und 5G-Standortkonzept', 'Die Stadt koordiniert den Glasfaserausbau der Netzbetreiber, beantragt Fördermittel für unterversorgte Gebiete, verlegt bei eigenen Tiefbaumaßnahmen Leerrohre mit und stellt städtische Standorte wie Straßenlaternen für 5G-Kleinzellen bereit. Schulen, Verwaltungsgebäude und Gewerbegebiete werden vorrangig angebunden.', 'Wirtschaftsförderung (Breitbandkoordination)', 'LONG_2030', 'IN_PROGRESS', NULL, '2022-01-01', '2030-12-31', 50, 5, 70, NULL, 24.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-14 10:40:00', 'strategy-office', 5),
    (7, 'Online-Bezahlung (ePayment) für alle gebührenpflichtigen Online-Dienste', 'Gebühren werden dort bezahlt, wo der Antrag gestellt wird: per Kreditkarte, Lastschrift oder einem anderen gängigen Verfahren über die Zahlungsverkehrsplattform des Landes. Damit entfallen der zweite Behördengang zur Stadtkasse und das Ausdrucken von Online-Anträgen. Die Zahlungen werden automatisch im Finanzverfahren der Kämmerei gebucht.', 'Kämmerei / Amt für Digitalisierung und IT', 'SHORT_2025', 'IN_PROGRESS', NULL, '2025-01-01', '2027-03-31', 55, NULL, 85, NULL, 10.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-15 08:55:00', 'strategy-office', 6),
    (8, 'Benachrichtigung bei Abholbereitschaft von Ausweis und Reisepass', 'Bei der Beantragung von Personalausweis und Reisepass kann man angeben, ob man per E-Mail oder SMS benachrichtigt werden möchte, sobald das Dokument abholbereit ist. Das erspart vergebliche Wege und Nachfragen im Bürgeramt.', 'Bürgeramt', 'SHORT_2025', 'DONE', NULL, '2026-03-01', '2026-09-01', 100, NULL, 95, NULL, 1.5, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-15 09:20:00', 'strategy-office', 5),
    (9, 'Online-Bestellung von Geburts-, Ehe- und Sterbeurkunden', 'Personenstandsurkunden werden online bestellt, direkt bezahlt und per Post zugestellt. Die Identifizierung erfolgt über die Online-Ausweisfunktion oder die BundID. Die Geburtsanzeige übermitteln die Kliniken bereits elektronisch. Start der Online-Bestellung ist der 1. Dezember 2026.', 'Standesamt', 'SHORT_2025', 'IN_PROGRESS', NULL, '2026-02-01', '2026-12-01', 90, NULL, 95, NULL, 3.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-15 09:41:00', 'strategy-office', 6),
    (10, 'Zentrales Kita-Portal für Vormerkung und Platzvergabe', 'Eltern merken ihr Kind in einem Portal für alle städtischen Kitas und die meisten freien Träger vor, sehen den Stand ihrer Vormerkungen und erhalten Zusagen digital. Die Vergabekriterien werden veröffentlicht; ein Beitragsrechner zeigt die voraussichtlichen Elternbeiträge. Die Mittel sind im Haushalt 2027 bereitgestellt.', 'Jugendamt', 'LONG_2030', 'IN_PROGRESS', NULL, '2026-04-01', '2027-08-31', 30, 4, 75, NULL, 20.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-15 10:03:00', 'strategy-office', 5);

INSERT IGNORE INTO backlog_item (id, title, description, owner_department, horizon, status, drop_reason, start_date, end_date, progress, impact_rating, confidence, board_confidence, effort, score, score_normalised, item_rank, manual_rank, weight_set_id, scored_at, created_at, created_by, version) VALUES
    (11, 'Digitale Schulanmeldung und automatische Schülerfahrkarte', 'Die Anmeldung an weiterführenden Schulen wird online vorbereitet, Halbjahreszeugnisse werden hochgeladen, und die Schülerfahrkarte wird gleich mit beantragt. Solange sich Wohnort und Schule nicht ändern, verlängert sich die Fahrkarte automatisch zum neuen Schuljahr.', 'Schulamt', 'LONG_2030', 'PRIORITISED', NULL, '2027-01-01', '2028-02-29', 0, NULL, 70, NULL, 12.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-15 10:26:00', 'strategy-office', 3),
    (12, 'Mängelmelder mobil: Schäden an Straßen, Laternen und Spielplätzen melden', 'Der bestehende Mängelmelder wird mobil nutzbar: Meldungen mit Foto und automatischem Standort, eine Karte mit den offenen Meldungen und eine Nachricht an die meldende Person, sobald der Schaden behoben ist. Meldungen zur Straßenbeleuchtung gehen direkt an die Stadtwerke, Schäden an Spielplätzen an das Amt für Grünflächen und Umwelt.', 'Tiefbauamt', 'SHORT_2025', 'IN_PROGRESS', NULL, '2026-06-01', '2027-03-31', 70, 3, 90, NULL, 4.5, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-16 08:47:00', 'strategy-office', 6),
    (13, 'Kommunale Wärmeplanung digital: Karte der Wärmenetzgebiete und Solarkataster', 'Die Ergebnisse der kommunalen Wärmeplanung werden als interaktive Karte und als offene Geodaten veröffentlicht: Für jeden Straßenzug ist erkennbar, ob ein Wärmenetz geplant ist oder eine dezentrale Lösung empfohlen wird. Das Solarkataster wird aktualisiert und mit den Förderprogrammen von Stadt, Land und Bund verknüpft.', 'Amt für Klimaschutz und Umwelt', 'LONG_2030', 'IN_PROGRESS', NULL, '2025-10-01', '2027-06-30', 40, 4, 70, NULL, 7.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-16 09:30:00', 'strategy-office', 5),
    (14, 'Energiemonitoring städtischer Gebäude mit Fernauslesung', 'Strom-, Wärme- und Wasserzähler in Schulen, Sporthallen, Bädern und Verwaltungsgebäuden werden fernausgelesen und in einer Energiemanagementsoftware zusammengeführt. Auffällige Verbräuche fallen so binnen Tagen statt erst mit der Jahresabrechnung auf; die Monatswerte je Gebäude werden als offene Daten veröffentlicht. Ein Pilot in zwölf Schulen läuft seit 2024.', 'Gebäudemanagement', 'LONG_2030', 'PRIORITISED', NULL, '2027-01-01', '2028-12-31', 0, 4, 75, NULL, 30.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-16 10:12:00', 'strategy-office', 3),
    (15, 'Bürgeramt 2030: Bündelung auf drei Standorte und Ausbau der Online-Dienste', 'Vorschlag der Verwaltung: Die sechs Bürgeramtsstandorte werden bis 2029 auf drei gut erreichbare Standorte mit längeren Öffnungszeiten gebündelt. Die frei werdenden Stellen werden für die Bearbeitung von Online-Anträgen und für ein telefonisches Servicecenter eingesetzt.', 'Bürgeramt / Personal- und Organisationsamt', 'LONG_2030', 'DROPPED', 'Der Rat hat am 12.11.2026 entschieden (Vorlage V/0412/2026), alle sechs Bürgeramtsstandorte mindestens bis Ende 2028 zu erhalten. Die Bündelung wird daher nicht weiterverfolgt. Die Online-Dienste werden über die übrigen Vorhaben ausgebaut, für Menschen ohne Internetzugang kommt das mobile Bürgeramt. Nach der Evaluation 2028 kann ein neues Vorhaben vorgeschlagen werden.', '2027-01-01', '2029-12-31', 0, NULL, 50, NULL, 26.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-16 11:05:00', 'strategy-office', 3),
    (16, 'Mobiles Bürgeramt für Stadtteile, Pflegeeinrichtungen und Hochschule', 'Ein mobiles Team mit Erfassungskoffern bietet Personalausweis, Reisepass und Meldeangelegenheiten an festen Sprechtagen in Stadtteilbüros, in Pflegeeinrichtungen und zu Semesterbeginn auf dem Campus an. Das hilft Menschen, die das Online-Terminportal nicht nutzen können oder nicht mobil sind, und entlastet die Standorte zu Spitzenzeiten.', 'Bürgeramt', 'LONG_2030', 'PRIORITISED', NULL, '2027-02-01', '2027-12-31', 0, 3, 80, NULL, 8.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-16 11:20:00', 'strategy-office', 4),
    (17, 'Terminmanagement im Bürgeramt: Warteliste, Notfalltermine und telefonisches Kontingent', 'Aus der Sammlung »Online-Termine im Bürgeramt«: Termine werden über den Tag verteilt freigeschaltet, eine Warteliste benachrichtigt per E-Mail, sobald ein passender Termin frei wird, täglich gibt es ein Kontingent an Notfallterminen, und ein Teil der Termine ist für die telefonische Buchung durch Menschen ohne Internetzugang reserviert.', 'Bürgeramt', 'SHORT_2025', 'IN_PROGRESS', NULL, '2026-10-15', '2027-09-30', 30, NULL, 80, NULL, 9.5, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-07 08:40:00', 'strategy-office', 6),
    (18, 'Digitaler Bauantrag über das Bauportal des Landes', 'Aus der Sammlung »Digitale Baugenehmigung«: Bauanträge, Bauvoranfragen und verwandte Verfahren werden vollständig digital über das Bauportal des Landes eingereicht, mit Plänen als PDF, einem Postfach für Nachforderungen und einer Anzeige des Bearbeitungsstands. Die Fachämter werden digital beteiligt, der Papierversand in mehrfacher Ausfertigung entfällt. Das Bauportal des Landes steht bereit; die Stadt schließt sich an, sobald ihr Fachverfahren die Schnittstelle unterstützt.', 'Bauordnungsamt', 'SHORT_2025', 'IN_PROGRESS', NULL, '2026-04-01', '2027-12-31', 20, NULL, 70, 60, 48.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-09 09:05:00', 'strategy-office', 7),
    (19, 'Digitale Bewohner- und Ausnahmeparkausweise', 'Aus der Sammlung »Mobilitätsdaten und Parken«: Bewohner- und Ausnahmeparkausweise werden online beantragt, verlängert und bezahlt und digital am Kennzeichen geführt; der Papierausweis hinter der Windschutzscheibe entfällt. Pflegedienste und Betriebe stellen Sammelanträge. Kontrolliert werden soll mit Scan-Fahrzeugen, die Kennzeichen mit den erteilten Berechtigungen abgleichen.', 'Straßenverkehrsamt', 'LONG_2030', 'PRIORITISED', NULL, '2027-01-01', '2028-06-30', 0, NULL, 60, NULL, 14.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-14 10:15:00', 'strategy-office', 3),
    (20, 'Echtzeitdaten zu Parkhäusern und Ladesäulen als offene Schnittstelle', 'Die Belegung der Parkhäuser und der öffentlichen Ladepunkte der Stadtwerke wird in Echtzeit über eine offene Schnittstelle im Open-Data-Portal bereitgestellt, damit Navigations- und Lade-Apps sie nutzen können. Das soll den Parksuchverkehr in der Innenstadt verringern.', 'Tiefbauamt / Stadtwerke Musterstadt', 'LONG_2030', 'ASSESSED', NULL, '2027-04-01', '2027-12-31', 0, 3, 75, NULL, 6.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-15 14:02:00', 'strategy-office', 2);

INSERT IGNORE INTO backlog_item (id, title, description, owner_department, horizon, status, drop_reason, start_date, end_date, progress, impact_rating, confidence, board_confidence, effort, score, score_normalised, item_rank, manual_rank, weight_set_id, scored_at, created_at, created_by, version) VALUES
    (21, 'Barrierefreie Online-Dienste nach BITV 2.0 und in Leichter Sprache', 'Aus der Sammlung »Barrierefreie Online-Dienste«: Alle Online-Formulare und die städtische Website werden nach BITV 2.0 geprüft und nachgebessert, mit Screenreader-Unterstützung, ausreichenden Kontrasten und Bedienbarkeit per Tastatur und bei 200 % Zoom. Zu jedem Online-Dienst gibt es eine Erklärung in Leichter Sprache. Neue Formulare werden vor dem Start mit Selbstvertretungsverbänden getestet.', 'Amt für Digitalisierung und IT', 'LONG_2030', 'IN_PROGRESS', NULL, '2026-03-01', '2028-12-31', 25, 4, 70, NULL, 30.0, NULL, NULL, NULL, 3, NULL, NULL, '2026-10-21 09:25:00', 'strategy-office', 6),
    (22, 'Ausländerbehörde online: Termine, Eingangsbestätigung und Bearbeitungsstand', 'Termine bei der Ausländerbehörde und der Einbürgerungsstelle werden online gebucht statt per E-Mail angefragt. Jeder Antrag erhält eine Eingangsbestätigung mit Aktenzeichen und einer Liste fehlender Unterlagen, der Bearbeitungsstand ist online abrufbar. Hinweise und Checklisten gibt es auch auf Englisch, Türkisch, Arabisch und Ukrainisch.', 'Ausländerbehörde / Einbürgerungsstelle', 'LONG_2030', 'PRIORITISED', NULL, '2027-01-01', '2028-06-30', 0, NULL, 65, NULL, 22.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-26 13:10:00', 'strategy-office', 3),
    (23, 'Digitale Zustellung von Bescheiden über BundID-Postfach und Unternehmenskonto', 'Bescheide von Steueramt, Gewerbeamt, Ordnungsamt und Tiefbauamt werden auf Wunsch digital zugestellt: an Bürgerinnen und Bürger über das Postfach der BundID, an Unternehmen über das bundesweite Unternehmenskonto. Fristen und Zahlungsdaten sind maschinenlesbar, damit Betriebe Bescheide direkt in ihre Buchhaltung übernehmen können.', 'Amt für Digitalisierung und IT / Steueramt', 'LONG_2030', 'ASSESSED', NULL, '2027-07-01', '2029-06-30', 0, NULL, 60, NULL, 16.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-29 10:45:00', 'strategy-office', 2),
    (24, 'Radverkehrsnetz und Baustellen als offene Geodaten', 'Das städtische Radverkehrsnetz wird mit Art, Breite und Oberfläche der Radwege als offene Geodaten veröffentlicht. Ein Baustellenkalender mit Karte zeigt Sperrungen und Umleitungen für Auto, Bus, Rad und Fußverkehr und stellt sie über eine Schnittstelle auch Navigationsdiensten bereit.', 'Tiefbauamt / Vermessungs- und Katasteramt', 'LONG_2030', 'ASSESSED', NULL, NULL, NULL, 0, 2, 60, NULL, 8.0, NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-03 11:30:00', 'strategy-office', 2),
    (25, 'Mehrsprachige Online-Dienste und Videodolmetschen', 'Die meistgenutzten Online-Dienste und ihre Ausfüllhilfen werden auf Englisch angeboten, die wichtigsten Informationen zusätzlich auf Türkisch, Arabisch und Ukrainisch. Am Schalter von Bürgeramt und Ausländerbehörde steht bei Bedarf Videodolmetschen zur Verfügung. Vorschlag des Integrationsrats, noch nicht bewertet.', 'Amt für Integration und Vielfalt', 'LONG_2030', 'PROPOSED', NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-06-16 15:20:00', 'strategy-office', 0),
    (26, 'Leitlinie für Sensorik und Datenerhebung im öffentlichen Raum', 'Vorschlag des Digitalisierungsbeirats: Eine vom Rat beschlossene Leitlinie regelt, wann die Stadt im öffentlichen Raum Kameras und Sensoren einsetzt. Grundsätze sind Datensparsamkeit, Anonymisierung an der Quelle, keine anlasslose Erfassung von Kennzeichen oder Gesichtern und ein öffentliches Register aller Sensoren.', 'Stabsstelle Digitalisierung / Datenschutzbeauftragte', 'LONG_2030', 'PROPOSED', NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-13 10:00:00', 'strategy-office', 0),
    (27, 'Meldebescheinigung und beglaubigte Kopien digital mit elektronischem Siegel', 'Meldebescheinigungen sollen mit der Online-Ausweisfunktion beantragt und als PDF mit qualifiziertem elektronischem Siegel zugestellt werden. Für amtliche Beglaubigungen wird geprüft, ob elektronisch beglaubigte Kopien oder eine Abgabe ohne Termin mit Abholung am Folgetag möglich sind.', 'Bürgeramt', 'LONG_2030', 'PROPOSED', NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-19 09:15:00', 'strategy-office', 0);

-- Strategy fields (Handlungsfelder) of each item

INSERT IGNORE INTO backlog_item_field (item_id, field) VALUES
    (1, 'ADMINISTRATION'),
    (1, 'IT_COMMUNICATION'),
    (2, 'ADMINISTRATION'),
    (3, 'IT_COMMUNICATION'),
    (3, 'ADMINISTRATION'),
    (4, 'SOCIETY'),
    (4, 'IT_COMMUNICATION'),
    (5, 'IT_COMMUNICATION'),
    (5, 'ENERGY_ENVIRONMENT'),
    (6, 'IT_COMMUNICATION'),
    (7, 'ADMINISTRATION'),
    (7, 'IT_COMMUNICATION'),
    (8, 'ADMINISTRATION'),
    (9, 'ADMINISTRATION'),
    (10, 'SOCIETY'),
    (10, 'ADMINISTRATION'),
    (11, 'SOCIETY'),
    (12, 'MOBILITY'),
    (12, 'SOCIETY'),
    (13, 'ENERGY_ENVIRONMENT'),
    (14, 'ENERGY_ENVIRONMENT'),
    (14, 'IT_COMMUNICATION'),
    (15, 'ADMINISTRATION'),
    (16, 'SOCIETY'),
    (16, 'ADMINISTRATION'),
    (17, 'ADMINISTRATION'),
    (17, 'SOCIETY'),
    (18, 'ADMINISTRATION'),
    (19, 'MOBILITY'),
    (19, 'ADMINISTRATION'),
    (20, 'MOBILITY'),
    (20, 'ENERGY_ENVIRONMENT'),
    (21, 'IT_COMMUNICATION'),
    (21, 'SOCIETY'),
    (22, 'ADMINISTRATION'),
    (22, 'SOCIETY'),
    (23, 'IT_COMMUNICATION'),
    (23, 'ADMINISTRATION'),
    (24, 'MOBILITY'),
    (25, 'SOCIETY'),
    (25, 'ADMINISTRATION'),
    (26, 'IT_COMMUNICATION'),
    (26, 'SOCIETY'),
    (27, 'ADMINISTRATION');

-- Needs each item answers (published or answered needs only; items made from a cluster carry all its needs)

INSERT IGNORE INTO backlog_item_need (item_id, need_id) VALUES
    (1, 54),
    (5, 6),
    (5, 24),
    (5, 44),
    (7, 13),
    (7, 37),
    (8, 47),
    (9, 20),
    (10, 10),
    (10, 42),
    (11, 27),
    (11, 38),
    (12, 4),
    (12, 41),
    (12, 56),
    (13, 34),
    (13, 51),
    (14, 24),
    (16, 5),
    (17, 1),
    (17, 5),
    (17, 12),
    (17, 23),
    (18, 3),
    (18, 8),
    (18, 17),
    (18, 30),
    (18, 66),
    (19, 2),
    (19, 14),
    (19, 26),
    (20, 14),
    (20, 33),
    (21, 9),
    (21, 19),
    (21, 35),
    (22, 31),
    (22, 49),
    (23, 29),
    (23, 50),
    (24, 25),
    (24, 52),
    (25, 18),
    (25, 55),
    (27, 39),
    (27, 48);

-- Clusters the items were made from

INSERT IGNORE INTO backlog_item_cluster (item_id, cluster_id) VALUES
    (17, 1),
    (18, 2),
    (19, 3),
    (21, 4);

-- Affected services (Leistungskatalog): their case volumes give the reach, their OZG gain the impact

INSERT IGNORE INTO backlog_item_service (item_id, service_id) VALUES
    (7, 17),
    (7, 18),
    (7, 20),
    (7, 27),
    (8, 1),
    (8, 2),
    (9, 20),
    (10, 22),
    (11, 32),
    (11, 33),
    (12, 30),
    (15, 1),
    (15, 2),
    (15, 3),
    (15, 4),
    (16, 1),
    (16, 2),
    (16, 3),
    (17, 1),
    (17, 2),
    (17, 3),
    (18, 10),
    (18, 11),
    (18, 12),
    (18, 13),
    (19, 15),
    (19, 16),
    (22, 26),
    (22, 35),
    (23, 17),
    (23, 18),
    (23, 34),
    (25, 3),
    (25, 26),
    (27, 4),
    (27, 8);

-- Milestones of the prioritised, running and done items

INSERT IGNORE INTO backlog_milestone (id, item_id, title, due_date, done) VALUES
    (1, 1, 'Basisdienst E-Akte in Betrieb, Pilot im Personal- und Organisationsamt', '2023-06-30', TRUE),
    (2, 1, 'Rollout im Ordnungsamt mit mobilem Zugriff für den Außendienst', '2026-06-30', FALSE),
    (3, 1, 'Rollout im Bauordnungsamt (Voraussetzung für den digitalen Bauantrag)', '2027-06-30', FALSE),
    (4, 1, 'Die Hälfte aller Büroarbeitsplätze arbeitet mit der E-Akte', '2028-12-31', FALSE),
    (5, 2, 'Lernplattform mit Grundmodul Digitalkompetenz freigeschaltet', '2023-03-31', TRUE),
    (6, 2, 'Digitallotsinnen und Digitallotsen in allen Ämtern benannt', '2024-12-31', TRUE),
    (7, 2, 'Aufbaumodul Prozessdigitalisierung und Datenkompetenz', '2027-06-30', FALSE),
    (8, 3, 'Notebooks für alle Büroarbeitsplätze der Kernverwaltung', '2022-06-30', TRUE),
    (9, 3, 'VPN mit Zwei-Faktor-Anmeldung für alle Beschäftigten', '2023-03-31', TRUE),
    (10, 3, 'Kollaborationsplattform in allen Ämtern eingeführt', '2024-12-31', TRUE),
    (11, 4, 'Vergabe und Datenschutz-Folgenabschätzung abgeschlossen', '2025-07-31', TRUE),
    (12, 4, 'Testbetrieb mit dem Digitalisierungsbeirat', '2025-12-31', TRUE),
    (13, 4, 'Öffentliche Freischaltung der Plattform', '2026-03-02', TRUE),
    (14, 5, 'Open-Data-Portal in Betrieb (Metadaten nach DCAT-AP.de)', '2024-03-31', TRUE),
    (15, 5, 'Geodaten-Basisdienste (Stadtplan, Bebauungspläne) als offene Daten', '2025-06-30', TRUE),
    (16, 5, 'Haushaltsplan 2027 als CSV und über eine offene Schnittstelle', '2027-02-28', FALSE),
    (17, 5, 'Messwerte der Luft- und Lärmmessstationen in Echtzeit', '2027-06-30', FALSE),
    (18, 6, 'Förderbescheid für den Gigabitausbau in unterversorgten Gebieten', '2023-09-30', TRUE),
    (19, 6, 'Alle Schulen mit Glasfaser angebunden', '2025-12-31', TRUE),
    (20, 6, 'Leerrohre bei allen städtischen Tiefbaumaßnahmen mitverlegt', '2027-06-30', FALSE),
    (21, 6, 'Standortkonzept für 5G-Kleinzellen an Straßenlaternen', '2028-06-30', FALSE),
    (22, 7, 'Zahlungsverkehrsplattform des Landes angebunden', '2025-06-30', TRUE),
    (23, 7, 'Pilot mit Online-Bezahlung bei der Sperrmüll-Expressabholung', '2026-06-30', TRUE),
    (24, 7, 'Gewerbeanmeldung und -ummeldung mit Online-Bezahlung', '2026-12-31', FALSE),
    (25, 7, 'Lastschrift für Sondernutzungen ab der Saison 2027', '2027-03-31', FALSE),
    (26, 8, 'Einwilligung zur Benachrichtigung im Antragsformular', '2026-06-30', TRUE),
    (27, 8, 'Versand per E-Mail und SMS bei Abholbereitschaft', '2026-09-01', TRUE),
    (28, 9, 'Online-Formular mit Bezahlung für Urkundenbestellungen', '2026-09-30', TRUE),
    (29, 9, 'Freischaltung der Online-Bestellung', '2026-12-01', FALSE),
    (30, 10, 'Vergabekriterien vom Jugendhilfeausschuss beschlossen', '2026-06-30', TRUE),
    (31, 10, 'Anbindung der freien Träger an das Kita-Portal', '2027-03-31', FALSE),
    (32, 10, 'Start der Vormerkung für das Kita-Jahr 2027/28', '2027-08-01', FALSE),
    (33, 11, 'Online-Antrag für die Schülerfahrkarte im Fachverfahren', '2027-04-30', FALSE),
    (34, 11, 'Automatische Verlängerung der Schülerfahrkarte zum Schuljahr 2027/28', '2027-08-01', FALSE),
    (35, 11, 'Online-Anmeldung an weiterführenden Schulen (Anmeldewoche 2028)', '2028-02-15', FALSE),
    (36, 12, 'Meldungen zur Straßenbeleuchtung direkt an die Stadtwerke', '2026-10-31', TRUE),
    (37, 12, 'Mobile Ansicht mit Foto-Upload und Standortbestimmung', '2027-01-31', FALSE),
    (38, 12, 'Rückmeldung an Meldende, sobald der Schaden behoben ist', '2027-03-31', FALSE),
    (39, 13, 'Kommunaler Wärmeplan vom Rat beschlossen', '2026-06-30', TRUE),
    (40, 13, 'Karte der Eignungsgebiete für Wärmenetze im Geoportal', '2027-01-31', FALSE),
    (41, 13, 'Solarkataster aktualisiert und mit Förderprogrammen verknüpft', '2027-06-30', FALSE),
    (42, 14, 'Ausschreibung der Energiemanagementsoftware und der Fernauslesung', '2027-03-31', FALSE),
    (43, 14, 'Alle Schulen und Sporthallen mit Fernauslesung', '2027-12-31', FALSE),
    (44, 14, 'Monatswerte je Gebäude im Open-Data-Portal', '2028-06-30', FALSE),
    (45, 16, 'Beschaffung von zwei mobilen Erfassungskoffern', '2027-04-30', FALSE),
    (46, 16, 'Feste Sprechtage in Stadtteilbüros und Pflegeeinrichtungen', '2027-06-30', FALSE),
    (47, 16, 'Bürgeramt auf dem Campus zu Semesterbeginn', '2027-10-15', FALSE),
    (48, 17, 'Telefonisches Terminkontingent für Menschen ohne Internetzugang', '2026-11-02', TRUE),
    (49, 17, 'Tägliche Notfalltermine, online mit Begründung buchbar', '2027-01-15', FALSE),
    (50, 17, 'Warteliste mit Benachrichtigung im Terminportal', '2027-03-31', FALSE),
    (51, 17, 'Auswertung der Wartezeiten und Entscheidung über den Regelbetrieb', '2027-09-30', FALSE),
    (52, 18, 'Update des Fachverfahrens mit Schnittstelle zum Bauportal beauftragt', '2026-09-30', TRUE),
    (53, 18, 'Anschluss an das Bauportal, Pilotbetrieb mit fünf Architektur- und Ingenieurbüros', '2027-03-31', FALSE),
    (54, 18, 'Nachforderungen und Bescheide über das Postfach des Bauportals', '2027-06-30', FALSE),
    (55, 18, 'Alle Verfahrensarten digital, einschließlich Abbruch und Abgeschlossenheit', '2027-12-31', FALSE),
    (56, 19, 'Rechtliche Prüfung der kennzeichenbasierten Kontrolle', '2027-03-31', FALSE),
    (57, 19, 'Online-Antrag und Verlängerung mit Lastschrift', '2027-10-31', FALSE),
    (58, 19, 'Sammelanträge für Pflegedienste und Betriebe', '2028-03-31', FALSE),
    (59, 21, 'Prüfung der 20 meistgenutzten Online-Formulare nach BITV 2.0', '2026-09-30', TRUE),
    (60, 21, 'Leitfaden barrierefreie Online-Dienste mit den Selbstvertretungsverbänden abgestimmt', '2027-04-30', FALSE),
    (61, 21, 'Erklärungen in Leichter Sprache zu allen Online-Diensten', '2028-06-30', FALSE),
    (62, 22, 'Online-Terminbuchung und Eingangsbestätigung mit Aktenzeichen', '2027-06-30', FALSE),
    (63, 22, 'Bearbeitungsstand von Aufenthalts- und Einbürgerungsanträgen online abrufbar', '2027-12-31', FALSE),
    (64, 22, 'Hinweise und Checklisten auf Englisch, Türkisch, Arabisch und Ukrainisch', '2028-03-31', FALSE);

-- Manual rank in force (backlog_item.manual_rank) with its written justification

INSERT IGNORE INTO rank_override (id, item_id, item_rank, justification, created_at, created_by) VALUES
    (1, 21, 3, 'Die Barrierefreiheit der Online-Dienste ist gesetzliche Pflicht (BITV 2.0) und Voraussetzung dafür, dass alle übrigen Online-Vorhaben von allen genutzt werden können. Die Punktzahl bildet das nicht ab, weil das Vorhaben keine eigenen Fallzahlen hat. Abgestimmt mit dem Digitalisierungsbeirat in seiner Sitzung vom 27.10.2026.', '2026-10-28 11:15:00', 'strategy-office');

-- Typed links between items; symmetric types (CONFLICTS_WITH, OVERLAPS) with the smaller id first

INSERT IGNORE INTO backlog_link (id, from_item_id, to_item_id, link_type, created_at, created_by) VALUES
    (1, 2, 1, 'ENABLES', '2026-09-18 10:02:00', 'strategy-office'),
    (2, 7, 9, 'ENABLES', '2026-09-18 10:05:00', 'strategy-office'),
    (3, 14, 5, 'ENABLES', '2026-09-18 10:09:00', 'strategy-office'),
    (4, 15, 16, 'CONFLICTS_WITH', '2026-09-22 14:30:00', 'strategy-office'),
    (5, 18, 1, 'DEPENDS_ON', '2026-10-09 09:20:00', 'strategy-office'),
    (6, 16, 17, 'OVERLAPS', '2026-10-09 09:35:00', 'strategy-office'),
    (7, 7, 19, 'ENABLES', '2026-10-14 10:30:00', 'strategy-office'),
    (8, 20, 5, 'DEPENDS_ON', '2026-10-15 14:10:00', 'strategy-office'),
    (9, 24, 5, 'DEPENDS_ON', '2026-11-03 11:45:00', 'strategy-office'),
    (10, 22, 25, 'OVERLAPS', '2026-11-10 15:40:00', 'strategy-office'),
    (11, 19, 26, 'CONFLICTS_WITH', '2026-11-13 11:40:00', 'strategy-office'),
    (12, 23, 27, 'OVERLAPS', '2026-11-19 09:30:00', 'strategy-office');

-- Goal conflicts: the one about the Bürgeramt locations decided by the council (fictional document
-- number), the one about scan vehicles for parking control still open

INSERT IGNORE INTO divergence (id, link_id, opened_at, deciding_body, decision_date, outcome, document_ref, decided_at, decided_by) VALUES
    (1, 4, '2026-09-22 14:30:00', 'COUNCIL', '2026-11-12', 'Der Rat hält an allen sechs Bürgeramtsstandorten bis mindestens Ende 2028 fest; die vorgeschlagene Bündelung auf drei Standorte wird nicht weiterverfolgt. Das mobile Bürgeramt wird 2027 eingeführt und aus den im Haushalt 2027 vorgesehenen Mitteln finanziert. Die Verwaltung legt dem Rat 2028 eine Evaluation zu Wartezeiten, Nutzung der Online-Dienste und Auslastung der Standorte vor.', 'V/0412/2026', '2026-11-16 09:40:00', 'strategy-office'),
    (2, 11, '2026-11-13 11:40:00', NULL, NULL, NULL, NULL, NULL, NULL);

-- KPIs of the five success factors (Erfolgsfaktoren), with baseline, targets for 2025 and 2030 (the items
-- that contribute to them: backlog_item_kpi in R__32_backlog_links_demo.sql)

INSERT IGNORE INTO kpi (id, name, unit, direction, baseline_value, baseline_date, target_2025, target_2030, data_source, owner, success_factor, created_at, version) VALUES
    (1, 'Online verfügbare Verwaltungsleistungen mit OZG-Reifegrad 3 oder höher', '% der Leistungen', 'HIGHER_IS_BETTER', 12.0000, '2021-12-31', 50.0000, 90.0000, 'OZG-Umsetzungsstand des Landes und Leistungskatalog der Stadt (jährliche Auswertung)', 'Stabsstelle Digitalisierung', 'GANZHEITLICHKEIT', '2026-10-05 09:00:00', 0),
    (2, 'Städtische Gebäude mit fernausgelesenen Energiezählern', '% der Gebäude', 'HIGHER_IS_BETTER', 4.0000, '2021-12-31', 40.0000, 100.0000, 'Gebäudedatenbank und Zählerverzeichnis des Gebäudemanagements', 'Gebäudemanagement', 'GANZHEITLICHKEIT', '2026-10-05 09:20:00', 0),
    (3, 'Durchschnittliche Wartezeit auf einen Termin im Bürgeramt', 'Tage', 'LOWER_IS_BETTER', 28.0000, '2022-01-31', 10.0000, 5.0000, 'Terminmanagementsystem des Bürgeramts, Mittelwert der Tage bis zum gebuchten Termin im Monat', 'Bürgeramt', 'BALANCE', '2026-10-05 09:40:00', 0),
    (4, 'Online-Dienste mit bestandener Prüfung auf Barrierefreiheit (BITV 2.0)', '% der Online-Dienste', 'HIGHER_IS_BETTER', 12.0000, '2022-12-31', 50.0000, 100.0000, 'Prüfberichte nach BITV 2.0 (eigene Prüfungen und Überwachungsstelle des Landes)', 'Amt für Digitalisierung und IT', 'BALANCE', '2026-10-05 10:00:00', 0),
    (5, 'Teilnahmen an Digital-Sprechstunden und Kursen für Seniorinnen und Senioren', 'Teilnahmen pro Jahr', 'HIGHER_IS_BETTER', 420.0000, '2022-12-31', 1500.0000, 3000.0000, 'Teilnahmelisten der Stadtbibliothek und der Seniorenbegegnungsstätten', 'Amt für Soziales und Senioren', 'BALANCE', '2026-10-05 10:20:00', 0),
    (6, 'Zufriedenheit mit den Online-Diensten der Stadt', '% zufrieden oder sehr zufrieden', 'HIGHER_IS_BETTER', 41.0000, '2021-11-30', 55.0000, 70.0000, 'Online-Panel der Statistikstelle, jährliche Befragung im November', 'Statistikstelle', 'STAKEHOLDER_MANAGEMENT', '2026-10-05 10:40:00', 0),
    (7, 'Beteiligungsverfahren mit Online-Beteiligung', 'Verfahren pro Jahr', 'HIGHER_IS_BETTER', 6.0000, '2021-12-31', 20.0000, 30.0000, 'Verzeichnis der Beteiligungsverfahren der Stabsstelle Bürgerbeteiligung', 'Stabsstelle Bürgerbeteiligung', 'STAKEHOLDER_MANAGEMENT', '2026-10-05 11:00:00', 0),
    (8, 'Beschäftigte mit abgeschlossenem Grundmodul Digitalkompetenz', '% der Beschäftigten', 'HIGHER_IS_BETTER', 0.0000, '2022-06-30', 60.0000, 90.0000, 'Lernplattform der Digitalakademie (Abschlüsse) und Personalstatistik', 'Personal- und Organisationsamt', 'PROFESSIONALITAET', '2026-10-05 11:20:00', 0),
    (9, 'Arbeitsplätze mit elektronischer Akte', '% der Büroarbeitsplätze', 'HIGHER_IS_BETTER', 11.0000, '2021-12-31', 50.0000, 100.0000, 'Nutzerstatistik des Dokumentenmanagementsystems und Stellenplan', 'Amt für Digitalisierung und IT', 'PROFESSIONALITAET', '2026-10-05 11:40:00', 0),
    (10, 'Mobil arbeitsfähige Büroarbeitsplätze (Notebook und VPN-Zugang)', '% der Büroarbeitsplätze', 'HIGHER_IS_BETTER', 35.0000, '2021-12-31', 80.0000, 95.0000, 'IT-Inventar (Geräte und VPN-Zugänge) und Stellenplan', 'Amt für Digitalisierung und IT', 'FLEXIBILITAET', '2026-10-05 12:00:00', 0),
    (11, 'Veröffentlichte Datensätze im Open-Data-Portal', 'Datensätze', 'HIGHER_IS_BETTER', 48.0000, '2022-12-31', 200.0000, 500.0000, 'Datenkatalog des Open-Data-Portals', 'Statistikstelle', 'FLEXIBILITAET', '2026-10-05 12:20:00', 0),
    (12, 'Haushalte mit verfügbarem Glasfaseranschluss (FTTB/FTTH)', '% der Haushalte', 'HIGHER_IS_BETTER', 9.0000, '2021-12-31', 35.0000, 75.0000, 'Gigabit-Grundbuch des Bundes und Meldungen der Netzbetreiber', 'Wirtschaftsförderung (Breitbandkoordination)', 'GANZHEITLICHKEIT', '2026-10-05 12:40:00', 0);

-- Measurements: the history up to mid-2026 came in one CSV import, later values were entered by hand.
-- Status on the success-factor page (rule in KpiTrajectory): on track 5, 7, 8, 10, 12; at risk 1, 3, 6, 11;
-- off track 2, 4, 9.

INSERT IGNORE INTO kpi_measurement (id, kpi_id, measured_on, value, note, entered_by, entered_at) VALUES
    (1, 1, '2022-12-31', 17.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (2, 1, '2023-12-31', 24.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (3, 1, '2024-12-31', 31.0000, 'Erste Einer-für-Alle-Dienste des Landes angebunden', 'strategy-office', '2026-10-06 14:20:00'),
    (4, 1, '2025-12-31', 38.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (5, 1, '2026-06-30', 43.0000, 'Halbjahreswert', 'strategy-office', '2026-10-06 14:20:00'),
    (6, 2, '2022-12-31', 6.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (7, 2, '2023-12-31', 9.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (8, 2, '2024-12-31', 13.0000, 'Pilot in zwölf Schulen gestartet', 'strategy-office', '2026-10-06 14:20:00'),
    (9, 2, '2025-12-31', 17.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (10, 2, '2026-06-30', 19.0000, 'Ausschreibung für den flächendeckenden Ausbau erst 2027', 'strategy-office', '2026-10-06 14:20:00'),
    (11, 3, '2022-06-30', 31.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (12, 3, '2022-12-31', 26.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (13, 3, '2023-06-30', 34.0000, 'Sondereffekt: viele Reisepassanträge vor den Sommerferien', 'strategy-office', '2026-10-06 14:20:00'),
    (14, 3, '2023-12-31', 25.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (15, 3, '2024-06-30', 24.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (16, 3, '2024-12-31', 21.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (17, 3, '2025-06-30', 22.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (18, 3, '2025-12-31', 19.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (19, 3, '2026-06-30', 16.0000, 'Zusätzliche Samstagstermine und Personalverstärkung im ersten Halbjahr', 'strategy-office', '2026-10-06 14:20:00'),
    (20, 3, '2026-10-31', 14.0000, NULL, 'strategy-office', '2026-11-09 10:05:00'),
    (21, 4, '2023-12-31', 14.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (22, 4, '2024-12-31', 18.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (23, 4, '2025-12-31', 23.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (24, 4, '2026-09-30', 29.0000, 'Nach Prüfung der 20 meistgenutzten Formulare', 'strategy-office', '2026-10-14 08:30:00'),
    (25, 5, '2022-12-31', 420.0000, 'Ausgangsjahr', 'strategy-office', '2026-10-06 14:20:00'),
    (26, 5, '2023-12-31', 780.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (27, 5, '2024-12-31', 1210.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (28, 5, '2025-12-31', 1640.0000, 'Zusätzliche Sprechstunden in zwei Stadtteilbibliotheken', 'strategy-office', '2026-10-06 14:20:00'),
    (29, 6, '2022-11-30', 43.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (30, 6, '2023-11-30', 46.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (31, 6, '2024-11-30', 48.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (32, 6, '2025-11-30', 50.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (33, 7, '2022-12-31', 9.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (34, 7, '2023-12-31', 13.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (35, 7, '2024-12-31', 17.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (36, 7, '2025-12-31', 21.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (37, 8, '2022-12-31', 6.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (38, 8, '2023-12-31', 24.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (39, 8, '2024-12-31', 39.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (40, 8, '2025-12-31', 48.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (41, 8, '2026-06-30', 58.0000, 'Grundmodul seit 2025 Pflicht für neue Beschäftigte; in Kitas und Feuerwehr noch deutlich weniger', 'strategy-office', '2026-10-06 14:20:00'),
    (42, 9, '2022-12-31', 13.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (43, 9, '2023-12-31', 17.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (44, 9, '2024-12-31', 22.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (45, 9, '2025-12-31', 27.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (46, 9, '2026-09-30', 31.0000, 'Rollout im Ordnungsamt verzögert', 'strategy-office', '2026-10-14 08:30:00'),
    (47, 10, '2022-12-31', 54.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (48, 10, '2023-12-31', 68.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (49, 10, '2024-12-31', 81.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (50, 10, '2025-12-31', 86.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (51, 11, '2023-12-31', 85.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (52, 11, '2024-12-31', 131.0000, 'Eigenes Portal seit März 2024, vorher Einträge im Open-Data-Portal des Landes', 'strategy-office', '2026-10-06 14:20:00'),
    (53, 11, '2025-12-31', 168.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (54, 11, '2026-06-30', 195.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (55, 12, '2022-12-31', 12.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (56, 12, '2023-12-31', 17.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (57, 12, '2024-12-31', 24.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (58, 12, '2025-12-31', 32.0000, NULL, 'strategy-office', '2026-10-06 14:20:00'),
    (59, 12, '2026-06-30', 37.0000, NULL, 'strategy-office', '2026-10-06 14:20:00');

-- Item 21 in Leichte Sprache (easy-to-read German). Only where none was written since.
UPDATE backlog_item SET easy_description = 'Die Stadt hat viele Online·dienste.
Mit einem Online·dienst erledigen Sie Dinge im Internet.
Zum Beispiel: Sie stellen einen Antrag.

Alle Menschen sollen diese Dienste gut nutzen können.
Auch Menschen mit Behinderung.
Das nennt man: barriere·frei.

Deshalb prüft die Stadt alle Formulare im Internet.
Ein Formular ist eine Seite mit Fragen.
Die Stadt macht die Formulare besser:

- Die Schrift ist gut zu sehen.
- Sie können alles mit der Tastatur machen.
- Ein Vorlese·programm kann die Seiten vorlesen.

Zu jedem Online·dienst gibt es eine Erklärung in Leichter Sprache.
Menschen mit Behinderung testen neue Formulare vorher.
Die Stadt will Ende 2028 damit fertig sein.'
WHERE id = 21 AND easy_description IS NULL;
