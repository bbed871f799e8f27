-- Issue #27: Galera replicates row changes by primary key; a table without one is replicated row by row with a full
-- scan on every other node (and certification cannot tell two changes of it apart). The three element-collection
-- tables of the council mirror (V37) had none. A surrogate key the application never maps: EclipseLink inserts and
-- deletes these rows by their owner (and position), the database numbers them.
ALTER TABLE council_agenda_item ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST;
ALTER TABLE council_consultation ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST;
ALTER TABLE council_file ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST;
