@testable import AttendancePostgres
import AttendanceStore
import Foundation
import TestSupport
import Testing

/// `load` reads the store a page at a time; across page boundaries it gives exactly what one
/// page would, for HR and for a manager's role, with a damaged row reported where it falls.
@Suite(.serialized) struct PostgresPagedLoadTests {
    @Test func loadingInSmallPagesGivesTheSameDocumentsAsOnePage() throws {
        try PostgresAccessTests.withGrantedStore { cluster, _, _, others throws in
            try Self.compare(cluster, damaged: others[0])
        }
    }

    static func compare(_ cluster: PostgresCluster, damaged: String) throws {
        try cluster.psql("UPDATE attend.employee_private SET document = '{\"id\": \"\(damaged)\"}' WHERE id = '\(damaged)'")
        for user in ["postgres", "mgr"] {
            let settings = try PostgresSettings.parse(cluster.url(user: user), environment: [:])
            let whole = try PostgresStore(settings: settings, loadPageSize: 1000).load()
            for size in [1, 4, 7] {
                let paged = try PostgresStore(settings: settings, loadPageSize: size).load()
                #expect(paged.employees.map(\.id) == whole.employees.map(\.id), "\(user), pages of \(size)")
                #expect(try paged.employees.map { try StoreDocuments.encode($0) } == whole.employees.map { try StoreDocuments.encode($0) })
                #expect(paged.problems.map(\.file) == whole.problems.map(\.file))
                #expect(paged.versions == whole.versions)
            }
            #expect(user == "mgr" || whole.problems.map(\.file) == ["employee \(damaged)"], "the damaged row is reported in its page")
        }
    }
}
