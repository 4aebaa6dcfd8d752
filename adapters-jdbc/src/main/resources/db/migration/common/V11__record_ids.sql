-- Ids of new records (tallenteiden tunnisteet): one sequence for every prefix that JdbcStores.idSource hands
-- out, e.g. WEB-1, WEB-2, … A database never gives a sequence value twice, so the ids never repeat on the
-- database: not after a restart and not between processes. Values may be skipped (a cache lost at a server
-- restart, a rolled-back transaction); that is allowed.

CREATE SEQUENCE hm_record_id START WITH 1 INCREMENT BY 1;
