-- AlterTable
ALTER TABLE "ScoreEntry" ADD COLUMN     "verifiedActual" DECIMAL(14,4),
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedTarget" DECIMAL(14,4);

-- AlterTable
ALTER TABLE "ScoreSheet" ADD COLUMN     "returnReason" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedById" TEXT;


-- Hand-written: published results are immutable (issue 4, domain §3.4 point 6). A correction is
-- a new ResultPublication version with a reason; a row, once written, is never updated.
CREATE FUNCTION "ResultPublication_immutable"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'ResultPublication is immutable: publish a new version with a reason'
    USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ResultPublication_no_update" BEFORE UPDATE ON "ResultPublication"
  FOR EACH ROW EXECUTE FUNCTION "ResultPublication_immutable"();
