-- CreateTable
CREATE TABLE "ResultsStamp" (
    "cycleId" TEXT NOT NULL,
    "stamp" UUID NOT NULL,

    CONSTRAINT "ResultsStamp_pkey" PRIMARY KEY ("cycleId")
);

-- CreateTable
CREATE TABLE "ResultsStampPending" (
    "txId" BIGINT NOT NULL,
    "cycleId" TEXT NOT NULL,

    CONSTRAINT "ResultsStampPending_pkey" PRIMARY KEY ("txId","cycleId")
);


-- Hand-written: the triggers that move the stamps (docs/decisions/0050-results-stamp.md).
--
-- Each write STATEMENT to a table the results read notes the cycles it touched in
-- "ResultsStampPending", once per (transaction, cycle): statement-level triggers, so a bulk insert of
-- thousands of rows costs one note, not one per row. A note never waits on another transaction (its
-- key holds this transaction's id). Each new note fires a DEFERRED constraint trigger, at commit:
-- only then is the cycle's stamp row written and locked, after every other lock the transaction
-- takes, so the stamp adds no lock-order deadlock to the app's own locks. A cycle gone by then loses
-- its stamp instead.
--
-- Postgres allows transition tables only on single-event triggers: three triggers per table.

CREATE FUNCTION results_stamp_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Cycle" WHERE "id" = NEW."cycleId") THEN
    INSERT INTO "ResultsStamp" ("cycleId", "stamp") VALUES (NEW."cycleId", gen_random_uuid())
    ON CONFLICT ("cycleId") DO UPDATE SET "stamp" = EXCLUDED."stamp";
  ELSE
    DELETE FROM "ResultsStamp" WHERE "cycleId" = NEW."cycleId";
  END IF;
  DELETE FROM "ResultsStampPending" WHERE "txId" = NEW."txId" AND "cycleId" = NEW."cycleId";
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER results_stamp_apply AFTER INSERT ON "ResultsStampPending"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION results_stamp_apply();

CREATE FUNCTION results_stamp_note(cycle_ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ResultsStampPending" ("txId", "cycleId")
  SELECT DISTINCT txid_current(), id FROM unnest(cycle_ids) AS id WHERE id IS NOT NULL
  ON CONFLICT DO NOTHING
$$;

-- The rows' cycles, for each kind of table. Each function reads `new_rows` for INSERT and UPDATE
-- and `old_rows` for UPDATE and DELETE (a row moved to another cycle changes both).

-- Tables with a "cycleId" column.
CREATE FUNCTION results_stamp_by_cycle_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN PERFORM results_stamp_note(ARRAY(SELECT "cycleId" FROM new_rows)); END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM results_stamp_note(ARRAY(SELECT "cycleId" FROM old_rows)); END IF;
  RETURN NULL;
END $$;

-- The cycle itself (its rules, its scoring mode).
CREATE FUNCTION results_stamp_by_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN PERFORM results_stamp_note(ARRAY(SELECT "id" FROM new_rows)); END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM results_stamp_note(ARRAY(SELECT "id" FROM old_rows)); END IF;
  RETURN NULL;
END $$;

-- Score entries, through their sheet.
CREATE FUNCTION results_stamp_by_sheet() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    PERFORM results_stamp_note(ARRAY(SELECT s."cycleId" FROM "ScoreSheet" s WHERE s."id" IN (SELECT "sheetId" FROM new_rows)));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM results_stamp_note(ARRAY(SELECT s."cycleId" FROM "ScoreSheet" s WHERE s."id" IN (SELECT "sheetId" FROM old_rows)));
  END IF;
  RETURN NULL;
END $$;

-- Criteria, through their table.
CREATE FUNCTION results_stamp_by_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    PERFORM results_stamp_note(ARRAY(SELECT t."cycleId" FROM "CriteriaTable" t WHERE t."id" IN (SELECT "tableId" FROM new_rows)));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM results_stamp_note(ARRAY(SELECT t."cycleId" FROM "CriteriaTable" t WHERE t."id" IN (SELECT "tableId" FROM old_rows)));
  END IF;
  RETURN NULL;
END $$;

-- A criterion's levels, through the criterion and its table.
CREATE FUNCTION results_stamp_by_criterion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    PERFORM results_stamp_note(ARRAY(
      SELECT t."cycleId" FROM "Criterion" c JOIN "CriteriaTable" t ON t."id" = c."tableId"
      WHERE c."id" IN (SELECT "criterionId" FROM new_rows)));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM results_stamp_note(ARRAY(
      SELECT t."cycleId" FROM "Criterion" c JOIN "CriteriaTable" t ON t."id" = c."tableId"
      WHERE c."id" IN (SELECT "criterionId" FROM old_rows)));
  END IF;
  RETURN NULL;
END $$;

-- Membership of a bloc in a year: that bloc's cycle of that year.
CREATE FUNCTION results_stamp_by_membership() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    PERFORM results_stamp_note(ARRAY(
      SELECT c."id" FROM "Cycle" c JOIN new_rows m ON m."blocId" = c."blocId" AND m."year" = c."year"));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM results_stamp_note(ARRAY(
      SELECT c."id" FROM "Cycle" c JOIN old_rows m ON m."blocId" = c."blocId" AND m."year" = c."year"));
  END IF;
  RETURN NULL;
END $$;

-- An agency's names appear in the results of every bloc year it is a member of.
CREATE FUNCTION results_stamp_by_agency_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM results_stamp_note(ARRAY(
    SELECT c."id"
    FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    JOIN "Membership" m ON m."agencyId" = n."id"
    JOIN "Cycle" c ON c."blocId" = m."blocId" AND c."year" = m."year"
    WHERE n."name" IS DISTINCT FROM o."name" OR n."shortName" IS DISTINCT FROM o."shortName"));
  RETURN NULL;
END $$;

DO $$
DECLARE
  spec text[];
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['CriteriaTable', 'results_stamp_by_cycle_id'],
    ['ScoreSheet', 'results_stamp_by_cycle_id'],
    ['CrossScore', 'results_stamp_by_cycle_id'],
    ['CrossScoreSubmission', 'results_stamp_by_cycle_id'],
    ['LateSubmission', 'results_stamp_by_cycle_id'],
    ['DeadlineOverride', 'results_stamp_by_cycle_id'],
    ['Cycle', 'results_stamp_by_id'],
    ['ScoreEntry', 'results_stamp_by_sheet'],
    ['Criterion', 'results_stamp_by_table'],
    ['CriterionLevel', 'results_stamp_by_criterion'],
    ['Membership', 'results_stamp_by_membership']
  ] LOOP
    EXECUTE format('CREATE TRIGGER results_stamp_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', spec[1], spec[2]);
    EXECUTE format('CREATE TRIGGER results_stamp_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', spec[1], spec[2]);
    EXECUTE format('CREATE TRIGGER results_stamp_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', spec[1], spec[2]);
  END LOOP;
END $$;

CREATE TRIGGER results_stamp_update AFTER UPDATE ON "Agency"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION results_stamp_by_agency_names();

-- Every cycle already there starts with a stamp.
INSERT INTO "ResultsStamp" ("cycleId", "stamp") SELECT "id", gen_random_uuid() FROM "Cycle";
