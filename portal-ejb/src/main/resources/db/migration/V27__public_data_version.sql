-- Issue #23: the data version behind the cache of rendered public pages (web.frame.PageCache).
-- Every change to a table the public pages show appends one row here, written by the triggers below in the
-- writer's own transaction; each node polls the newest ids about every second (platform.boundary.PublicDataVersion)
-- and drops its cached pages when they changed. Append-only with an auto-increment key: writers never wait for one
-- another on a shared counter row. PublicDataVersion looks at the newest 1000 only; a retention rule deletes rows
-- older than a day.
CREATE TABLE public_data_change (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    source     VARCHAR(40) NOT NULL,
    changed_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY ix_public_data_change_changed_at (changed_at) -- the daily retention deletes by age without a full scan
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One trigger per table and kind of change, each a single INSERT (no DELIMITER needed). A statement that changes
-- many rows appends one row per changed row: cheap inserts at the end of the primary key.

CREATE TRIGGER pdc_need_ins AFTER INSERT ON need FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need');
CREATE TRIGGER pdc_need_upd AFTER UPDATE ON need FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need');
CREATE TRIGGER pdc_need_del AFTER DELETE ON need FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need');

CREATE TRIGGER pdc_need_cluster_ins AFTER INSERT ON need_cluster FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_cluster');
CREATE TRIGGER pdc_need_cluster_upd AFTER UPDATE ON need_cluster FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_cluster');
CREATE TRIGGER pdc_need_cluster_del AFTER DELETE ON need_cluster FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_cluster');

CREATE TRIGGER pdc_need_comment_ins AFTER INSERT ON need_comment FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_comment');
CREATE TRIGGER pdc_need_comment_upd AFTER UPDATE ON need_comment FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_comment');
CREATE TRIGGER pdc_need_comment_del AFTER DELETE ON need_comment FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_comment');

CREATE TRIGGER pdc_need_status_change_ins AFTER INSERT ON need_status_change FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_status_change');
CREATE TRIGGER pdc_need_status_change_upd AFTER UPDATE ON need_status_change FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_status_change');
CREATE TRIGGER pdc_need_status_change_del AFTER DELETE ON need_status_change FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_status_change');

CREATE TRIGGER pdc_need_attachment_ins AFTER INSERT ON need_attachment FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_attachment');
CREATE TRIGGER pdc_need_attachment_upd AFTER UPDATE ON need_attachment FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_attachment');
CREATE TRIGGER pdc_need_attachment_del AFTER DELETE ON need_attachment FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_attachment');

CREATE TRIGGER pdc_need_service_ins AFTER INSERT ON need_service FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_service');
CREATE TRIGGER pdc_need_service_upd AFTER UPDATE ON need_service FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_service');
CREATE TRIGGER pdc_need_service_del AFTER DELETE ON need_service FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('need_service');

CREATE TRIGGER pdc_service_ins AFTER INSERT ON service FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('service');
CREATE TRIGGER pdc_service_upd AFTER UPDATE ON service FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('service');
CREATE TRIGGER pdc_service_del AFTER DELETE ON service FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('service');

CREATE TRIGGER pdc_backlog_item_ins AFTER INSERT ON backlog_item FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item');
CREATE TRIGGER pdc_backlog_item_upd AFTER UPDATE ON backlog_item FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item');
CREATE TRIGGER pdc_backlog_item_del AFTER DELETE ON backlog_item FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item');

CREATE TRIGGER pdc_backlog_item_cluster_ins AFTER INSERT ON backlog_item_cluster FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_cluster');
CREATE TRIGGER pdc_backlog_item_cluster_upd AFTER UPDATE ON backlog_item_cluster FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_cluster');
CREATE TRIGGER pdc_backlog_item_cluster_del AFTER DELETE ON backlog_item_cluster FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_cluster');

CREATE TRIGGER pdc_backlog_item_need_ins AFTER INSERT ON backlog_item_need FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_need');
CREATE TRIGGER pdc_backlog_item_need_upd AFTER UPDATE ON backlog_item_need FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_need');
CREATE TRIGGER pdc_backlog_item_need_del AFTER DELETE ON backlog_item_need FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_need');

CREATE TRIGGER pdc_backlog_item_field_ins AFTER INSERT ON backlog_item_field FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_field');
CREATE TRIGGER pdc_backlog_item_field_upd AFTER UPDATE ON backlog_item_field FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_field');
CREATE TRIGGER pdc_backlog_item_field_del AFTER DELETE ON backlog_item_field FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_field');

CREATE TRIGGER pdc_backlog_item_kpi_ins AFTER INSERT ON backlog_item_kpi FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_kpi');
CREATE TRIGGER pdc_backlog_item_kpi_upd AFTER UPDATE ON backlog_item_kpi FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_kpi');
CREATE TRIGGER pdc_backlog_item_kpi_del AFTER DELETE ON backlog_item_kpi FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_kpi');

CREATE TRIGGER pdc_backlog_item_service_ins AFTER INSERT ON backlog_item_service FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_service');
CREATE TRIGGER pdc_backlog_item_service_upd AFTER UPDATE ON backlog_item_service FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_service');
CREATE TRIGGER pdc_backlog_item_service_del AFTER DELETE ON backlog_item_service FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_service');

CREATE TRIGGER pdc_backlog_item_recommendation_ins AFTER INSERT ON backlog_item_recommendation FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_recommendation');
CREATE TRIGGER pdc_backlog_item_recommendation_upd AFTER UPDATE ON backlog_item_recommendation FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_recommendation');
CREATE TRIGGER pdc_backlog_item_recommendation_del AFTER DELETE ON backlog_item_recommendation FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_recommendation');

CREATE TRIGGER pdc_backlog_item_history_ins AFTER INSERT ON backlog_item_history FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_history');
CREATE TRIGGER pdc_backlog_item_history_upd AFTER UPDATE ON backlog_item_history FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_history');
CREATE TRIGGER pdc_backlog_item_history_del AFTER DELETE ON backlog_item_history FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_history');

CREATE TRIGGER pdc_backlog_item_supporters_ins AFTER INSERT ON backlog_item_supporters FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_supporters');
CREATE TRIGGER pdc_backlog_item_supporters_upd AFTER UPDATE ON backlog_item_supporters FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_supporters');
CREATE TRIGGER pdc_backlog_item_supporters_del AFTER DELETE ON backlog_item_supporters FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_item_supporters');

CREATE TRIGGER pdc_backlog_link_ins AFTER INSERT ON backlog_link FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_link');
CREATE TRIGGER pdc_backlog_link_upd AFTER UPDATE ON backlog_link FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_link');
CREATE TRIGGER pdc_backlog_link_del AFTER DELETE ON backlog_link FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_link');

CREATE TRIGGER pdc_backlog_milestone_ins AFTER INSERT ON backlog_milestone FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_milestone');
CREATE TRIGGER pdc_backlog_milestone_upd AFTER UPDATE ON backlog_milestone FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_milestone');
CREATE TRIGGER pdc_backlog_milestone_del AFTER DELETE ON backlog_milestone FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_milestone');

CREATE TRIGGER pdc_backlog_milestone_move_ins AFTER INSERT ON backlog_milestone_move FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_milestone_move');
CREATE TRIGGER pdc_backlog_milestone_move_upd AFTER UPDATE ON backlog_milestone_move FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_milestone_move');
CREATE TRIGGER pdc_backlog_milestone_move_del AFTER DELETE ON backlog_milestone_move FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_milestone_move');

CREATE TRIGGER pdc_backlog_status_change_ins AFTER INSERT ON backlog_status_change FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_status_change');
CREATE TRIGGER pdc_backlog_status_change_upd AFTER UPDATE ON backlog_status_change FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_status_change');
CREATE TRIGGER pdc_backlog_status_change_del AFTER DELETE ON backlog_status_change FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('backlog_status_change');

CREATE TRIGGER pdc_divergence_ins AFTER INSERT ON divergence FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('divergence');
CREATE TRIGGER pdc_divergence_upd AFTER UPDATE ON divergence FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('divergence');
CREATE TRIGGER pdc_divergence_del AFTER DELETE ON divergence FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('divergence');

CREATE TRIGGER pdc_rank_override_ins AFTER INSERT ON rank_override FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('rank_override');
CREATE TRIGGER pdc_rank_override_upd AFTER UPDATE ON rank_override FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('rank_override');
CREATE TRIGGER pdc_rank_override_del AFTER DELETE ON rank_override FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('rank_override');

CREATE TRIGGER pdc_kpi_ins AFTER INSERT ON kpi FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('kpi');
CREATE TRIGGER pdc_kpi_upd AFTER UPDATE ON kpi FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('kpi');
CREATE TRIGGER pdc_kpi_del AFTER DELETE ON kpi FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('kpi');

CREATE TRIGGER pdc_kpi_measurement_ins AFTER INSERT ON kpi_measurement FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('kpi_measurement');
CREATE TRIGGER pdc_kpi_measurement_upd AFTER UPDATE ON kpi_measurement FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('kpi_measurement');
CREATE TRIGGER pdc_kpi_measurement_del AFTER DELETE ON kpi_measurement FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('kpi_measurement');

CREATE TRIGGER pdc_board_call_ins AFTER INSERT ON board_call FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_call');
CREATE TRIGGER pdc_board_call_upd AFTER UPDATE ON board_call FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_call');
CREATE TRIGGER pdc_board_call_del AFTER DELETE ON board_call FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_call');

CREATE TRIGGER pdc_board_call_seat_ins AFTER INSERT ON board_call_seat FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_call_seat');
CREATE TRIGGER pdc_board_call_seat_upd AFTER UPDATE ON board_call_seat FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_call_seat');
CREATE TRIGGER pdc_board_call_seat_del AFTER DELETE ON board_call_seat FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_call_seat');

CREATE TRIGGER pdc_board_member_ins AFTER INSERT ON board_member FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_member');
CREATE TRIGGER pdc_board_member_upd AFTER UPDATE ON board_member FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_member');
CREATE TRIGGER pdc_board_member_del AFTER DELETE ON board_member FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_member');

CREATE TRIGGER pdc_board_meeting_ins AFTER INSERT ON board_meeting FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_meeting');
CREATE TRIGGER pdc_board_meeting_upd AFTER UPDATE ON board_meeting FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_meeting');
CREATE TRIGGER pdc_board_meeting_del AFTER DELETE ON board_meeting FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_meeting');

CREATE TRIGGER pdc_board_agenda_item_ins AFTER INSERT ON board_agenda_item FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_agenda_item');
CREATE TRIGGER pdc_board_agenda_item_upd AFTER UPDATE ON board_agenda_item FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_agenda_item');
CREATE TRIGGER pdc_board_agenda_item_del AFTER DELETE ON board_agenda_item FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_agenda_item');

CREATE TRIGGER pdc_board_agenda_document_ins AFTER INSERT ON board_agenda_document FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_agenda_document');
CREATE TRIGGER pdc_board_agenda_document_upd AFTER UPDATE ON board_agenda_document FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_agenda_document');
CREATE TRIGGER pdc_board_agenda_document_del AFTER DELETE ON board_agenda_document FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_agenda_document');

CREATE TRIGGER pdc_board_recommendation_ins AFTER INSERT ON board_recommendation FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_recommendation');
CREATE TRIGGER pdc_board_recommendation_upd AFTER UPDATE ON board_recommendation FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_recommendation');
CREATE TRIGGER pdc_board_recommendation_del AFTER DELETE ON board_recommendation FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_recommendation');

CREATE TRIGGER pdc_board_recommendation_step_ins AFTER INSERT ON board_recommendation_step FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_recommendation_step');
CREATE TRIGGER pdc_board_recommendation_step_upd AFTER UPDATE ON board_recommendation_step FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_recommendation_step');
CREATE TRIGGER pdc_board_recommendation_step_del AFTER DELETE ON board_recommendation_step FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('board_recommendation_step');

CREATE TRIGGER pdc_conf_conference_ins AFTER INSERT ON conf_conference FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_conference');
CREATE TRIGGER pdc_conf_conference_upd AFTER UPDATE ON conf_conference FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_conference');
CREATE TRIGGER pdc_conf_conference_del AFTER DELETE ON conf_conference FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_conference');

CREATE TRIGGER pdc_conf_track_ins AFTER INSERT ON conf_track FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_track');
CREATE TRIGGER pdc_conf_track_upd AFTER UPDATE ON conf_track FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_track');
CREATE TRIGGER pdc_conf_track_del AFTER DELETE ON conf_track FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_track');

CREATE TRIGGER pdc_conf_session_ins AFTER INSERT ON conf_session FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_session');
CREATE TRIGGER pdc_conf_session_upd AFTER UPDATE ON conf_session FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_session');
CREATE TRIGGER pdc_conf_session_del AFTER DELETE ON conf_session FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_session');

CREATE TRIGGER pdc_conf_speaker_ins AFTER INSERT ON conf_speaker FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_speaker');
CREATE TRIGGER pdc_conf_speaker_upd AFTER UPDATE ON conf_speaker FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_speaker');
CREATE TRIGGER pdc_conf_speaker_del AFTER DELETE ON conf_speaker FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_speaker');

CREATE TRIGGER pdc_conf_session_speaker_ins AFTER INSERT ON conf_session_speaker FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_session_speaker');
CREATE TRIGGER pdc_conf_session_speaker_upd AFTER UPDATE ON conf_session_speaker FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_session_speaker');
CREATE TRIGGER pdc_conf_session_speaker_del AFTER DELETE ON conf_session_speaker FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_session_speaker');

CREATE TRIGGER pdc_conf_partner_ins AFTER INSERT ON conf_partner FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_partner');
CREATE TRIGGER pdc_conf_partner_upd AFTER UPDATE ON conf_partner FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_partner');
CREATE TRIGGER pdc_conf_partner_del AFTER DELETE ON conf_partner FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_partner');

CREATE TRIGGER pdc_conf_reg_type_ins AFTER INSERT ON conf_reg_type FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_reg_type');
CREATE TRIGGER pdc_conf_reg_type_upd AFTER UPDATE ON conf_reg_type FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_reg_type');
CREATE TRIGGER pdc_conf_reg_type_del AFTER DELETE ON conf_reg_type FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_reg_type');

CREATE TRIGGER pdc_conf_registration_ins AFTER INSERT ON conf_registration FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_registration');
CREATE TRIGGER pdc_conf_registration_upd AFTER UPDATE ON conf_registration FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_registration');
CREATE TRIGGER pdc_conf_registration_del AFTER DELETE ON conf_registration FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_registration');

CREATE TRIGGER pdc_conf_choice_ins AFTER INSERT ON conf_choice FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_choice');
CREATE TRIGGER pdc_conf_choice_upd AFTER UPDATE ON conf_choice FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_choice');
CREATE TRIGGER pdc_conf_choice_del AFTER DELETE ON conf_choice FOR EACH ROW INSERT INTO public_data_change (source) VALUES ('conf_choice');

-- People's names stand on public pages (authors of needs and comments, speakers): only a change of the name
-- (or an erased account) counts, not the sign-in time that every sign-in updates.
CREATE TRIGGER pdc_user_profile_upd AFTER UPDATE ON user_profile FOR EACH ROW
    INSERT INTO public_data_change (source) SELECT 'user_profile' FROM DUAL WHERE NOT (OLD.display_name <=> NEW.display_name);
CREATE TRIGGER pdc_user_profile_del AFTER DELETE ON user_profile FOR EACH ROW
    INSERT INTO public_data_change (source) VALUES ('user_profile');
