import PropertyBased
import Testing
@testable import RekindleUI
import RekindleKit

@Suite struct TextBufferPropertyTests {
    static let sessions = EditOperation.generator.array(of: 0...60)
    static let startTexts = Gen.element(of: ["", "hello", "a\nb", "漢字 😀\n\ne\u{301}x", "🇫🇷🇩🇪"]).map { $0! }

    @Test func editsMatchTheStringModel() async {
        await propertyCheck(count: 300, input: Self.startTexts, Self.sessions) { start, operations in
            var buffer = TextBuffer(text: start)
            var model = TextBufferModel(text: start)
            for (step, operation) in operations.enumerated() {
                operation.apply(to: &buffer, &model)
                let context = "step \(step): \(operation) in \(operations)"
                #expect(buffer.isConsistent, "\(context)")
                #expect(Array(buffer.text.unicodeScalars) == Array(model.text.unicodeScalars), "\(context)")
                #expect(buffer.cursorOffset == model.cursor, "\(context)")
                if !buffer.isConsistent || buffer.text != model.text || buffer.cursorOffset != model.cursor {
                    return
                }
            }
        }
    }

    @Test func undoAllRestoresTheStartAndRedoAllTheEnd() async {
        await propertyCheck(count: 200, input: Self.startTexts, Self.sessions) { start, operations in
            var buffer = TextBuffer(text: start)
            var model = TextBufferModel(text: start)
            for operation in operations { operation.apply(to: &buffer, &model) }
            let final = buffer.text
            while buffer.undo() { #expect(buffer.isConsistent) }
            #expect(Array(buffer.text.unicodeScalars) == Array(start.unicodeScalars), "\(operations)")
            while buffer.redo() { #expect(buffer.isConsistent) }
            #expect(Array(buffer.text.unicodeScalars) == Array(final.unicodeScalars), "\(operations)")
        }
    }

    @Test func layoutKeepsTheCursorInViewAndRowsInWidth() async {
        await propertyCheck(count: 200, input: Self.sessions, Gen.int(in: 1...10), Gen.int(in: 1...5)) {
            operations, width, height in
            var buffer = TextBuffer(text: "")
            var model = TextBufferModel(text: "")
            var scroll = ScrollPosition()
            for operation in operations {
                operation.apply(to: &buffer, &model)
                let layout = TextLayout(buffer: buffer, width: width, height: height, scroll: scroll)
                scroll = layout.scroll
                #expect(layout.rows.count <= height)
                #expect(layout.cursor.y >= 0 && layout.cursor.y < layout.rows.count, "\(operations)")
                #expect(layout.cursor.x >= 0 && layout.cursor.x < width)
                #expect(layout.rows.allSatisfy { DisplayText.width(of: $0.text) <= width })
                if layout.cursor.y >= 0 && layout.cursor.y < layout.rows.count {
                    let row = layout.rows[layout.cursor.y]
                    #expect(row.line == buffer.cursor.line)
                    #expect(row.columns.contains(buffer.cursor.column) || row.columns.upperBound == buffer.cursor.column)
                }
            }
        }
    }

    /// A layout built from the one before (reusing the lines it wrapped) is the layout built afresh.
    @Test func aLayoutReusingTheOneBeforeIsTheLayoutBuiltAfresh() async {
        await propertyCheck(count: 200, input: Self.startTexts, Self.sessions, Gen.int(in: 1...10), Gen.int(in: 1...5)) {
            start, operations, width, height in
            var buffer = TextBuffer(text: start)
            var model = TextBufferModel(text: start)
            var scroll = ScrollPosition()
            var previous: TextLayout?
            for (step, operation) in operations.enumerated() {
                operation.apply(to: &buffer, &model)
                // The width changes now and then, as after a resize.
                let width = step % 7 == 6 ? width + 1 : width
                let reused = TextLayout(buffer: buffer, width: width, height: height, scroll: scroll, reusing: previous)
                let fresh = TextLayout(buffer: buffer, width: width, height: height, scroll: scroll)
                #expect(reused == fresh, "step \(step): \(operation) in \(operations)")
                #expect(reused.isCurrent(for: buffer, width: width, height: height, scroll: reused.scroll))
                scroll = reused.scroll
                previous = reused
            }
        }
    }
}
