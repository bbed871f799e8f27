-- Issue #25: OParl lists one Person per person, not one per board membership (term). The Person's id is a public
-- key of its own, a random UUID per profile: it does not change when a new term begins, it is no profile id (an
-- account key that must not leave the portal) and derives nothing from one, and it cannot collide with the
-- numeric ids of the Persons served before (/oparl/person/<member id>).
CREATE TABLE board_person (
    profile_id BIGINT   NOT NULL,
    person_key CHAR(36) NOT NULL,
    PRIMARY KEY (profile_id),
    UNIQUE KEY uq_board_person_key (person_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO board_person (profile_id, person_key)
SELECT profile_id, UUID() FROM board_member GROUP BY profile_id;

-- Every new membership gives its person a key if they have none, whoever writes the row (admission, demo data,
-- tests): no use case can forget it. A single statement, no DELIMITER needed.
CREATE TRIGGER board_person_of_member AFTER INSERT ON board_member FOR EACH ROW
    INSERT IGNORE INTO board_person (profile_id, person_key) VALUES (NEW.profile_id, UUID());

-- A withdrawn membership keeps the key of its person: the person's deleted entry is produced from it when no
-- listed membership of theirs remains, also after the membership row and the person's key were erased.
ALTER TABLE oparl_withdrawal ADD COLUMN person_key CHAR(36) NULL;

UPDATE oparl_withdrawal w
    JOIN board_member m ON m.id = w.local_id
    JOIN board_person p ON p.profile_id = m.profile_id
SET w.person_key = p.person_key
WHERE w.kind = 'MEMBER';

-- The Persons served before (one per membership, /oparl/person/<member id>) are gone from now on: clients that
-- update with modified_since learn of them as deleted (kind MEMBER_PERSON), those already withdrawn at their time.
INSERT IGNORE INTO oparl_withdrawal (kind, local_id, withdrawn_at)
SELECT 'MEMBER_PERSON', local_id, withdrawn_at FROM oparl_withdrawal WHERE kind = 'MEMBER';

INSERT IGNORE INTO oparl_withdrawal (kind, local_id, withdrawn_at)
SELECT 'MEMBER_PERSON', id, CURRENT_TIMESTAMP(3) FROM board_member WHERE public_listing = TRUE;
