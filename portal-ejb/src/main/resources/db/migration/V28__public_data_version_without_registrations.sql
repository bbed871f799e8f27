-- Issue #23: registrations and session choices are personal data and never shown on a public page; what the
-- public pages show of them (free places) is the seat counters on conf_conference, conf_reg_type and
-- conf_session, whose triggers (V27) stay. Their own triggers only added two inserts to every registration, inside
-- the short window in which it holds the conference's counter row (docs/performance.md, the rush).
DROP TRIGGER pdc_conf_registration_ins;
DROP TRIGGER pdc_conf_registration_upd;
DROP TRIGGER pdc_conf_registration_del;
DROP TRIGGER pdc_conf_choice_ins;
DROP TRIGGER pdc_conf_choice_upd;
DROP TRIGGER pdc_conf_choice_del;
