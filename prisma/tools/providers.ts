// The database providers Dealbot ships schemas and migrations for.
export const providers = ["sqlite", "postgresql"] as const;
export type Provider = (typeof providers)[number];

export const schemaPath = (provider: Provider): string => `prisma/${provider}/schema.prisma`;
export const migrationsPath = (provider: Provider): string => `prisma/${provider}/migrations`;

/** The provider-specific head of a schema; the models that follow are shared. */
export function schemaHeader(provider: Provider): string {
  return `// GENERATED from prisma/models.prisma by \`npm run db:schema\`. Do not edit.

generator client {
  provider            = "prisma-client"
  output              = "../../src/generated/${provider}"
  engineType          = "client"
  moduleFormat        = "esm"
  importFileExtension = "js"
}

datasource db {
  provider = "${provider}"
  // Read by the Prisma CLI only; the app connects through a driver adapter.
  url      = env("DATABASE_URL")
}

`;
}
