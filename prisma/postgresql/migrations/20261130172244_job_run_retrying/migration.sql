-- AlterEnum
ALTER TYPE "JobRunStatus" ADD VALUE 'retrying';
