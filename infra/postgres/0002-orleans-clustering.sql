-- Orleans membership (UseAdoNetClustering). One version row per deployment (cluster id) guards
-- the whole membership table: an insert or update succeeds only with the current version and
-- bumps it. Parameters arrive as @Name; timestamps are UTC (timestamptz).

CREATE TABLE IF NOT EXISTS orleans_membership_version
(
    deploymentid varchar(150) NOT NULL PRIMARY KEY,
    timestamp    timestamptz  NOT NULL DEFAULT now(),
    version      integer      NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS orleans_membership
(
    deploymentid varchar(150) NOT NULL REFERENCES orleans_membership_version (deploymentid) ON DELETE CASCADE,
    address      varchar(45)  NOT NULL,
    port         integer      NOT NULL,
    generation   integer      NOT NULL,
    siloname     varchar(150) NOT NULL,
    hostname     varchar(150) NOT NULL,
    status       integer      NOT NULL,
    proxyport    integer      NULL,
    suspecttimes text         NULL,
    starttime    timestamptz  NOT NULL,
    iamalivetime timestamptz  NOT NULL,
    PRIMARY KEY (deploymentid, address, port, generation)
);

-- Insert a silo row if the table version still matches; the version row lock serializes writers.
CREATE OR REPLACE FUNCTION orleans_insert_membership(
    _deploymentid text, _address text, _port integer, _generation integer,
    _siloname text, _hostname text, _status integer, _proxyport integer,
    _starttime timestamptz, _iamalivetime timestamptz, _version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
DECLARE
    current_version integer;
BEGIN
    SELECT version INTO current_version
    FROM orleans_membership_version
    WHERE deploymentid = _deploymentid
    FOR UPDATE;

    IF current_version IS DISTINCT FROM _version THEN
        RETURN false;
    END IF;

    INSERT INTO orleans_membership
        (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime)
    VALUES
        (_deploymentid, _address, _port, _generation, _siloname, _hostname, _status, _proxyport, _starttime, _iamalivetime)
    ON CONFLICT DO NOTHING;

    IF NOT FOUND THEN
        RETURN false;
    END IF;

    UPDATE orleans_membership_version
    SET version = version + 1, timestamp = now()
    WHERE deploymentid = _deploymentid;
    RETURN true;
END
$fn$;

-- Update a silo row if the table version still matches.
CREATE OR REPLACE FUNCTION orleans_update_membership(
    _deploymentid text, _address text, _port integer, _generation integer,
    _status integer, _suspecttimes text, _iamalivetime timestamptz, _version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
DECLARE
    current_version integer;
BEGIN
    SELECT version INTO current_version
    FROM orleans_membership_version
    WHERE deploymentid = _deploymentid
    FOR UPDATE;

    IF current_version IS DISTINCT FROM _version THEN
        RETURN false;
    END IF;

    UPDATE orleans_membership
    SET status = _status, suspecttimes = _suspecttimes, iamalivetime = _iamalivetime
    WHERE deploymentid = _deploymentid AND address = _address AND port = _port AND generation = _generation;

    IF NOT FOUND THEN
        RETURN false;
    END IF;

    UPDATE orleans_membership_version
    SET version = version + 1, timestamp = now()
    WHERE deploymentid = _deploymentid;
    RETURN true;
END
$fn$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey', $q$
    WITH inserted AS (
        INSERT INTO orleans_membership_version (deploymentid)
        VALUES (@DeploymentId)
        ON CONFLICT (deploymentid) DO NOTHING
        RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM inserted)
$q$),
('InsertMembershipKey', $q$
    SELECT orleans_insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
$q$),
('UpdateMembershipKey', $q$
    SELECT orleans_update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
        @IAmAliveTime, @Version)
$q$),
('UpdateIAmAlivetimeKey', $q$
    UPDATE orleans_membership
    SET iamalivetime = @IAmAliveTime
    WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$q$),
('MembershipReadRowKey', $q$
    SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status,
           m.proxyport, m.suspecttimes, m.starttime, m.iamalivetime, v.version
    FROM orleans_membership_version v
    LEFT JOIN orleans_membership m
        ON m.deploymentid = v.deploymentid
        AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    WHERE v.deploymentid = @DeploymentId
$q$),
('MembershipReadAllKey', $q$
    SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status,
           m.proxyport, m.suspecttimes, m.starttime, m.iamalivetime, v.version
    FROM orleans_membership_version v
    LEFT JOIN orleans_membership m ON m.deploymentid = v.deploymentid
    WHERE v.deploymentid = @DeploymentId
$q$),
('GatewaysQueryKey', $q$
    SELECT address, proxyport, generation
    FROM orleans_membership
    WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0
$q$),
('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM orleans_membership_version WHERE deploymentid = @DeploymentId
$q$),
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM orleans_membership
    WHERE deploymentid = @DeploymentId AND iamalivetime < @IAmAliveTime AND status <> 3
$q$),
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM orleans_membership
    WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
        AND status = 6
        AND starttime = @StartTime AND iamalivetime = @IAmAliveTime
        AND suspecttimes IS NOT DISTINCT FROM @SuspectTimes
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
