import Foundation
import Testing
@testable import RekindleCrypto

/// The encrypted file format: a round trip, and every way a file can fail to open (a wrong
/// passphrase, any changed byte, a cut or lengthened file) ends in one error, never in output.
@Suite struct SealedFileTests {
    /// The least Argon2id work libsodium accepts, so the tests do not spend seconds per file.
    private let cheap = SealedFile.KeyDerivation.minimum
    private let passphrase = SecretBytes(Array("correct horse battery staple".utf8))
    /// Three chunks and a bit: the failures between chunks are reached too.
    private let content = Data((0..<(SealedFile.chunkSize * 3 + 1_000)).map { UInt8(truncatingIfNeeded: $0 &* 31) })

    private func sealed(_ data: Data? = nil) throws -> Data {
        try SealedFile.seal(data ?? content, passphrase: passphrase, cost: cheap)
    }

    private func opening(_ data: Data, with secret: SecretBytes? = nil) -> SealedFileError? {
        do {
            _ = try SealedFile.open(data, passphrase: secret ?? passphrase, file: "f.enc")
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [0, 1, 65_536, 65_537, 200_000])
    func roundTripsAnySize(size: Int) throws {
        let data = Data((0..<size).map { UInt8(truncatingIfNeeded: $0) })
        let file = try sealed(data)
        #expect(SealedFile.isSealed(file))
        #expect(try SealedFile.open(file, passphrase: passphrase, file: "f.enc") == data)
        // Random salt and nonce: sealing twice never gives the same bytes.
        #expect(try sealed(data) != file)
    }

    @Test func theHeaderSaysWhatItIs() throws {
        let file = [UInt8](try sealed())
        #expect(Array(file[0..<8]) == Array("RKNDLENC".utf8))
        #expect(file[8] == 1 && file[9] == 1)
        #expect(file[10] == UInt8(cheap.passes) && file[14] == UInt8(cheap.memoryKiB & 0xFF))
        #expect(file.count == SealedFile.headerSize + content.count + 4 * SealedFile.chunkOverhead)
        // The standard cost is libsodium's moderate level.
        #expect(SealedFile.KeyDerivation.standard == .init(passes: 3, memoryKiB: 262_144))
    }

    @Test func aWrongPassphraseOpensNothing() throws {
        let file = try sealed()
        #expect(opening(file, with: SecretBytes(Array("correct horse battery stapler".utf8))) == .cannotDecrypt(file: "f.enc"))
        #expect(opening(file, with: SecretBytes([])) == .cannotDecrypt(file: "f.enc"))
    }

    @Test func everyChangedHeaderByteIsRefused() throws {
        let file = try sealed()
        for offset in 0..<SealedFile.headerSize {
            var changed = file
            changed[offset] ^= 0x01
            #expect(opening(changed) != nil, "byte \(offset)")
        }
        var version = file
        version[8] = 2
        #expect(opening(version) == .newerFormat(file: "f.enc", version: 2))
    }

    @Test func aChangedByteInAnyChunkIsRefused() throws {
        let file = try sealed()
        let chunk = SealedFile.chunkSize + SealedFile.chunkOverhead
        let first = SealedFile.headerSize
        for offset in [first, first + 100, first + chunk - 1, first + chunk, first + 2 * chunk + 5, file.count - 1] {
            var changed = file
            changed[offset] ^= 0x80
            let error = opening(changed)
            #expect(error != nil, "byte \(offset)")
            if offset >= first + chunk { #expect(error == .damaged(file: "f.enc", offset: first + chunk * ((offset - first) / chunk))) }
        }
    }

    @Test func aCutFileIsRefused() throws {
        let file = try sealed()
        let chunk = SealedFile.chunkSize + SealedFile.chunkOverhead
        for length in [0, 7, SealedFile.headerSize - 1, SealedFile.headerSize, SealedFile.headerSize + 10,
                       SealedFile.headerSize + chunk, SealedFile.headerSize + 3 * chunk, file.count - 1] {
            let error = opening(file.prefix(length))
            #expect(error != nil, "cut at \(length)")
            #expect(error == .truncated(file: "f.enc"), "cut at \(length)")
        }
    }

    @Test func bytesAfterTheEndAreRefused() throws {
        #expect(opening(try sealed() + Data([0])) == .trailingBytes(file: "f.enc"))
    }

    @Test func aHeaderAskingForTooMuchWorkIsNotRun() throws {
        var file = try sealed()
        file[17] = 0xFF // memory in KiB, high byte
        #expect(opening(file) == .unsupportedParameters(file: "f.enc", detail: "its header asks for Argon2id with 1 passes over 4278190088 KiB, outside what rekindle allows"))
        // The length is checked against the file only once the header is known to be genuine.
        var length = try sealed()
        length[62] ^= 0x01
        #expect(opening(length) == .cannotDecrypt(file: "f.enc"))
    }

    @Test func secretsCompareAndTrim() {
        let line = SecretBytes(Array("pass\n".utf8))
        line.removeLast()
        #expect(line.matches(SecretBytes(Array("pass".utf8))))
        #expect(!line.matches(SecretBytes(Array("pas".utf8))))
        #expect(line.last == UInt8(ascii: "s") && line.count == 4)
    }
}
