/**
 * Where each party keeps its data, apart from every other party's (第1-2): J-LIS its table of
 * resident codes and numbers and the history of every number it issued ({@link bango.store.JlisStore}),
 * the core system its resident codes and internal person ids, never a number
 * ({@link bango.store.CoreStore}), each municipality its resident register
 * ({@link bango.store.RegisterStore}), each institution its numbers and codes, never a resident code
 * ({@link bango.store.InstitutionStore}). Plain JDBC, no ORM.
 *
 * <p>Each party has a database of its own ({@link bango.store.PartyDatabases}): an embedded H2 file
 * per party under a data directory ({@link bango.store.H2PartyFiles}), or a schema per party on a
 * database server ({@link bango.store.ServerSchemas}). A population is written into a staging
 * place (a fresh directory beside the data directory, {@link bango.store.DataDirectory}; staging
 * schemas on a server) and published only when every party has committed, so a reader never sees
 * half of one.
 */
package bango.store;
