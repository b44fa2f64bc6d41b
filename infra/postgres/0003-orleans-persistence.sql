-- Orleans grain state (AddAdoNetGrainStorage). One row per (service, state name, grain id);
-- the integer version is the ETag. The unique index makes concurrent first writes of one grain
-- state collide instead of duplicating (NULLS NOT DISTINCT: PostgreSQL 15+).

CREATE TABLE IF NOT EXISTS orleans_storage
(
    grainidhash            integer      NOT NULL,
    grainidn0              bigint       NOT NULL,
    grainidn1              bigint       NOT NULL,
    graintypehash          integer      NOT NULL,
    graintypestring        varchar(512) NOT NULL,
    grainidextensionstring text         NULL,
    serviceid              varchar(150) NOT NULL,
    payloadbinary          bytea        NULL,
    modifiedon             timestamptz  NOT NULL DEFAULT now(),
    version                integer      NOT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS orleans_storage_key
    ON orleans_storage (grainidhash, graintypehash, serviceid, grainidn0, grainidn1, graintypestring, grainidextensionstring)
    NULLS NOT DISTINCT;

-- Writes and clears always answer one row: the new version on success, the caller's version
-- (or NULL for a lost first insert) on a conflict, which Orleans turns into InconsistentStateException.
INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', $q$
    SELECT payloadbinary, version
    FROM orleans_storage
    WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
        AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
        AND graintypestring = @GrainTypeString
        AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
$q$),
('WriteToStorageKey', $q$
    WITH updated AS (
        UPDATE orleans_storage
        SET payloadbinary = @PayloadBinary, modifiedon = now(), version = version + 1
        WHERE @GrainStateVersion IS NOT NULL
            AND grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
            AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
            AND graintypestring = @GrainTypeString
            AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
            AND version = @GrainStateVersion
        RETURNING version),
    inserted AS (
        INSERT INTO orleans_storage
            (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring, serviceid, payloadbinary, version)
        SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId, @PayloadBinary, 1
        WHERE @GrainStateVersion IS NULL
        ON CONFLICT DO NOTHING
        RETURNING version)
    SELECT COALESCE((SELECT version FROM updated), (SELECT version FROM inserted), @GrainStateVersion) AS newgrainstateversion
$q$),
('ClearStorageKey', $q$
    WITH cleared AS (
        UPDATE orleans_storage
        SET payloadbinary = NULL, modifiedon = now(), version = version + 1
        WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
            AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
            AND graintypestring = @GrainTypeString
            AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
            AND version = @GrainStateVersion
        RETURNING version)
    SELECT COALESCE((SELECT version FROM cleared), @GrainStateVersion) AS newgrainstateversion
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
