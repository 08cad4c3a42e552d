-- AlterEnum
ALTER TYPE "SelectionMethod" ADD VALUE 'ACTING';

