import RepereContent
import RepereDiagnostics

/// `event.replay-missing` (warning): a live event that ended more than `event_replay_days` days
/// before the build's reference time, is not cancelled, and has no `replay`.
package struct EventReplayMissing: CheckRule {
    package func check(_ input: CheckInput) -> [Diagnostic] {
        input.site.events.compactMap { event in
            let page = input.site.pages[event.page].page
            guard page.status != .archived, !event.isCancelled, page.frontMatter.replay == nil,
                event.schedule.endOrStartSeconds + Int64(input.replayDays) * 86_400 < input.referenceTime
            else { return nil }
            return Diagnostic(.eventReplayMissing, "'\(page.title)' took place on \(event.schedule.start.date) and has no replay",
                at: page.location(ofKey: "start"),
                notes: ["add 'replay:' (a page or an address), or 'cancelled: true' if it did not take place"])
        }
    }
}
