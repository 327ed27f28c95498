import { fileURLToPath } from "node:url";

/** The package root (holds prisma/ and .env), whether running from src/ (tsx) or dist/. */
export const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
