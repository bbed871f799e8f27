-- Demo data of issue #21 (LINKS) for Stadt Musterstadt: the KPIs each backlog item contributes to (most published
-- items, several KPIs each; most KPIs are fed by more than one item), one board recommendation the office took up,
-- and the link history of a few items: clusters linked with their needs, a need linked on its own, and one need
-- unlinked again with the office's reason.
-- DEMO DATA: fictional, like R__30. Repeatable migration, applied after R__30_backlog_demo.sql and
-- R__20_needs_demo.sql (items, KPIs, needs, clusters) and only where portal.demo.enabled is true; explicit primary
-- keys and INSERT IGNORE, so applying it again changes nothing. The recommendation (id 3) comes from
-- R__42_board_recommendations_demo.sql, which runs later: the backlog keeps recommendation ids without a foreign key.

-- KPIs per item (item, KPI). KPI 1 (online services at OZG maturity 3) and 6 (satisfaction with online services)
-- are shared by many items, KPI 3 (waiting time at the citizens' office) by items 8, 16, 17 and 22.
-- Item 19 (resident parking permits, prioritised) has no KPI yet: the office's dashboard lists it (issue #21).

INSERT IGNORE INTO backlog_item_kpi (item_id, kpi_id) VALUES
    (1, 9), (1, 1),
    (2, 8), (2, 9),
    (3, 10), (3, 8),
    (4, 7), (4, 6),
    (5, 11),
    (6, 12),
    (7, 1), (7, 6),
    (8, 3), (8, 6),
    (9, 1), (9, 6),
    (10, 1), (10, 6),
    (11, 1),
    (12, 6), (12, 11),
    (13, 11),
    (14, 2), (14, 11),
    (16, 3), (16, 5),
    (17, 3), (17, 6),
    (18, 1),
    (21, 4), (21, 6),
    (22, 1), (22, 3);

-- The E-Akte item takes up the board's (not adopted) recommendation to open the E-Akte's interfaces to others.

INSERT IGNORE INTO backlog_item_recommendation (item_id, recommendation_id) VALUES
    (1, 3);

-- Link history: item 17 was created from cluster 1 (its four needs came with it), item 18 from cluster 2 and later
-- got need 66 on its own; need 21 was linked to the Mängelmelder (item 12) by mistake and unlinked two days later.

INSERT IGNORE INTO backlog_item_link_change (id, item_id, kind, target_id, linked, reason, via_cluster_id, changed_by, changed_at) VALUES
    (1, 17, 'CLUSTER', 1, TRUE, NULL, NULL, 'strategy-office', '2026-10-07 08:40:00'),
    (2, 17, 'NEED', 1, TRUE, NULL, 1, 'strategy-office', '2026-10-07 08:40:00'),
    (3, 17, 'NEED', 5, TRUE, NULL, 1, 'strategy-office', '2026-10-07 08:40:00'),
    (4, 17, 'NEED', 12, TRUE, NULL, 1, 'strategy-office', '2026-10-07 08:40:00'),
    (5, 17, 'NEED', 23, TRUE, NULL, 1, 'strategy-office', '2026-10-07 08:40:00'),
    (6, 18, 'CLUSTER', 2, TRUE, NULL, NULL, 'strategy-office', '2026-10-09 09:05:00'),
    (7, 18, 'NEED', 3, TRUE, NULL, 2, 'strategy-office', '2026-10-09 09:05:00'),
    (8, 18, 'NEED', 8, TRUE, NULL, 2, 'strategy-office', '2026-10-09 09:05:00'),
    (9, 18, 'NEED', 17, TRUE, NULL, 2, 'strategy-office', '2026-10-09 09:05:00'),
    (10, 18, 'NEED', 30, TRUE, NULL, 2, 'strategy-office', '2026-10-09 09:05:00'),
    (11, 18, 'NEED', 66, TRUE, NULL, NULL, 'strategy-office', '2026-10-16 11:20:00'),
    (12, 12, 'NEED', 21, TRUE, NULL, NULL, 'strategy-office', '2026-10-20 10:00:00'),
    (13, 12, 'NEED', 21, FALSE, 'Sperrmüll ist Sache der Abfallwirtschaftsbetriebe, nicht des Mängelmelders; das Anliegen wurde versehentlich verknüpft und wird dort beantwortet.', NULL, 'strategy-office', '2026-10-22 09:15:00'),
    (14, 1, 'RECOMMENDATION', 3, TRUE, NULL, NULL, 'strategy-office', '2026-11-02 14:30:00');
