-- Run once on db1's first start (the image's /docker-entrypoint-initdb.d); the other nodes get it by state transfer.
-- Galera's state transfer and the backups of the runbook (mariabackup) use this local account
CREATE USER IF NOT EXISTS 'mariabackup'@'localhost' IDENTIFIED BY 'mariabackup-sst';
GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR ON *.* TO 'mariabackup'@'localhost';
-- Keycloak's nodes share one database: realms, users, sessions that outlive a restart, and JGroups' member table
-- (cache stack jdbc-ping)
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY 'keycloak';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
