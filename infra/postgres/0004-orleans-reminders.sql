-- Orleans reminders (UseAdoNetReminderService). grainhash holds the grain's uniform hash cast
-- to a signed integer; Orleans picks ReadRangeRows1Key for a non-wrapping range and
-- ReadRangeRows2Key for one that wraps around.

CREATE TABLE IF NOT EXISTS orleans_reminders
(
    serviceid    varchar(150) NOT NULL,
    grainid      varchar(150) NOT NULL,
    remindername varchar(150) NOT NULL,
    starttime    timestamptz  NOT NULL,
    period       bigint       NOT NULL,
    grainhash    integer      NOT NULL,
    version      integer      NOT NULL,
    PRIMARY KEY (serviceid, grainid, remindername)
);

CREATE INDEX IF NOT EXISTS orleans_reminders_hash ON orleans_reminders (serviceid, grainhash);

INSERT INTO orleansquery (querykey, querytext) VALUES
('UpsertReminderRowKey', $q$
    INSERT INTO orleans_reminders (serviceid, grainid, remindername, starttime, period, grainhash, version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
    ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
    SET starttime = EXCLUDED.starttime, period = EXCLUDED.period, grainhash = EXCLUDED.grainhash,
        version = orleans_reminders.version + 1
    RETURNING version
$q$),
('ReadReminderRowsKey', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleans_reminders
    WHERE serviceid = @ServiceId AND grainid = @GrainId
$q$),
('ReadReminderRowKey', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleans_reminders
    WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName
$q$),
('ReadRangeRows1Key', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleans_reminders
    WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash
$q$),
('ReadRangeRows2Key', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleans_reminders
    WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash)
$q$),
('DeleteReminderRowKey', $q$
    WITH deleted AS (
        DELETE FROM orleans_reminders
        WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName AND version = @Version
        RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM deleted)
$q$),
('DeleteReminderRowsKey', $q$
    DELETE FROM orleans_reminders WHERE serviceid = @ServiceId
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
