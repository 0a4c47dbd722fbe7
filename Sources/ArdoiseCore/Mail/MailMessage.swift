import Foundation

/// An email: headers per RFC 5322, a `text/plain; charset=UTF-8` body in quoted-printable, and
/// optional attachments (then `multipart/mixed`, RFC 2046). Built in memory; nothing is sent here.
public struct MailMessage: Sendable, Equatable {
  public var from: MailAddress
  public var to: MailAddress
  public var subject: String
  public var date: Date
  public var timeZone: TimeZone
  /// Without angle brackets: `20261130T070509.3f9a1c2e@petitzinc.example`.
  public var messageID: String
  public var body: String
  public var attachments: [MailAttachment]
  /// Separates the parts of a multipart message; random unless a test fixes it.
  public var boundary: String

  public init(from: MailAddress, to: MailAddress, subject: String, date: Date, timeZone: TimeZone, messageID: String? = nil,
              body: String, attachments: [MailAttachment] = [], boundary: String? = nil) {
    self.from = from
    self.to = to
    self.subject = subject.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingSpaces
    self.date = date
    self.timeZone = timeZone
    self.messageID = messageID ?? Self.newMessageID(date: date, domain: from.domain)
    self.body = body
    self.attachments = attachments
    self.boundary = boundary ?? "ardoise-" + Self.randomHex(16)
  }

  /// A unique id at the sender's domain (RFC 5322 §3.6.4): the time, then 64 random bits.
  public static func newMessageID(date: Date, domain: String) -> String {
    let stamp = String(Int64(date.timeIntervalSince1970 * 1000), radix: 36)
    return "\(stamp).\(randomHex(16))@\(domain)"
  }

  static func randomHex(_ count: Int) -> String {
    var generator = SystemRandomNumberGenerator()
    return String((0..<count).map { _ in Array("0123456789abcdef")[Int(generator.next() % 16)] })
  }

  /// The whole message as text, lines ending in `\n`: what `sendmail -t -i` reads (the mail
  /// transport turns line ends into CRLF on the wire). Every line is ASCII.
  public var text: String {
    var headers = [
      MailMessage.foldedHeader("From", words: from.headerWords),
      MailMessage.foldedHeader("To", words: to.headerWords),
      MailMessage.textHeader("Subject", subject),
      "Date: " + MailMessage.rfc5322Date(date, timeZone: timeZone),
      "Message-ID: <" + messageID + ">",
      "MIME-Version: 1.0",
    ]
    let textPart = [
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      MailMessage.quotedPrintable(body),
    ].joined(separator: "\n")
    guard !attachments.isEmpty else {
      headers.append(textPart)
      return headers.joined(separator: "\n") + "\n"
    }
    headers.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
    var lines = headers + ["", "This is a MIME message.", "", "--" + boundary, textPart]
    for attachment in attachments {
      lines += ["--" + boundary, attachment.part]
    }
    lines.append("--" + boundary + "--")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// A file sent with a message, in base64.
public struct MailAttachment: Sendable, Equatable {
  /// ASCII only, e.g. `260314-K7QF-reminder-fr.pdf`.
  public var fileName: String
  public var contentType: String
  public var bytes: [UInt8]

  public init(fileName: String, contentType: String, bytes: [UInt8]) {
    self.fileName = String(fileName.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
    self.contentType = contentType
    self.bytes = bytes
  }

  var part: String {
    [
      "Content-Type: \(contentType); name=\"\(fileName)\"",
      "Content-Transfer-Encoding: base64",
      "Content-Disposition: attachment; filename=\"\(fileName)\"",
      "",
      MailMessage.base64Lines(bytes),
    ].joined(separator: "\n")
  }
}
