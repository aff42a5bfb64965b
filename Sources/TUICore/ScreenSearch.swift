import Foundation

/// Search on every screen (issue 13): the people on the calendars, the entries of This week,
/// the items of the timeline and the lines of the person screen's panes. Case and accents
/// are ignored. The roster keeps its own `/` filter.
enum ScreenSearch {
    static func fold(_ text: String) -> String { text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

    /// The keys while a search is open; false when the key is not the search's.
    static func reduce(_ state: inout AppState, _ key: KeyEvent) -> Bool {
        guard var search = state.search, search.screen == state.screen else {
            state.search = nil
            guard key == .character("/"), state.screen != .roster else { return false }
            state.search = SearchState(screen: state.screen)
            state.message = prompt("")
            return true
        }
        if search.editing {
            switch key {
            case .escape:
                state.search = nil
                state.message = "Search closed."
            case .enter:
                search.editing = false
                search.current = 0
                state.search = search
                show(&state)
            case .backspace, .delete:
                if !search.query.isEmpty { search.query.removeLast() }
                state.search = search
                state.message = prompt(search.query)
            case .character(let c):
                search.query.append(c)
                state.search = search
                state.message = prompt(search.query)
            case .paste(let text):
                search.query += TextEditing.cleaned(text, multiline: false)
                state.search = search
                state.message = prompt(search.query)
            default:
                break
            }
            return true
        }
        switch key {
        case .character("n"), .character("N"):
            let count = matches(state, search.query).count
            guard count > 0 else { show(&state); return true }
            search.current = (search.current + (key == .character("n") ? 1 : count - 1)) % count
            state.search = search
            show(&state)
            return true
        case .escape:
            state.search = nil
            state.message = "Search closed."
            return true
        case .character("/"):
            state.search = SearchState(screen: state.screen)
            state.message = prompt("")
            return true
        default:
            return false
        }
    }

    static func prompt(_ query: String) -> String { "/\(query)▏  Enter finds, Esc closes" }

    /// Goes to the current match and says where it is.
    static func show(_ state: inout AppState) {
        guard let search = state.search else { return }
        let found = matches(state, search.query)
        guard !found.isEmpty else {
            state.message = "‘\(search.query)’: no match on this screen (/ to search again, Esc closes)."
            return
        }
        let index = found[min(search.current, found.count - 1)]
        go(&state, to: index)
        state.message = "‘\(search.query)’: \(min(search.current, found.count - 1) + 1) of \(found.count) · n next, N previous, Esc closes"
    }

    /// The positions on the current screen whose text holds the query.
    static func matches(_ state: AppState, _ query: String) -> [Int] {
        let needle = fold(query)
        guard !needle.isEmpty else { return [] }
        func has(_ texts: [String]) -> Bool { texts.contains { fold($0).contains(needle) } }
        switch state.screen {
        case .roster:
            return []
        case .teamCalendar, .personYear:
            return state.visibleRows.indices.filter { has([state.visibleRows[$0].name, state.visibleRows[$0].id]) }
        case .reports:
            let teams = ReportsScreen.report(state).teams
            return teams.indices.filter { has([teams[$0].name, teams[$0].key]) }
        case .weekly:
            return WeeklyScreen.model(state).entries.indices.filter { i in
                let e = WeeklyScreen.model(state).entries[i]
                return has([e.name, e.title, e.detail, e.nextStep ?? ""])
            }
        case .timeline:
            guard let model = TimelineScreen.timeline(state) else { return [] }
            return model.items.indices.filter { has([model.items[$0].title] + model.items[$0].details) }
        case .personDetail:
            // Figures pane lines first, then the duties pane's, offset by the figures' count.
            guard let (figures, duties) = PersonDetailScreen.paneLines(state) else { return [] }
            return (figures + duties).indices.filter { has([(figures + duties)[$0].text]) }
        }
    }

    static func go(_ state: inout AppState, to index: Int) {
        switch state.screen {
        case .roster: break
        case .teamCalendar, .personYear: state.roster.selected = index
        case .weekly: state.weekly.selected = index
        case .reports: state.reports.selected = index
        case .timeline:
            if let model = TimelineScreen.timeline(state) {
                state.timeline.personId = model.summary.employee.id
                state.timeline.selected = index
            }
        case .personDetail:
            guard let (figures, _) = PersonDetailScreen.paneLines(state), let row = state.selectedRow else { return }
            var d = state.detail
            if d.personId != row.id { d = PersonDetailState(); d.personId = row.id }
            if index < figures.count { d.pane = .figures; d.setScroll(.figures, index) } else { d.pane = .duties; d.setScroll(.duties, index - figures.count) }
            state.detail = d
            PersonDetailScreen.clamp(&state)
        }
    }
}
