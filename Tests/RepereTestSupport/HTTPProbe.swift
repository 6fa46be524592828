import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a loopback socket that sends the request path exactly as given
/// (no normalisation of `..` or percent-encoding, unlike URLSession or curl), for server tests.
public final class HTTPProbe: @unchecked Sendable {
    public struct Response: Sendable {
        public var status: Int
        public var head: String
        public var body: String
    }

    private let socket: Int32
    private var received: [UInt8] = []

    /// Connects to `127.0.0.1:port` and sends `GET rawPath`.
    public convenience init(port: UInt16, rawPath: String) throws {
        try self.init(port: port, request: Array("GET \(rawPath) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8))
    }

    /// Connects to `127.0.0.1:port` and sends `request`, bytes as given.
    public init(port: UInt16, request: [UInt8]) throws {
        socket = try Self.connectLoopback(port: port)
        _ = request.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    deinit { close(socket) }

    /// A blocking TCP socket connected to `127.0.0.1:port`.
    public static func connectLoopback(port: UInt16) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw ProbeError("socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw ProbeError("cannot connect to port \(port)")
        }
        return socket
    }

    /// Everything received so far, as text.
    public var text: String { String(decoding: received, as: UTF8.self) }

    /// Reads until `done` holds for the text received or `timeout` seconds pass; returns `done`'s last value.
    @discardableResult
    public func read(timeout: Double, until done: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !done(text) {
            let left = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
            guard left > 0 else { return false }
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, left) > 0 else { return done(text) }
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { return done(text) }
            received += buffer[..<count]
        }
        return true
    }

    /// `GET rawPath` and the whole response (the server closes the connection).
    public static func get(_ rawPath: String, port: UInt16, timeout: Double = 10) throws -> Response {
        try HTTPProbe(port: port, rawPath: rawPath).response(timeout: timeout, for: rawPath)
    }

    /// `POST path` of `body` with `headers`, and the whole response (the server closes the connection).
    public static func post(_ path: String, port: UInt16, headers: [String: String], body: String, timeout: Double = 10) throws -> Response {
        let head = headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)\r\n" }.joined()
        let request = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\(head)Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
        return try HTTPProbe(port: port, request: Array(request.utf8)).response(timeout: timeout, for: path)
    }

    /// Reads until the server closes the connection, and splits the response.
    private func response(timeout: Double, for path: String) throws -> Response {
        read(timeout: timeout) { _ in false }
        let text = self.text
        guard let split = text.range(of: "\r\n\r\n"), let status = Int(text.split(separator: " ").dropFirst().first ?? "") else {
            throw ProbeError("no HTTP response for \(path): '\(text.prefix(200))'")
        }
        return Response(status: status, head: String(text[..<split.lowerBound]), body: String(text[split.upperBound...]))
    }

    public struct ProbeError: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
