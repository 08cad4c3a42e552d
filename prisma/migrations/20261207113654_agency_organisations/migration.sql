-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "hasMassOrganisations" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "hasPartyOrganisation" BOOLEAN NOT NULL DEFAULT true;

