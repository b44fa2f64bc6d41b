-- The Orleans ADO.NET providers read every SQL statement they run from this table at start-up
-- ("SELECT QueryKey, QueryText FROM OrleansQuery"). The later scripts fill it.
CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64)   NOT NULL PRIMARY KEY,
    querytext varchar(8000) NOT NULL
);
