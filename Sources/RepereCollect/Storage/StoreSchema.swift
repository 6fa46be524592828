import GRDB

/// The database's versioned schema. A migration, once released, is never edited: a change is a
/// new migration, so that a database written by any earlier `repere collect` opens with the next.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // v1: feedback and searches, each event a row with its hour.
        migrator.registerMigration("v1-feedback-and-searches") { db in
            try db.create(table: "feedback") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("hour", .integer).notNull().indexed()
                table.column("page", .text).notNull().indexed()
                table.column("helpful", .boolean).notNull()
                table.column("comment", .text)
            }
            try db.create(table: "search") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("hour", .integer).notNull().indexed()
                table.column("query", .text).notNull()
                table.column("filters", .text).notNull().defaults(to: "")
                table.column("results", .integer).notNull()
            }
        }
        // v2: page views, a count per page and hour rather than a row per view.
        migrator.registerMigration("v2-page-views") { db in
            try db.create(table: "page_view") { table in
                table.column("hour", .integer).notNull()
                table.column("page", .text).notNull()
                table.column("count", .integer).notNull()
                table.primaryKey(["hour", "page"])
            }
        }
        return migrator
    }
}
