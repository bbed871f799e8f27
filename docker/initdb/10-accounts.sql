-- The application's account reads everything and gets write privileges per table from the portal itself
-- after each migration (never UPDATE/DELETE on the audit log). The schema owner needs GRANT OPTION for that.
CREATE USER IF NOT EXISTS 'mitwirken'@'%' IDENTIFIED BY 'mitwirken';
GRANT SELECT ON mitwirken.* TO 'mitwirken'@'%';
GRANT ALL PRIVILEGES ON mitwirken.* TO 'mitwirken_schema'@'%' WITH GRANT OPTION;
