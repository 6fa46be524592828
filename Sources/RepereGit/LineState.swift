/// What the backward replay knows at one commit on one line of history: the file each existing
/// path belongs to, and which absent paths are still followed, so that a deletion found further
/// back is attributed. Git's history simplification makes lines differ at merges.
struct LineState {
    /// Which absent paths are followed.
    enum Followed {
        case all(except: Set<String>)
        case only(Set<String>)
    }

    /// Path → index of the tracked file. A path absent from the commit can be mapped too: a file
    /// that a merge brought back from another branch, whose deletion on this line is part of its history.
    var files: [String: Int] = [:]
    var followed: Followed = .all(except: [])

    /// The state of a parent reached only through paths routed to it.
    static var none: LineState { LineState(followed: .only([])) }

    func follows(_ path: String) -> Bool {
        switch followed {
        case .all(let except): !except.contains(path)
        case .only(let paths): paths.contains(path)
        }
    }

    mutating func follow(_ path: String) {
        switch followed {
        case .all(var except): except.remove(path); followed = .all(except: except)
        case .only(var paths): paths.insert(path); followed = .only(paths)
        }
    }

    mutating func stopFollowing(_ path: String) {
        switch followed {
        case .all(var except): except.insert(path); followed = .all(except: except)
        case .only(var paths): paths.remove(path); followed = .only(paths)
        }
    }

    /// Combines two children's views of the same commit. `resolve` chooses the file for a path that
    /// the two views attribute to different files.
    static func merged(_ a: consuming LineState, _ b: consuming LineState, resolve: (String, Int, Int) -> Int) -> LineState {
        var large: LineState, small: LineState
        if a.files.count >= b.files.count { (large, small) = (consume a, consume b) } else { (large, small) = (consume b, consume a) }
        for (path, file) in small.files {
            if let existing = large.files[path], existing != file {
                large.files[path] = resolve(path, existing, file)
            } else {
                large.files[path] = file
            }
        }
        large.followed = switch (large.followed, small.followed) {
        case let (.all(a), .all(b)): .all(except: a.intersection(b))
        case let (.all(a), .only(b)), let (.only(b), .all(a)): .all(except: a.subtracting(b))
        case let (.only(a), .only(b)): .only(a.union(b))
        }
        return large
    }
}
